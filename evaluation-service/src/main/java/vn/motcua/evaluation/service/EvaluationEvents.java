package vn.motcua.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.motcua.evaluation.repository.DossierRow;
import vn.motcua.events.CalendarChanged;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.ProcedureAbolished;
import vn.motcua.events.ProcedureVersionEvent;

/**
 * The one handler of every event evaluation consumes (dossier events, procedure versions, calendars), used by the
 * live consumers and by a rebuild alike: it updates the projection and, live, re-evaluates what the event touched
 * (the dossier; for a procedure version published after its dossiers arrived, those dossiers). A rebuild only
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

    /** Live: project and re-evaluate, in the consumer's inbox transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        apply(event, true);
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
                }
            }
            case ProcedureAbolished abolished -> catalogue.apply(abolished);
            case CalendarChanged calendar -> catalogue.apply(event.tenant(), calendar);
            default -> dossiers.apply(event.payload()).filter(id -> evaluate).ifPresent(evaluations::dossierChanged);
        }
    }
}
