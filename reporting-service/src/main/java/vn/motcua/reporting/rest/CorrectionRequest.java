package vn.motcua.reporting.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.reporting.service.CorrectionService;

@Schema(description = "Điều chỉnh một số liệu của biểu (a correction of one figure, with its reason)")
public record CorrectionRequest(
        @Schema(description = "Biểu", examples = "II.06b") @NotBlank @Size(max = 20) String form,
        @Schema(description = "Kỳ báo cáo", examples = "2026-Q2") @NotBlank @Pattern(regexp = PERIOD) String period,
        @Schema(description = "Cơ quan, for an agency's form; absent for the province's")
        @Pattern(regexp = CODE) String agency,
        @Schema(description = "The row's key (a field code, a KPI code, TOTAL)", examples = "TOTAL")
        @NotBlank @Size(max = 120) String row,
        @Schema(description = "The column's key", examples = "received.total") @NotBlank @Size(max = 60) String column,
        @Schema(description = "Số liệu đúng: ≥ 0, whole for a count, at most one decimal")
        @NotNull @DecimalMin("0") @DecimalMax("999999999999.9") BigDecimal corrected,
        @Schema(description = "Lý do điều chỉnh, 10 to 500 characters") @NotBlank @Size(min = 10, max = 500)
        String reason) {

    static final String CODE = "[A-Za-z0-9._-]{1,60}";
    /** 2026-Q2, 2026-05, 2026-H1, 2026, 2026-03-01..2026-05-31 */
    static final String PERIOD = "[0-9]{4}(-Q[1-4]|-H[12]|-(0[1-9]|1[0-2]))?"
            + "|[0-9]{4}-[0-9]{2}-[0-9]{2}\\.\\.[0-9]{4}-[0-9]{2}-[0-9]{2}";

    CorrectionService.RecordCommand toCommand() {
        return new CorrectionService.RecordCommand(form, period, Optional.ofNullable(agency), row, column, corrected,
                reason.strip());
    }
}
