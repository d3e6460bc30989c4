package vn.motcua.catalog.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.catalog.service.AddLocalDayCommand;

/** A day off of the caller's province. The province is never in the body: it is the caller's. */
public record LocalDayRequest(
        @Schema(description = "Ngày nghỉ, after today", examples = "2027-03-10") @NotNull LocalDate date,
        @Schema(description = "Tên ngày nghỉ", examples = "Kỷ niệm ngày thành lập tỉnh") @NotBlank @Size(max = 200)
        String name,
        @Schema(description = "Văn bản quyết định (number of the decision)", examples = "123/QĐ-UBND")
        @NotBlank @Size(max = 200) String source) {

    public AddLocalDayCommand toCommand() {
        return new AddLocalDayCommand(date, name, source);
    }
}
