package vn.motcua.events;

/** How a resolved dossier met its appointed date: trước hạn, đúng hạn, quá hạn. */
public enum Timeliness {
    EARLY, ON_TIME, LATE
}
