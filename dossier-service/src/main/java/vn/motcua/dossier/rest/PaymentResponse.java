package vn.motcua.dossier.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.PaymentMethod;
import vn.motcua.dossier.service.PaymentView;

public record PaymentResponse(
        UUID id,
        UUID dossierId,
        @Schema(description = "Số tiền in đồng") long amount,
        PaymentMethod method,
        @Schema(description = "Thanh toán trực tuyến (paid online through the portal)") boolean online,
        @Schema(description = "Biên lai số") String receiptReference,
        Instant paidAt,
        Instant recordedAt,
        String recordedBy) {

    static PaymentResponse of(PaymentView p) {
        return new PaymentResponse(p.id(), p.dossierId(), p.amount(), p.method(), p.online(), p.receiptReference(),
                p.paidAt(), p.recordedAt(), p.recordedBy());
    }
}
