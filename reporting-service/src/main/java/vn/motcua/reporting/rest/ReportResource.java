package vn.motcua.reporting.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.tenant.CurrentCaller;
import vn.motcua.reporting.domain.form.ReportForm;
import vn.motcua.reporting.service.ReportForms;

/** The forms of a province or agency, and the national roll-up (Circular 01/2020/TT-VPCP's annex forms). */
@Path("/api/reports")
@Tag(name = "Báo cáo định kỳ (periodic reports)")
public class ReportResource {
    @Inject
    ReportForms forms;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/forms/{form}")
    @Operation(summary = "Một biểu báo cáo (II.06b, II.03b, evaluation, rates) of a province or an agency",
            description = "The period is cut with the province's cut-off day in force on the label's anchor.")
    public ReportForm form(
            @Parameter(description = "II.06b, II.03b, evaluation or rates") @PathParam("form") String form,
            @Parameter(description = "Kỳ báo cáo: 2026-05, 2026-Q2, 2026-H1, 2026 or 2026-03-01..2026-05-31")
            @QueryParam("period") String period,
            @Parameter(description = "Mã tỉnh (national auditors name it)") @QueryParam("province") String province,
            @Parameter(description = "Mã cơ quan, e.g. SKHCN-20") @QueryParam("agency") String agency) {
        return FormRequest.of(form, period).of(forms, caller.get(), province, agency);
    }

    @GET
    @Path("/national/{form}")
    @Operation(summary = "Tổng hợp toàn quốc: one row per province (its own cut-off), then the total",
            description = "National auditor only.")
    public ReportForm national(@PathParam("form") String form, @QueryParam("period") String period) {
        return FormRequest.of(form, period).national(forms, caller.get());
    }
}
