package vn.motcua.events;

/** Kafka topic names: one topic per publishing aggregate. */
public final class Topics {
    public static final String CATALOG_PROCEDURES = "catalog.procedures.v1";
    public static final String CATALOG_CALENDARS = "catalog.calendars.v1";
    /** Agencies, their units and fields (AgencyChanged), keyed by province:agency. */
    public static final String CATALOG_ORGANISATION = "catalog.organisation.v1";
    public static final String DOSSIER_EVENTS = "dossier.events.v1";
    /** Evaluations of dossiers and ratings, keyed by dossier id. */
    public static final String EVALUATION_EVENTS = "evaluation.events.v1";
    /** Scorecards per period, keyed by province:kind:subject:period (another aggregate, so its own topic). */
    public static final String EVALUATION_SCORECARDS = "evaluation.scorecards.v1";

    /** Where a consumer parks an event it cannot process, so the next one is not blocked. */
    public static String deadLetter(String consumerGroup) {
        return "dlq." + consumerGroup;
    }

    private Topics() {
    }
}
