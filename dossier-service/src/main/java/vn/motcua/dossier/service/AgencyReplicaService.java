package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import vn.motcua.dossier.repository.AgencyReplica;
import vn.motcua.events.AgencyChanged;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.MalformedEventException;

/**
 * Keeps each agency of the province as the catalogue last announced it. The event carries the whole agency, so
 * the copy is replaced, never patched; an older or equal revision arriving late changes nothing.
 */
@ApplicationScoped
public class AgencyReplicaService {
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event, AgencyChanged agency) {
        if (!event.tenant().value().equals(agency.province())) {
            // the tenant decides whose rows change; a payload naming another province is not to be trusted
            throw new MalformedEventException("agency " + agency.code() + " of province " + agency.province()
                    + " sent as tenant " + event.tenant());
        }
        AgencyReplica replica = AgencyReplica.lockedForUpdate(agency.code()).orElse(null);
        if (replica == null) {
            replica = new AgencyReplica();
            replica.code = agency.code();
        } else if (replica.revision >= agency.revision()) {
            return;
        }
        replica.officialCode = agency.officialCode();
        replica.name = agency.name();
        replica.parent = agency.parent();
        replica.activeFrom = agency.activeFrom();
        replica.activeTo = agency.activeTo();
        replica.units = agency.units();
        replica.revision = agency.revision();
        replica.changedAt = agency.changedAt();
        replica.receivedAt = clock.instant();
        replica.persist();
    }
}
