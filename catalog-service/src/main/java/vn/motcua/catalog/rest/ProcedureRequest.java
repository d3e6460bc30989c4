package vn.motcua.catalog.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.catalog.service.DraftProcedureCommand;

/** A procedure as the province admin drafts it. The province is never in the body: it is the caller's. */
public record ProcedureRequest(
        @Schema(description = "Mã thủ tục on the national TTHC database", examples = "1.004227")
        @NotBlank @Pattern(regexp = "[0-9]\\.[0-9]{6}", message = "must look like 1.004227") String code,
        @Schema(description = "Tên thủ tục hành chính") @NotBlank @Size(max = 500) String name,
        @Schema(description = "Lĩnh vực") @NotBlank @Size(max = 200) String field,
        @Schema(description = "Cơ quan giải quyết (agency code) of the caller's province", examples = "SKHCN-20")
        @NotBlank @Size(max = 50) String agency,
        @Schema(description = "Thời hạn giải quyết, in working days (0: resolved on the spot)")
        @NotNull @Min(0) @Max(365) Integer prescribedWorkingDays) {

    /** The use case's own input: the edge validated it, the service decides on it. */
    public DraftProcedureCommand toCommand() {
        return new DraftProcedureCommand(code, name, field, agency, prescribedWorkingDays);
    }
}
