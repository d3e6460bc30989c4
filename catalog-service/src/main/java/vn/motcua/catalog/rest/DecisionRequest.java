package vn.motcua.catalog.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.catalog.service.DecisionCommand;

/** The decision that publishes or abolishes a procedure and the day it takes effect. */
public record DecisionRequest(
        @Schema(description = "Quyết định") @NotNull @Valid DecisionBody decision,
        @Schema(description = "Ngày có hiệu lực (in the province's calendar)") @NotNull LocalDate effectiveFrom) {

    DecisionCommand toCommand() {
        return new DecisionCommand(decision.toDecision(), effectiveFrom);
    }
}
