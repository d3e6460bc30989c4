package vn.motcua.catalog.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.catalog.service.AdoptTimeCutCommand;

/** Phương án cắt giảm thời hạn giải quyết as adopted: the decision and each procedure's days before and after. */
public record TimeCutRequest(
        @Schema(description = "Quyết định phê duyệt (the decision that adopted the review)")
        @NotNull @Valid DecisionRequest decision,
        @Schema(description = "Thủ tục được cắt giảm: each procedure's time limit in working days, before and after")
        @NotEmpty @Size(max = 1000) List<@NotNull @Valid Item> items) {

    public record DecisionRequest(
            @Schema(description = "Số quyết định", examples = "1234/QĐ-UBND") @NotBlank @Size(max = 60) String number,
            @Schema(description = "Ngày ban hành") @NotNull LocalDate date,
            @Schema(description = "Cơ quan ban hành", examples = "UBND tỉnh Lạng Sơn") @NotBlank @Size(max = 300)
            String issuer) {
    }

    public record Item(
            @Schema(description = "Mã thủ tục (national code) of a procedure of the caller's province",
                    examples = "1.004227") @NotBlank @Size(max = 20) String procedureCode,
            @Schema(description = "Thời hạn trước cắt giảm, working days") @NotNull @Min(0) @Max(365) Integer daysBefore,
            @Schema(description = "Thời hạn sau cắt giảm, working days") @NotNull @Min(0) @Max(365) Integer daysAfter) {
    }

    AdoptTimeCutCommand toCommand() {
        return new AdoptTimeCutCommand(decision.number(), decision.date(), decision.issuer(),
                items.stream().map(i -> new AdoptTimeCutCommand.Item(i.procedureCode(), i.daysBefore(), i.daysAfter()))
                        .toList());
    }
}
