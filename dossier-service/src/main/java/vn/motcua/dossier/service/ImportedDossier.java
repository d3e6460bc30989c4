package vn.motcua.dossier.service;

import vn.motcua.dossier.domain.ApplicantKind;
import vn.motcua.dossier.domain.ImportedHistory;
import vn.motcua.events.Channel;

/**
 * One dossier of a province's previous system, as the import reads it (validated at the edge). The id number is
 * personal data: never logged, never in events or reports.
 *
 * @param sourceId    the old system's id of the dossier
 * @param code        the old mã hồ sơ, kept when given and not used by another dossier; null: a new one
 * @param caseVariant null when the procedure has one case
 * @param kind        CITIZEN or ORGANISATION
 */
public record ImportedDossier(String sourceId, String code, Channel channel, String procedureCode,
        String caseVariant, ApplicantKind kind, String applicantName, String applicantIdNumber, ImportedHistory.Past past) {
}
