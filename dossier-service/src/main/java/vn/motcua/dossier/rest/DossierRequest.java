package vn.motcua.dossier.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.service.ReceiveDossierCommand;
import vn.motcua.events.Channel;
import vn.motcua.events.ProcedureCodeShape;

/** Tiếp nhận hồ sơ: what the desk or a portal sends. The province is the caller's, never a field. */
public record DossierRequest(
        @Schema(description = "Mã thủ tục (national code) of a procedure published in the caller's province",
                examples = "1.004227")
        @NotBlank @Pattern(regexp = ProcedureCodeShape.NATIONAL, message = ProcedureCodeShape.NATIONAL_MESSAGE) String procedureCode,
        @Schema(description = "Kênh tiếp nhận") @NotNull Channel channel,
        @Schema(description = "Người nộp hồ sơ") @NotNull @Valid Applicant applicant,
        @Schema(description = "Thời điểm tiếp nhận if earlier than now (a paper dossier recorded late); default now")
        @PastOrPresent Instant receivedAt,
        @Schema(description = "Mã trường hợp (case variant) of the procedure's version in force; required when it"
                + " has more than one", examples = "MOI")
        @Size(max = 30) @Pattern(regexp = "[A-Z0-9_]+", message = "must be capitals, digits or _") String caseVariant) {

    public record Applicant(
            @Schema(description = "Họ và tên") @NotBlank @Size(max = 200) String name,
            @Schema(description = "Số định danh cá nhân (CCCD, 12 digits)")
            @Pattern(regexp = "[0-9]{12}", message = "must be the 12 digits of a citizen id") String idNumber,
            @Schema(description = "Số điện thoại") @Pattern(regexp = "0[0-9]{9}", message = "must be 10 digits starting with 0")
            String phone) {
    }

    /** The use case's own input: the edge validated it, the service decides on it. */
    public ReceiveDossierCommand toCommand() {
        return new ReceiveDossierCommand(procedureCode, channel,
                new ReceiveDossierCommand.Applicant(applicant.name(), applicant.idNumber(), applicant.phone()), receivedAt,
                caseVariant);
    }
}
