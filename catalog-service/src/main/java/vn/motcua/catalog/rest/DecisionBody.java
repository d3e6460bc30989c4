package vn.motcua.catalog.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.events.ProcedureTerms.Decision;

/** Quyết định công bố / sửa đổi / bãi bỏ. */
public record DecisionBody(
        @Schema(description = "Số quyết định", examples = "123/QĐ-UBND") @NotBlank @Size(max = 60) String number,
        @Schema(description = "Ngày ký") @NotNull LocalDate date,
        @Schema(description = "Người/cơ quan ban hành", examples = "Chủ tịch UBND tỉnh Lạng Sơn")
        @NotBlank @Size(max = 300) String issuer) {

    Decision toDecision() {
        return new Decision(number, date, issuer);
    }

    static DecisionBody of(Decision d) {
        return d == null ? null : new DecisionBody(d.number(), d.date(), d.issuer());
    }
}
