package vn.motcua.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.motcua.evaluation.repository.DossierRow;
import vn.motcua.events.CalendarChanged;
import vn.motcua.events.DossierReceived;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.ProcedureAbolished;
import vn.motcua.events.ProcedureVersionEvent;

/**
 * The one handler of every event evaluation consumes (dossier events, procedure versions, calendars), used by the
 * live consumers and by a rebuild alike: it updates the projection and, live, re-evaluates what the event touched
 * (the dossier; for a procedure version published after its dossiers arrived, those dossiers) and marks the
 * scorecards whose per-unit indicators it changes (a reception, a version in force). A rebuild only
 * projects and evaluates everything once at the end, so that no intermediate state is ever compared with what was
 * published.
 */
@ApplicationScoped
public class EvaluationEvents {
    @Inject
    DossierProjection dossiers;

    @Inject
    CatalogueReplica catalogue;

    @Inject
    DossierEvaluations evaluations;

    @Inject
    ScorecardMarks marks;

    @Inject
    DossierDirectory directory;

    @Inject
    java.time.Clock clock;

    /**
     * False from a rebuild's clear until its end: a live event applied meanwhile (the consumers were paused, but a
     * fetched batch may still run) only projects, as its dossier's earlier events may not be replayed yet and an
     * evaluation of half a history must never be published. A rebuild that failed leaves it false: the projection
     * is partial until a rebuild succeeds, and nothing computed from it is published.
     */
    private volatile boolean evaluating = true;

    /** Live: project and re-evaluate, in the consumer's inbox transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        apply(event, evaluating);
    }

    /** A rebuild starts: live events only project until {@link #resumeEvaluating()}. */
    public void pauseEvaluating() {
        evaluating = false;
    }

    public void resumeEvaluating() {
        evaluating = true;
    }

    /** A rebuild's replay: project only. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void project(EventEnvelope event) {
        apply(event, false);
    }

    private void apply(EventEnvelope event, boolean evaluate) {
        switch (event.payload()) {
            case ProcedureVersionEvent version -> {
                if (catalogue.apply(version) && evaluate) {
                    DossierRow.acceptedOfProcedure(version.code()).forEach(evaluations::dossierChanged);
                    // indicators 5 and 9 count the procedures in force: the periods it starts in and today's
                    String province = event.tenant().value();
                    marks.markAgency(province, version.terms().agencyCode(), version.terms().effectiveFrom());
                    marks.markAgency(province, version.terms().agencyCode(),
                            clock.instant().atZone(directory.context(province).zone()).toLocalDate());
                }
            }
            case ProcedureAbolished abolished -> catalogue.apply(abolished);
            case CalendarChanged calendar -> catalogue.apply(event.tenant(), calendar);
            default -> dossiers.apply(event.payload()).filter(id -> evaluate).ifPresent(id -> {
                evaluations.dossierChanged(id);
                if (event.payload() instanceof DossierReceived received) {
                    // indicators 5 and 9 count the dossiers received in the period, resolved or not
                    String province = event.tenant().value();
                    marks.markAgency(province, received.agency(), received.receivedAt()
                            .atZone(directory.context(province).zone()).toLocalDate());
                }
            });
        }
    }
}
