package vn.motcua.catalog.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.catalog.domain.OfficialUnitCode;
import vn.motcua.catalog.domain.PlatformCode;
import vn.motcua.catalog.service.AgencyCommand;

/** A new agency (cơ quan) of the caller's province; the province is never in the body. */
public record AgencyRequest(
        @Schema(description = "Mã cơ quan trên nền tảng (platform code, as tokens carry it)", examples = "SKHCN-20")
        @NotBlank @Size(max = PlatformCode.MAX_LENGTH) @Pattern(regexp = PlatformCode.PATTERN,
                message = PlatformCode.MESSAGE) String code,
        @Schema(description = "Mã định danh (official code) under QCVN 102:2016", examples = "000.00.15.H43")
        @NotBlank @Pattern(regexp = OfficialUnitCode.PATTERN, message = OfficialUnitCode.MESSAGE) String officialCode,
        @Schema(description = "Tên cơ quan (name)", examples = "Sở Khoa học và Công nghệ")
        @NotBlank @Size(max = 300) String name,
        @Schema(description = "Cơ quan cấp trên (parent agency code) of the same province; absent for a Sở",
                examples = "SKHCN-20")
        @Size(max = PlatformCode.MAX_LENGTH) @Pattern(regexp = PlatformCode.PATTERN,
                message = PlatformCode.MESSAGE) String parent,
        @Schema(description = "Hoạt động từ ngày (active from)", examples = "2025-07-01") @NotNull LocalDate activeFrom,
        @Schema(description = "Hoạt động đến ngày (active to, inclusive); absent while open") LocalDate activeTo) {

    public AgencyCommand toCommand() {
        return new AgencyCommand(code, officialCode, name, parent, activeFrom, activeTo);
    }
}
