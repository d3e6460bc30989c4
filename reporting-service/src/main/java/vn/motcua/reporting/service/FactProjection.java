package vn.motcua.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import vn.motcua.events.AgencyChanged;
import vn.motcua.events.CalendarChanged;
import vn.motcua.events.DossierClosed;
import vn.motcua.events.DossierExtended;
import vn.motcua.events.DossierHandedOver;
import vn.motcua.events.DossierPapersRecorded;
import vn.motcua.events.DossierPaymentRecorded;
import vn.motcua.events.DossierReceived;
import vn.motcua.events.DossierResolved;
import vn.motcua.events.DossierReturned;
import vn.motcua.events.DossierSupplementRequested;
import vn.motcua.events.DossierSupplemented;
import vn.motcua.events.DossierWithdrawn;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.ProcedureAbolished;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.events.ProcedureVersionEvent;
import vn.motcua.events.RatingSubmitted;
import vn.motcua.events.ScorecardChanged;
import vn.motcua.reporting.config.ReportingConfig;
import vn.motcua.reporting.repository.CatalogueFacts;
import vn.motcua.reporting.repository.DossierFacts;
import vn.motcua.reporting.repository.EvaluationFacts;

/**
 * The reports' read models kept from events: the dossiers (dossier.events), the catalogue (catalog.procedures,
 * catalog.organisation, catalog.calendars) and evaluation's ratings and scorecards. The province is the event's
 * tenant, nothing in the payload. Every effect is idempotent and tolerates the topics' interleaving (a dossier may
 * come before the catalogue version it was received under); events of other types change nothing.
 */
@ApplicationScoped
public class FactProjection {
    @Inject
    DossierFacts dossiers;

    @Inject
    CatalogueFacts catalogue;

    @Inject
    EvaluationFacts evaluation;

    @Inject
    ReportingConfig config;

    /** The effect of one event, in the consumer's inbox transaction as the event's province. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        String province = event.tenant().value();
        Instant time = event.time();
        ZoneId zone = config.zone();
        switch (event.payload()) {
            case DossierReceived e -> dossiers.received(province, e, time, zone);
            case DossierResolved e -> dossiers.resolved(province, e, time, zone);
            case DossierSupplementRequested e ->
                    dossiers.supplementRequested(province, e.dossierId(), e.requestNumber(), e.requestedAt(), time);
            case DossierSupplemented e -> dossiers.supplemented(province, e.dossierId(), e.requestNumber(),
                    e.requestedAt(), e.completedAt(), e.dueAfter(), time);
            case DossierExtended e -> dossiers.extended(province, e.dossierId(), e.extendedAt(), e.dueAfter(), time);
            case DossierHandedOver e -> dossiers.handedOver(province, e.dossierId(), e.toAgency(), e.toUnit(), time);
            case DossierReturned e -> dossiers.returned(province, e.dossierId(), e.returnedAt(),
                    e.method() == null ? null : e.method().name(), time);
            case DossierWithdrawn e -> dossiers.withdrawn(province, e.dossierId(), e.withdrawnAt(), time);
            case DossierClosed e -> dossiers.closed(province, e.dossierId(), e.closedAt(), time);
            case DossierPapersRecorded e -> dossiers.papersRecorded(province, e, time);
            case DossierPaymentRecorded e -> dossiers.paymentRecorded(province, e, time);
            case ProcedureVersionEvent e -> catalogue.version(province, e, feeBearing(e.terms()), zone);
            case ProcedureAbolished e -> catalogue.abolished(province, e);
            case AgencyChanged e -> catalogue.agency(province, e);
            case CalendarChanged e -> catalogue.cutoffs(province, e);
            case RatingSubmitted e -> evaluation.rating(province, e, satisfied(e));
            case ScorecardChanged e -> evaluation.scorecard(province, e);
            default -> {
                // submissions, reminders, evaluations of single dossiers: not a figure of the reports
            }
        }
    }

    /**
     * Có thu phí, lệ phí: a version charges something when any of its fees is above zero. The online-payment rate
     * counts these procedures (Hà Tĩnh 2023's plan: 50 % of fee-bearing procedures payable online).
     */
    static boolean feeBearing(ProcedureTerms terms) {
        return terms.fees().stream().anyMatch(fee -> fee.amountVnd() > 0);
    }

    /**
     * Hài lòng: no rated content scored 0 (không hài lòng), as evaluation's Decision 766/QĐ-TTg group 5.3 counts a
     * satisfied applicant (Decree 118/2025 Art. 33 cl. 1: 2 rất hài lòng, 1 hài lòng, 0 không hài lòng).
     */
    static boolean satisfied(RatingSubmitted rating) {
        return rating.contents().stream().noneMatch(content -> content.score() == 0);
    }
}
