package vn.motcua.dossier.service;

import java.time.Instant;
import vn.motcua.dossier.domain.PaymentMethod;

/**
 * Thu phí, lệ phí: a payment as its receipt states it.
 *
 * @param amount           in đồng
 * @param receiptReference biên lai số: one receipt, one payment
 * @param paidAt           when it was paid; null: now
 */
public record PaymentCommand(long amount, PaymentMethod method, String receiptReference, Instant paidAt) {
}
