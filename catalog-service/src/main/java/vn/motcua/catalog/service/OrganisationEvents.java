package vn.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import vn.motcua.catalog.repository.Agency;
import vn.motcua.events.AgencyChanged;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.tenant.TenantContext;

/**
 * Every change of an agency, one of its units or one of its fields ends here, in the transaction that made it:
 * the agency gets its next revision and its whole snapshot goes into the outbox, so the other services can
 * check agencies and fields while the catalogue is down.
 */
@ApplicationScoped
class OrganisationEvents {
    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    TenantContext tenant;

    @Transactional(Transactional.TxType.MANDATORY)
    AgencyView changed(Agency agency) {
        agency.revision++;
        agency.updatedAt = clock.instant();
        AgencyView view = OrganisationViews.of(agency);
        outbox.add(new AgencyChanged(
                tenant.require().value(),
                view.code(),
                view.officialCode(),
                view.name(),
                view.parent(),
                view.activeFrom(),
                view.activeTo(),
                view.units().stream().map(u -> new AgencyChanged.Unit(u.code(), u.officialCode(), u.name(),
                        u.kind().name())).toList(),
                view.fields().stream().map(f -> new AgencyChanged.Field(f.code(), f.name())).toList(),
                view.revision(),
                agency.updatedAt));
        // the view carries the province the tenant stamps on insert, which a new row has only after a flush
        return new AgencyView(tenant.require().value(), view.code(), view.officialCode(), view.name(),
                view.parent(), view.activeFrom(), view.activeTo(), view.revision(), view.units(), view.fields());
    }
}
