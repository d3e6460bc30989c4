package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.dossier.domain.IllegalTransitionException;
import vn.motcua.dossier.domain.LoggedAction;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.dossier.repository.DossierActionRecord;
import vn.motcua.events.DossierResolved;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.AccessRules;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.tenant.TenantContext;

/** Giải quyết: record the result, classify it early / on time / late, log it and announce it. */
@ApplicationScoped
public class ResolveDossier {
    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    TenantContext tenant;

    @Inject
    WorkingCalendars calendars;

    @Transactional
    public DossierView resolve(Caller caller, UUID id) {
        // within the province (tenant filter): an officer of another agency learns it exists, not its content
        Dossier d = Dossier.<Dossier>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Dossier", id.toString()));
        if (!AccessRules.mayResolve(caller, d.holder())) {
            throw new ProblemException(403, "outside-jurisdiction", "Outside your agency",
                    "Dossier " + d.code + " belongs to agency " + d.agency + ".");
        }
        ZoneId zone = calendars.of(tenant.require()).zone();
        List<LoggedAction> log = new ArrayList<>(DossierActionRecord.logOf(d.id));
        LoggedAction resolution;
        try {
            resolution = DossierLifecycle.resolve(DossierLifecycle.replay(log, zone), caller.name(), clock.instant());
        } catch (IllegalTransitionException e) {
            throw new ProblemException(409, "illegal-transition", "Action not allowed now",
                    "Dossier " + d.code + ": " + e.getMessage() + ".");
        }
        log.add(resolution);
        DossierActionRecord.append(d.id, resolution);
        d.show(DossierLifecycle.replay(log, zone));
        outbox.add(new DossierResolved(d.id, d.code, d.procedureCode, d.agency, d.channel, d.receivedAt, d.dueAt,
                d.resolvedAt, d.timeliness));
        return DossierView.of(d);
    }
}
