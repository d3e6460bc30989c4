package vn.motcua.catalog.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.catalog.service.AmendProcedureCommand;

/** Sửa đổi, bổ sung, thay thế: the whole new version, its decision and the day it takes effect. */
public record AmendmentRequest(
        @Schema(description = "Nội dung phiên bản mới (the whole new version)") @NotNull @Valid TermsBody terms,
        @Schema(description = "Quyết định sửa đổi, bổ sung, thay thế") @NotNull @Valid DecisionBody decision,
        @Schema(description = "Ngày có hiệu lực: after today and after every published version") @NotNull
        LocalDate effectiveFrom) {

    AmendProcedureCommand toCommand() {
        return new AmendProcedureCommand(terms.toContent(), decision.toDecision(), effectiveFrom);
    }
}
