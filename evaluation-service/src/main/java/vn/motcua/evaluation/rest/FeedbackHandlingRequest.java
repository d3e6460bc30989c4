package vn.motcua.evaluation.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.evaluation.domain.DossierFacts;
import vn.motcua.evaluation.service.FeedbackRegister;

@Schema(description = "Kết quả xử lý phản ánh, kiến nghị")
public record FeedbackHandlingRequest(
        @Schema(description = "Ngày xử lý xong") @NotNull Instant handledAt,
        @Schema(description = "FOUNDED (đúng) or UNFOUNDED (không đúng); a founded complaint about an officer's"
                + " conduct gives indicator 7 zero points") @NotNull DossierFacts.Finding finding,
        @Schema(description = "Ghi chú") @Size(max = 2000) String note) {

    FeedbackRegister.HandlingCommand toCommand() {
        return new FeedbackRegister.HandlingCommand(handledAt, finding, FeedbackRequest.blankIsNull(note));
    }
}
