package vn.motcua.catalog.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.catalog.domain.OfficialUnitCode;
import vn.motcua.catalog.domain.OrgUnitKind;
import vn.motcua.catalog.domain.PlatformCode;
import vn.motcua.catalog.service.OrgUnitCommand;

/** A new unit (đơn vị) of an agency. */
public record OrgUnitRequest(
        @Schema(description = "Mã đơn vị (unit code), unique in the agency", examples = "QLKH")
        @NotBlank @Size(max = PlatformCode.MAX_LENGTH) @Pattern(regexp = PlatformCode.PATTERN,
                message = PlatformCode.MESSAGE) String code,
        @Schema(description = "Mã định danh (official code) under QCVN 102:2016, if assigned", examples = "000.02.15.H43")
        @Pattern(regexp = OfficialUnitCode.PATTERN, message = OfficialUnitCode.MESSAGE) String officialCode,
        @Schema(description = "Tên đơn vị (name)", examples = "Phòng Quản lý khoa học")
        @NotBlank @Size(max = 300) String name,
        @Schema(description = "Loại đơn vị (kind): bộ phận một cửa, phòng chuyên môn, lãnh đạo")
        @NotNull OrgUnitKind kind) {

    public OrgUnitCommand toCommand() {
        return new OrgUnitCommand(code, officialCode, name, kind);
    }
}
