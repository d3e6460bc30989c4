package vn.motcua.catalog.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.catalog.service.ChangeOfficeHoursCommand;

/** New office hours (giờ làm việc) of the caller's province from a future date. */
public record OfficeHoursRequest(
        @Schema(description = "Áp dụng từ ngày (valid from), after today", examples = "2027-01-04") @NotNull
        LocalDate validFrom,
        @Schema(description = "Ca sáng bắt đầu (morning start)", examples = "07:30") @NotNull LocalTime morningStart,
        @Schema(description = "Ca sáng kết thúc (morning end)", examples = "11:30") @NotNull LocalTime morningEnd,
        @Schema(description = "Ca chiều bắt đầu (afternoon start)", examples = "13:30") @NotNull
        LocalTime afternoonStart,
        @Schema(description = "Ca chiều kết thúc (afternoon end)", examples = "17:00") @NotNull LocalTime afternoonEnd,
        @Schema(description = "Giờ chuyển hồ sơ (transfer cut-off), within the afternoon; 15:00 by Decree 118/2025 "
                + "Art. 18 cl. 2", examples = "15:00") @NotNull LocalTime transferCutOff) {

    public ChangeOfficeHoursCommand toCommand() {
        return new ChangeOfficeHoursCommand(validFrom, morningStart, morningEnd, afternoonStart, afternoonEnd,
                transferCutOff);
    }
}
