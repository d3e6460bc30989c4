package vn.motcua.dossier.service;

import java.time.Instant;
import vn.motcua.dossier.domain.ApplicantKind;
import vn.motcua.events.Channel;

/**
 * Tiếp nhận hồ sơ, as any caller states it (the desk, a portal, an import job). Validated at the edge; the
 * province is the caller's, never a field.
 *
 * @param receivedAt  when the dossier was accepted at the desk or arrived by post, if earlier than now (a paper
 *                    dossier recorded late); null: now
 * @param caseVariant the case (trường hợp) of the procedure; null when the procedure has only one
 * @param acceptNow   at the desk, whether the officer accepts it now (false: registers it to ask for papers or to
 *                    refuse it); ignored for the post and online, which are always answered later
 */
public record ReceiveDossierCommand(String procedureCode, Channel channel, Applicant applicant, Instant receivedAt,
        String caseVariant, boolean acceptNow) {

    /** The thin slice's command: accepted at once at the desk. */
    public ReceiveDossierCommand(String procedureCode, Channel channel, Applicant applicant, Instant receivedAt,
            String caseVariant) {
        this(procedureCode, channel, applicant, receivedAt, caseVariant, true);
    }

    /**
     * Người nộp hồ sơ. The id number, phone, e-mail and address are personal data: never logged, never in events.
     *
     * @param idNumber a citizen's personal identification number, or an organisation's tax code
     */
    public record Applicant(ApplicantKind kind, String name, String idNumber, String phone, String email,
            String address) {
        public Applicant(String name, String idNumber, String phone) {
            this(ApplicantKind.CITIZEN, name, idNumber, phone, null, null);
        }
    }
}
