package vn.motcua.dossier.domain;

/** What can happen to a dossier; each is one entry of its action log. */
public enum DossierAction {
    /** Tiếp nhận: accepted as complete and valid; the resolution time starts (Decree 118/2025 Art. 17 cl. 3). */
    RECEIVE,
    /** Giải quyết: a result exists. */
    RESOLVE
}
