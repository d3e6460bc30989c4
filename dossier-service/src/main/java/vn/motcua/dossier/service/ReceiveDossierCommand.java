package vn.motcua.dossier.service;

import java.time.Instant;
import vn.motcua.events.Channel;

/**
 * Tiếp nhận hồ sơ, as any caller states it (the desk, a portal, an import job). Validated at the edge; the
 * province is the caller's, never a field.
 *
 * @param receivedAt  when the dossier was accepted, if earlier than now (a paper dossier recorded late); null:
 *                    now
 * @param caseVariant the case (trường hợp) of the procedure; null when the procedure has only one
 */
public record ReceiveDossierCommand(String procedureCode, Channel channel, Applicant applicant, Instant receivedAt,
        String caseVariant) {
    /** Người nộp hồ sơ. The id number and phone are personal data: never logged, never in events. */
    public record Applicant(String name, String idNumber, String phone) {
    }
}
