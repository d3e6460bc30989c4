package vn.motcua.catalog.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.catalog.domain.FieldCode;
import vn.motcua.catalog.domain.PlatformCode;
import vn.motcua.catalog.service.FieldCommand;

/** A new field (lĩnh vực) and the agency of the caller's province that handles it. */
public record FieldRequest(
        @Schema(description = "Mã lĩnh vực (field code) MX1X2-LV, Circular 01/2018/TT-VPCP Art. 20",
                examples = "G19-KHCN01")
        @NotBlank @Pattern(regexp = FieldCode.PATTERN, message = FieldCode.MESSAGE) String code,
        @Schema(description = "Tên lĩnh vực (name)", examples = "Hoạt động khoa học và công nghệ")
        @NotBlank @Size(max = 300) String name,
        @Schema(description = "Cơ quan giải quyết (agency code) of the caller's province", examples = "SKHCN-20")
        @NotBlank @Size(max = PlatformCode.MAX_LENGTH) @Pattern(regexp = PlatformCode.PATTERN,
                message = PlatformCode.MESSAGE) String agency) {

    public FieldCommand toCommand() {
        return new FieldCommand(code, name, agency);
    }
}
