package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.dossier.repository.DossierPaper;
import vn.motcua.dossier.repository.DossierPayment;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.AccessRules;
import vn.motcua.platform.security.Caller;

/**
 * A dossier's payments and papers, for whoever may read the dossier ({@link AccessRules#caseScope}); and an
 * applicant's papers accepted before, for the desk.
 */
@ApplicationScoped
public class PaymentAndPaperQueries {
    @Transactional
    public List<PaymentView> payments(Caller caller, UUID id) {
        return DossierPayment.of(visible(caller, id).id).stream().map(PaymentView::of).toList();
    }

    @Transactional
    public List<PaperView> papers(Caller caller, UUID id) {
        return DossierPaper.of(visible(caller, id).id).stream().map(PaperView::of).toList();
    }

    /**
     * The papers the applicant with {@code idNumber} already gave with accepted dossiers of the caller's province,
     * newest first: what the desk reuses instead of asking again (Decree 118/2025 Art. 5 cl. 1i, Art. 17 cl. 1).
     */
    @Transactional
    public List<ReusablePaper> reusablePapers(String idNumber) {
        return DossierPaper.acceptedOfApplicant(idNumber).stream()
                .map(a -> new ReusablePaper(a.code(), a.name(), a.digitised(), a.dossierCode(), a.acceptedAt()))
                .toList();
    }

    private static Dossier visible(Caller caller, UUID id) {
        return Dossier.<Dossier>findByIdOptional(id)
                .filter(d -> AccessRules.caseScope(caller).admits(d.holder()))
                .orElseThrow(() -> ProblemException.notFound("Dossier", id.toString()));
    }
}
