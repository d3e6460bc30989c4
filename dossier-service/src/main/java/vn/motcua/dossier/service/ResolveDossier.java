package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.events.DossierResolved;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.AccessRules;
import vn.motcua.platform.security.Caller;

/** Giải quyết: record the result, classify it early / on time / late, log it and announce it. */
@ApplicationScoped
public class ResolveDossier {
    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    DossierLog dossiers;

    @Transactional
    public DossierView resolve(Caller caller, UUID id) {
        Dossier d = dossiers.act(id, dossier -> {
            // an officer of another agency learns it exists, not its content
            if (!AccessRules.mayResolve(caller, dossier.holder())) {
                throw new ProblemException(403, "outside-jurisdiction", "Outside your agency",
                        "Dossier " + dossier.code + " belongs to agency " + dossier.agency + ".");
            }
        }, (dossier, state) -> DossierLifecycle.resolve(state, caller.name(), clock.instant())).dossier();
        outbox.add(new DossierResolved(d.id, d.code, d.procedureCode, d.agency, d.channel, d.receivedAt, d.dueAt,
                d.resolvedAt, d.timeliness, d.outcome, null, d.originalDueAt, d.supplementRequests,
                d.supplementSeconds, d.extended, null, false, false, d.currentUnit, caller.name(), d.ruleSet,
                d.procedureVersion, d.imported));
        return DossierView.of(d);
    }
}
