package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.AccessRules;
import vn.motcua.platform.security.CaseScope;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.tenant.TenantContext;

/**
 * Reading a dossier's internal process: whoever may see the dossier ({@link AccessRules#caseScope}), and the
 * co-operating agency that holds it during liên thông; others get "not found".
 */
@ApplicationScoped
public class ProcessQueries {
    @Inject
    Clock clock;

    @Inject
    WorkingCalendars calendars;

    @Inject
    TenantContext tenant;

    @Transactional
    public ProcessView process(Caller caller, UUID id) {
        CaseScope scope = AccessRules.caseScope(caller);
        Dossier d = Dossier.<Dossier>findByIdOptional(id)
                .filter(x -> scope.admits(x.holder()) || scope.admits(HandOverDossier.holding(x)))
                .orElseThrow(() -> ProblemException.notFound("Dossier", id.toString()));
        return ProcessView.of(d, calendars.of(tenant.require()), clock.instant());
    }
}
