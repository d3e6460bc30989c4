package vn.motcua.dossier.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Phân công: the officer of the unit who handles the step. */
public record AssignRequest(
        @Schema(description = "Cán bộ xử lý (officer's user name)", examples = "xuly.ls")
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be a user name")
        String officer) {
}
