package vn.motcua.dossier.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.service.DossierView;
import vn.motcua.events.Channel;
import vn.motcua.events.RuleSet;
import vn.motcua.events.Timeliness;

public record DossierResponse(
        UUID id,
        String code,
        String province,
        String procedureCode,
        @Schema(description = "Phiên bản thủ tục in force on the reception day; the dossier keeps it")
        Integer procedureVersion,
        @Schema(description = "Mã trường hợp that gave the time limit") String caseVariant,
        @Schema(description = "Quy định áp dụng (rule set) of the reception day: Decree 61/2018 until 30/6/2025,"
                + " Decree 118/2025 from 1/7/2025; the dossier is never re-judged under later rules")
        RuleSet ruleSet,
        String agency,
        Channel channel,
        DossierRequest.Applicant applicant,
        DossierStatus status,
        Instant receivedAt,
        Instant dueAt,
        Instant resolvedAt,
        Timeliness timeliness) {

    static DossierResponse of(DossierView d) {
        return new DossierResponse(d.id(), d.code(), d.province(), d.procedureCode(), d.procedureVersion(),
                d.caseVariant(), d.ruleSet(), d.agency(), d.channel(),
                new DossierRequest.Applicant(d.applicant().name(), d.applicant().idNumber(), d.applicant().phone()),
                d.status(), d.receivedAt(), d.dueAt(), d.resolvedAt(), d.timeliness());
    }
}
