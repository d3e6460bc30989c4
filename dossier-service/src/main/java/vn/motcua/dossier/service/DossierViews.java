package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.motcua.dossier.domain.DossierState;
import vn.motcua.dossier.domain.OfferedAction;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.platform.security.Caller;

/** Builds the {@link DossierView} a use case returns, with the actions the caller is offered now (ActionOffers). */
@ApplicationScoped
public class DossierViews {
    @Inject
    ActionOffers offers;

    /** With what only the log knows ({@code state}: supplements, the apology, the result's facts). */
    DossierView of(Dossier d, DossierState state, Caller caller) {
        return DossierView.of(d, state, offers.of(caller, d, state).allowed());
    }

    /** The row alone. */
    DossierView of(Dossier d, Caller caller) {
        return DossierView.of(d, null, offers.of(caller, d).allowed());
    }

    /** A page of rows, as a list shows them. */
    List<DossierView> of(List<Dossier> page, Caller caller) {
        Map<UUID, Set<OfferedAction>> allowed = offers.allowed(caller, page);
        return page.stream().map(d -> DossierView.of(d, null, allowed.get(d.id))).toList();
    }
}
