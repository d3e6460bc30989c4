package vn.motcua.catalog.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.catalog.domain.PlatformCode;
import vn.motcua.catalog.service.FieldChangeCommand;

/** The whole changeable state of a field (PUT replaces it). */
public record FieldChangeRequest(
        @Schema(description = "Tên lĩnh vực (name)", examples = "Hoạt động khoa học và công nghệ")
        @NotBlank @Size(max = 300) String name,
        @Schema(description = "Cơ quan giải quyết (agency code) of the caller's province", examples = "SKHCN-20")
        @NotBlank @Size(max = PlatformCode.MAX_LENGTH) @Pattern(regexp = PlatformCode.PATTERN,
                message = PlatformCode.MESSAGE) String agency) {

    public FieldChangeCommand toCommand() {
        return new FieldChangeCommand(name, agency);
    }
}
