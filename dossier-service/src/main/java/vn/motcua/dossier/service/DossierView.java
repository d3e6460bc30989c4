package vn.motcua.dossier.service;

import java.time.Instant;
import java.util.UUID;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.events.Channel;
import vn.motcua.events.RuleSet;
import vn.motcua.events.Timeliness;

/** A dossier as a use case returns it: no entity leaves the service layer. */
public record DossierView(UUID id, String code, String province, String procedureCode, Integer procedureVersion,
        String caseVariant, RuleSet ruleSet, String agency, Channel channel,
        ReceiveDossierCommand.Applicant applicant, DossierStatus status, Instant receivedAt, Instant dueAt,
        Instant resolvedAt, Timeliness timeliness) {

    static DossierView of(Dossier d) {
        return new DossierView(d.id, d.code, d.provinceCode, d.procedureCode, d.procedureVersion, d.caseVariant,
                d.ruleSet, d.agency, d.channel,
                new ReceiveDossierCommand.Applicant(d.applicantName, d.applicantIdNumber, d.applicantPhone), d.status,
                d.receivedAt, d.dueAt, d.resolvedAt, d.timeliness);
    }
}
