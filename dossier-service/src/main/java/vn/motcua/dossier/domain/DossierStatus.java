package vn.motcua.dossier.domain;

/**
 * Where a dossier is in its lifecycle (Decree 118/2025 Art. 15-22; Decree 61/2018 Art. 15-20). Only the state
 * machine ({@link DossierStateMachine}) moves a dossier from one to another.
 */
public enum DossierStatus {
    /** Đã nộp: submitted online or by post, acknowledged by the system, not yet accepted (Art. 17 cl. 2). */
    SUBMITTED,
    /** Chờ bổ sung khi tiếp nhận: papers asked before acceptance; the time limit has not started (Art. 17 cl. 1a). */
    PAPERS_REQUESTED,
    /** Từ chối tiếp nhận: refused at reception (Art. 17 cl. 1b). Final. */
    REFUSED,
    /** Đã tiếp nhận: accepted, receipt issued, the clock runs (Art. 17 cl. 3); not yet with a unit. */
    RECEIVED,
    /** Đang giải quyết: with a unit or a co-operating agency (Art. 18-20). */
    IN_APPRAISAL,
    /** Chờ bổ sung: a supplement was asked during appraisal; the limit restarts when it comes (Art. 19 cl. 5). */
    SUPPLEMENT_REQUESTED,
    /** Đã có kết quả: approved, or refused with reasons (Art. 19 cl. 3). */
    RESOLVED,
    /** Đã trả kết quả (Art. 22). Final. */
    RETURNED,
    /** Dừng giải quyết at the applicant's request (Art. 21). Final. */
    WITHDRAWN,
    /** Kết thúc: the requested supplement did not come in time (Art. 19 cl. 5). Final. */
    CLOSED;

    /** Whether the dossier's appointed date still binds: accepted and not yet resolved, nor stopped. */
    public boolean clockRuns() {
        return this == RECEIVED || this == IN_APPRAISAL;
    }
}
