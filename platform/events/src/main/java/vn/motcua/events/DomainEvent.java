package vn.motcua.events;

/**
 * A fact one service publishes for the others. Each permitted record is one event type of the published
 * language; {@link EventType} gives its CloudEvents type string and topic. Payloads only grow: a field may be
 * added, never renamed or removed (consumers ignore what they do not know).
 */
public sealed interface DomainEvent
        permits ProcedureVersionEvent, ProcedureAbolished, CalendarChanged, AgencyChanged, DossierReceived,
        DossierResolved, DossierEvaluated, DossierSubmitted, DossierPapersRequested, DossierPapersAdded,
        DossierReceptionRefused,
        DossierHandedOver, DossierSupplementRequested, DossierSupplemented, DossierExtended, DossierReturned,
        DossierWithdrawn, DossierClosed, DossierNearingDue, DossierOverdue, DossierPaymentRecorded,
        DossierPapersRecorded, RatingSubmitted, ScorecardChanged {

    /** The aggregate the event is about; it is the Kafka key, so one aggregate's events stay in order. */
    String aggregateId();
}
