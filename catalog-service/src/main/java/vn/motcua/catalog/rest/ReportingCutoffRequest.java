package vn.motcua.catalog.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.catalog.service.ChangeReportingCutoffCommand;

/** A new reporting cut-off day (thời gian chốt số liệu) of the caller's province from a future date. */
public record ReportingCutoffRequest(
        @Schema(description = "Áp dụng từ ngày (valid from), after today and after the last entry",
                examples = "2027-01-01") @NotNull LocalDate validFrom,
        @Schema(description = "Ngày chốt số liệu trong tháng, 1-28 (national: 15, Decree 09/2019/NĐ-CP Art. 12)",
                examples = "15") @NotNull Integer day) {

    public ChangeReportingCutoffCommand toCommand() {
        return new ChangeReportingCutoffCommand(validFrom, day);
    }
}
