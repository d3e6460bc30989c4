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
    DOSSIER_RECEIVED("vn.motcua.dossier.received.v1", Topics.DOSSIER_EVENTS,
            "dossier-service", DossierReceived.class),
    DOSSIER_RESOLVED("vn.motcua.dossier.resolved.v1", Topics.DOSSIER_EVENTS,
            "dossier-service", DossierResolved.class),
    DOSSIER_EVALUATED("vn.motcua.evaluation.dossier-evaluated.v1", Topics.EVALUATION_EVENTS,
            "evaluation-service", DossierEvaluated.class),
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
