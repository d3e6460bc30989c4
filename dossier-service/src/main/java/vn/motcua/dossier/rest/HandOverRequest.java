package vn.motcua.dossier.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.service.HandOverCommand;

/** Chuyển xử lý: where the dossier goes next. */
public record HandOverRequest(
        @Schema(description = "Đơn vị (unit) of the next step of the dossier's procedure version", examples = "QLKH")
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "must be a unit code")
        String toUnit,
        @Schema(description = "Cán bộ xử lý (officer) of that unit, if already known; else its lead assigns one",
                examples = "xuly.ls")
        @Size(min = 1, max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be a user name")
        String toOfficer,
        @Schema(description = "Cơ quan phối hợp (co-operating agency) of an inter-connected procedure (liên thông);"
                + " absent: the competent agency", examples = "CCTDC-20")
        @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "must be an agency code")
        String toAgency) {

    public HandOverCommand toCommand() {
        return new HandOverCommand(toUnit, Optional.ofNullable(toOfficer), Optional.ofNullable(toAgency));
    }
}
