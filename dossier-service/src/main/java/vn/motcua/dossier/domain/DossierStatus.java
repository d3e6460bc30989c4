package vn.motcua.dossier.domain;

/** Where a dossier is in its lifecycle. The thin slice knows two states; the lifecycle issue adds the rest. */
public enum DossierStatus {
    /** Đã tiếp nhận: accepted, receipt issued, the clock runs. */
    RECEIVED,
    /** Đã giải quyết: a result exists. */
    RESOLVED
}
