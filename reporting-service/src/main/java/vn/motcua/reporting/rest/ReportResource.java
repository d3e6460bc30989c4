package vn.motcua.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.CurrentCaller;
import vn.motcua.reporting.service.ReportService;

@Path("/api/reports")
@Tag(name = "Báo cáo định kỳ (periodic reports)")
public class ReportResource {
    @Inject
    ReportService reports;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/quarterly")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AGENCY_HEAD, Roles.UNIT_LEAD, Roles.NATIONAL_AUDITOR})
    @Operation(summary = "Báo cáo quý: tình hình, kết quả giải quyết TTHC (form II.06b) of the caller's province",
            description = "Tiếp nhận (received in the quarter), đã giải quyết trước hạn / đúng hạn / quá hạn"
                    + " (resolved in the quarter), đang giải quyết trong hạn / quá hạn (open at its end).")
    public QuarterlyReportResponse quarterly(
            @Parameter(description = "Năm", example = "2026")
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "Quý, 1 to 4 (calendar quarters for now)", example = "4")
            @QueryParam("quarter") @NotNull @Min(1) @Max(4) Integer quarter,
            @Parameter(description = "Mã tỉnh: national auditors (kiểm tra viên quốc gia) only; others may name"
                    + " only their own")
            @QueryParam("province") @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit province code")
            String province) {
        return QuarterlyReportResponse.of(reports.quarterly(caller.get(), year, quarter,
                Optional.ofNullable(province).map(ProvinceCode::new)));
    }
}
