package vn.motcua.dossier.service;

import java.time.Instant;
import java.util.UUID;
import vn.motcua.dossier.domain.PaymentMethod;
import vn.motcua.dossier.repository.DossierPayment;

/** A recorded payment as use cases return it. */
public record PaymentView(UUID id, UUID dossierId, long amount, PaymentMethod method, boolean online,
        String receiptReference, Instant paidAt, Instant recordedAt, String recordedBy) {

    static PaymentView of(DossierPayment p) {
        return new PaymentView(p.id, p.dossierId, p.amount, p.method, p.online, p.receiptReference, p.paidAt,
                p.recordedAt, p.recordedBy);
    }
}
