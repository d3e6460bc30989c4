package vn.motcua.reporting.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.tenant.CurrentCaller;
import vn.motcua.reporting.service.KpiService;

@Path("/api/reports/kpis")
@Tag(name = "Chỉ số KPI so với chỉ tiêu kế hoạch (KPI dashboard)")
public class KpiResource {
    @Inject
    KpiService kpis;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Các chỉ số (rates) của kỳ so với chỉ tiêu kế hoạch, their trend, the channel mix and the"
            + " timeliness of the period's resolutions",
            description = "The province's (the admin; agency= for one of its agencies), the own agency's (an agency"
                    + " head, a unit lead), a named province's (the national auditor, province=).")
    public KpiResponse get(
            @Parameter(description = "Kỳ báo cáo", example = "2026-Q2") @QueryParam("period") @NotBlank
            @Pattern(regexp = CorrectionRequest.PERIOD, message = "must be a period label, e.g. 2026-Q2") String period,
            @Parameter(description = "Cơ quan") @QueryParam("agency") @Pattern(regexp = CorrectionRequest.CODE)
            String agency,
            @Parameter(description = "Mã tỉnh (national auditors)") @QueryParam("province")
            @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit province code") String province,
            @Parameter(description = "How many periods the trend shows, this one included")
            @QueryParam("periods") @DefaultValue("8") @Min(1) @Max(24) int periods) {
        return KpiResponse.of(kpis.dashboard(caller.get(), period, Optional.ofNullable(province),
                Optional.ofNullable(agency), periods));
    }
}
