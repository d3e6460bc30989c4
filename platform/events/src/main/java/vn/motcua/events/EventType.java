package vn.motcua.events;

import java.util.Arrays;
import java.util.Optional;

/** The one list of event types: CloudEvents {@code type}, topic and payload record of each. */
public enum EventType {
    PROCEDURE_PUBLISHED("vn.motcua.catalog.procedure.published.v2", Topics.CATALOG_PROCEDURES,
            "catalog-service", ProcedurePublished.class),
    PROCEDURE_AMENDED("vn.motcua.catalog.procedure.amended.v1", Topics.CATALOG_PROCEDURES,
            "catalog-service", ProcedureAmended.class),
    PROCEDURE_ABOLISHED("vn.motcua.catalog.procedure.abolished.v1", Topics.CATALOG_PROCEDURES,
            "catalog-service", ProcedureAbolished.class),
    CALENDAR_CHANGED("vn.motcua.catalog.calendar.changed.v1", Topics.CATALOG_CALENDARS,
            "catalog-service", CalendarChanged.class),
    DOSSIER_RECEIVED("vn.motcua.dossier.received.v1", Topics.DOSSIER_EVENTS,
            "dossier-service", DossierReceived.class),
    DOSSIER_RESOLVED("vn.motcua.dossier.resolved.v1", Topics.DOSSIER_EVENTS,
            "dossier-service", DossierResolved.class),
    DOSSIER_SUBMITTED("vn.motcua.dossier.submitted.v1", Topics.DOSSIER_EVENTS,
            "dossier-service", DossierSubmitted.class),
    DOSSIER_PAPERS_REQUESTED("vn.motcua.dossier.papers-requested.v1", Topics.DOSSIER_EVENTS,
            "dossier-service", DossierPapersRequested.class),
    DOSSIER_PAPERS_ADDED("vn.motcua.dossier.papers-added.v1", Topics.DOSSIER_EVENTS,
            "dossier-service", DossierPapersAdded.class),
    DOSSIER_RECEPTION_REFUSED("vn.motcua.dossier.reception-refused.v1", Topics.DOSSIER_EVENTS,
            "dossier-service", DossierReceptionRefused.class),
    DOSSIER_HANDED_OVER("vn.motcua.dossier.handed-over.v1", Topics.DOSSIER_EVENTS,
            "dossier-service", DossierHandedOver.class),
    DOSSIER_SUPPLEMENT_REQUESTED("vn.motcua.dossier.supplement-requested.v1", Topics.DOSSIER_EVENTS,
            "dossier-service", DossierSupplementRequested.class),
    DOSSIER_SUPPLEMENTED("vn.motcua.dossier.supplemented.v1", Topics.DOSSIER_EVENTS,
            "dossier-service", DossierSupplemented.class),
    DOSSIER_EXTENDED("vn.motcua.dossier.extended.v1", Topics.DOSSIER_EVENTS,
            "dossier-service", DossierExtended.class),
    DOSSIER_RETURNED("vn.motcua.dossier.returned.v1", Topics.DOSSIER_EVENTS,
            "dossier-service", DossierReturned.class),
    DOSSIER_WITHDRAWN("vn.motcua.dossier.withdrawn.v1", Topics.DOSSIER_EVENTS,
            "dossier-service", DossierWithdrawn.class),
    DOSSIER_CLOSED("vn.motcua.dossier.closed.v1", Topics.DOSSIER_EVENTS,
            "dossier-service", DossierClosed.class),
    DOSSIER_NEARING_DUE("vn.motcua.dossier.nearing-due.v1", Topics.DOSSIER_EVENTS,
            "dossier-service", DossierNearingDue.class),
    DOSSIER_OVERDUE("vn.motcua.dossier.overdue.v1", Topics.DOSSIER_EVENTS,
            "dossier-service", DossierOverdue.class),
    DOSSIER_PAYMENT_RECORDED("vn.motcua.dossier.payment-recorded.v1", Topics.DOSSIER_EVENTS,
            "dossier-service", DossierPaymentRecorded.class),
    DOSSIER_PAPERS_RECORDED("vn.motcua.dossier.papers-recorded.v1", Topics.DOSSIER_EVENTS,
            "dossier-service", DossierPapersRecorded.class),
    DOSSIER_EVALUATED("vn.motcua.evaluation.dossier-evaluated.v2", Topics.EVALUATION_EVENTS,
            "evaluation-service", DossierEvaluated.class),
    RATING_SUBMITTED("vn.motcua.evaluation.rating-submitted.v1", Topics.EVALUATION_EVENTS,
            "evaluation-service", RatingSubmitted.class),
    SCORECARD_CHANGED("vn.motcua.evaluation.scorecard-changed.v1", Topics.EVALUATION_SCORECARDS,
            "evaluation-service", ScorecardChanged.class),
    AGENCY_CHANGED("vn.motcua.catalog.agency.changed.v1", Topics.CATALOG_ORGANISATION,
            "catalog-service", AgencyChanged.class);

    private final String type;
    private final String topic;
    private final String source;
    private final Class<? extends DomainEvent> payloadType;

    EventType(String type, String topic, String source, Class<? extends DomainEvent> payloadType) {
        this.type = type;
        this.topic = topic;
        this.source = source;
        this.payloadType = payloadType;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    /** The CloudEvents {@code source}: the producing service. */
    public String source() {
        return source;
    }

    public Class<? extends DomainEvent> payloadType() {
        return payloadType;
    }

    public static EventType of(DomainEvent event) {
        return Arrays.stream(values())
                .filter(t -> t.payloadType == event.getClass())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event type for " + event.getClass()));
    }

    public static Optional<EventType> fromType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
