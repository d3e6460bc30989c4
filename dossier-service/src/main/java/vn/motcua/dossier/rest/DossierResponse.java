package vn.motcua.dossier.rest;

import java.time.Instant;
import java.util.UUID;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.events.Channel;
import vn.motcua.events.Timeliness;

public record DossierResponse(
        UUID id,
        String code,
        String province,
        String procedureCode,
        String agency,
        Channel channel,
        DossierRequest.Applicant applicant,
        DossierStatus status,
        Instant receivedAt,
        Instant dueAt,
        Instant resolvedAt,
        Timeliness timeliness) {

    static DossierResponse of(Dossier d) {
        return new DossierResponse(d.id, d.code, d.provinceCode, d.procedureCode, d.agency, d.channel,
                new DossierRequest.Applicant(d.applicantName, d.applicantIdNumber, d.applicantPhone), d.status,
                d.receivedAt, d.dueAt, d.resolvedAt, d.timeliness);
    }
}
