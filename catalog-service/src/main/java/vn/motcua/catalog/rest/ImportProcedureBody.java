package vn.motcua.catalog.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.events.ProcedureCodeShape;

/** One procedure of a JSON import: the same terms and decision as the admin's forms, and the day it applies. */
public record ImportProcedureBody(
        @Schema(description = "Mã thủ tục on the national TTHC database", examples = "1.004227")
        @NotBlank @Pattern(regexp = ProcedureCodeShape.NATIONAL, message = ProcedureCodeShape.NATIONAL_MESSAGE) String code,
        @Schema(description = "Nội dung thủ tục (terms)") @NotNull @Valid TermsBody terms,
        @Schema(description = "Quyết định công bố hoặc sửa đổi (the decision behind this row)") @NotNull @Valid
        DecisionBody decision,
        @Schema(description = "Ngày có hiệu lực: of version 1 for a new procedure, of the new version for a changed one")
        @NotNull LocalDate effectiveFrom) {
}
