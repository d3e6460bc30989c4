package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.LoggedAction;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.dossier.repository.DossierActionRecord;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.AccessRules;
import vn.motcua.platform.security.Caller;

/**
 * Reading dossiers within the caller's case scope ({@link AccessRules#caseScope}). A dossier outside it is
 * "not found", exactly as one of another province: its existence is not revealed.
 */
@ApplicationScoped
public class DossierQueries {
    @Inject
    DossierViews views;

    @Inject
    DossierLog dossiers;

    /** One dossier with what its log says (supplements, apology, result) and what the caller may do next. */
    @Transactional
    public DossierView get(Caller caller, UUID id) {
        Dossier d = visible(caller, id);
        return views.of(d, DossierLifecycle.replay(DossierActionRecord.logOf(d.id), dossiers.zone()), caller);
    }

    /** The action log of a dossier the caller may see, oldest first. */
    @Transactional
    public List<LoggedAction> history(Caller caller, UUID id) {
        return DossierActionRecord.logOf(visible(caller, id).id);
    }

    @Transactional
    public List<DossierView> list(Caller caller, Optional<DossierStatus> status, int page, int size) {
        return views.of(Dossier.pageVisibleTo(AccessRules.caseScope(caller), status, page, size), caller);
    }

    static Dossier visible(Caller caller, UUID id) {
        return Dossier.ofProvince(id)
                .filter(d -> AccessRules.caseScope(caller).admits(d.holder()))
                .orElseThrow(() -> ProblemException.notFound("Dossier", id.toString()));
    }
}
