package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import vn.motcua.dossier.repository.ProcedureAbolitionReplica;
import vn.motcua.dossier.repository.ProcedureVersionReplica;
import vn.motcua.events.ProcedureAbolished;
import vn.motcua.events.ProcedureVersionEvent;

/**
 * Keeps every published version of every procedure and its abolition. A published version never changes, so a
 * copy of a version already held (a redelivery, an older event arriving late) changes nothing; the version before
 * an amendment ends when the amendment's version begins, which the reception reads from the dates.
 */
@ApplicationScoped
public class ProcedureReplicaService {
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ProcedureVersionEvent event) {
        if (ProcedureVersionReplica.known(event.procedureId(), event.terms().version())) {
            return;
        }
        ProcedureVersionReplica v = new ProcedureVersionReplica();
        v.id = UUID.randomUUID();
        v.procedureId = event.procedureId();
        v.code = event.code();
        v.version = event.terms().version();
        v.effectiveFrom = event.terms().effectiveFrom();
        v.effectiveTo = event.terms().effectiveTo();
        v.name = event.terms().name();
        v.agencyCode = event.terms().agencyCode();
        v.terms = event.terms();
        v.publishedAt = event.publishedAt();
        v.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ProcedureAbolished event) {
        if (ProcedureAbolitionReplica.findByIdOptional(event.procedureId()).isPresent()) {
            return;
        }
        ProcedureAbolitionReplica a = new ProcedureAbolitionReplica();
        a.procedureId = event.procedureId();
        a.code = event.code();
        a.lastVersion = event.lastVersion();
        a.effectiveFrom = event.effectiveFrom();
        a.decisionNumber = event.decision().number();
        a.decisionDate = event.decision().date();
        a.decisionIssuer = event.decision().issuer();
        a.abolishedAt = event.abolishedAt();
        a.persist();
    }
}
