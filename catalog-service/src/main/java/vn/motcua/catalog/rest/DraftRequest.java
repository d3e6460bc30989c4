package vn.motcua.catalog.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.catalog.service.DraftProcedureCommand;
import vn.motcua.events.ProcedureCodeShape;

/** A procedure as the province admin drafts it. The province is never in the body: it is the caller's. */
public record DraftRequest(
        @Schema(description = "Mã thủ tục on the national TTHC database", examples = "1.004227")
        @NotBlank @Pattern(regexp = ProcedureCodeShape.NATIONAL, message = ProcedureCodeShape.NATIONAL_MESSAGE) String code,
        @Schema(description = "Nội dung thủ tục (terms of the draft)") @NotNull @Valid TermsBody terms) {

    /** The use case's own input: the edge validated it, the service decides on it. */
    public DraftProcedureCommand toCommand() {
        return new DraftProcedureCommand(code, terms.toContent());
    }
}
