package vn.motcua.dossier.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The applicant whose earlier papers the desk looks for; in a body, never a URL (see ReusablePapersResource). */
public record ReusablePapersRequest(
        @Schema(description = "Số định danh cá nhân (CCCD, 12 digits) of the applicant", examples = "020190000123")
        @NotNull @Pattern(regexp = "[0-9]{12}", message = "must be the 12 digits of a citizen id") String idNumber) {
}
