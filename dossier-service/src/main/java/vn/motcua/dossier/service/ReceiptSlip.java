package vn.motcua.dossier.service;

import java.time.Instant;

/**
 * Giấy tiếp nhận hồ sơ và hẹn trả kết quả: what the applicant is handed at acceptance. The lookup secret is
 * printed here and nowhere else: only its hash is stored (LookupSecret).
 *
 * @param form the form of the dossier's rule set (ReceiptForm)
 */
public record ReceiptSlip(String code, Instant receivedAt, Instant dueAt, String lookupSecret, String form,
        String procedureName, String caseVariant, String caseVariantName) {
}
