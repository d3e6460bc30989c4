package vn.motcua.dossier.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.PaymentMethod;
import vn.motcua.dossier.service.PaymentCommand;

/** Thu phí, lệ phí: a payment as its receipt (biên lai) states it. */
public record PaymentRequest(
        @Schema(description = "Số tiền (amount) in đồng, a whole number", examples = "2000000")
        @NotNull @Positive @Max(1_000_000_000_000L) Long amount,
        @Schema(description = "Hình thức nộp: CASH (tiền mặt), BANK_TRANSFER (chuyển khoản), POS (thẻ), "
                + "ONLINE_PORTAL (trực tuyến qua cổng, recorded by the portal only)")
        @NotNull PaymentMethod method,
        @Schema(description = "Biên lai số (receipt number): one receipt, one payment; the same number again is a"
                + " retry", examples = "BL-2026/000123")
        @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9./_-]{0,49}",
                message = "must be 1-50 of A-Z a-z 0-9 . / _ - starting with a letter or digit")
        String receiptReference,
        @Schema(description = "Thời điểm nộp (paidAt); default now") @PastOrPresent Instant paidAt) {

    public PaymentCommand toCommand() {
        return new PaymentCommand(amount, method, receiptReference, paidAt);
    }
}
