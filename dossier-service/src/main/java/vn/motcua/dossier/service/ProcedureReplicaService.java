package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.motcua.dossier.repository.ProcedureReplica;
import vn.motcua.events.ProcedurePublished;

@ApplicationScoped
public class ProcedureReplicaService {
    /** Keeps the newest published version of each procedure code; an older version arriving late is ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ProcedurePublished event) {
        ProcedureReplica replica = ProcedureReplica.byCode(event.code()).orElse(null);
        if (replica == null) {
            replica = new ProcedureReplica();
            replica.id = event.procedureId();
            replica.code = event.code();
        } else if (replica.version >= event.version() && replica.id.equals(event.procedureId())) {
            return;
        }
        replica.name = event.name();
        replica.agency = event.agency();
        replica.prescribedWorkingDays = event.prescribedWorkingDays();
        replica.version = event.version();
        replica.publishedAt = event.publishedAt();
        replica.persist();
    }
}
