package vn.motcua.evaluation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.evaluation.service.FeedbackRegister;

@Schema(description = "Phản ánh, kiến nghị (a complaint or petition about an agency's handling)")
public record FeedbackRequest(
        @Schema(description = "Cơ quan bị phản ánh (agency code of the caller's province)", examples = "SKHCN-20")
        @NotNull @Pattern(regexp = CODE) String agency,
        @Schema(description = "Phòng, đơn vị (optional)", examples = "PQLKH") @Pattern(regexp = CODE) String unit,
        @Schema(description = "Mã hồ sơ it is about (optional); must be a dossier of the agency")
        @Size(max = 40) String dossierCode,
        @Schema(description = "Cán bộ it is about (user name, optional)") @Size(max = 100) String officer,
        @Schema(description = "COMPLAINT (phản ánh) or PETITION (kiến nghị)") @NotNull FeedbackRegister.Kind kind,
        @Schema(description = "About an officer's attitude or conduct (nhũng nhiễu, gây phiền hà): indicator 7")
        @NotNull Boolean conduct,
        @Schema(description = "Nội dung tóm tắt") @NotBlank @Size(max = 2000) String summary,
        @Schema(description = "Ngày tiếp nhận phản ánh; due 15 working days later") @NotNull Instant receivedAt) {

    static final String CODE = "[A-Za-z0-9._-]{1,50}";

    FeedbackRegister.RecordCommand toCommand() {
        return new FeedbackRegister.RecordCommand(agency, unit, blankIsNull(dossierCode), blankIsNull(officer), kind,
                conduct, summary.strip(), receivedAt);
    }

    static String blankIsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
