package vn.motcua.events;

/**
 * What the resolution decided: the result was granted, or refused with reasons (Phiếu từ chối giải quyết, within
 * the time limit: Decree 118/2025 Art. 19 cl. 3; Decree 61/2018 Art. 19 cl. 8). A refusal is a result, and is
 * timely or late like any other.
 */
public enum Outcome {
    APPROVED, REFUSED
}
