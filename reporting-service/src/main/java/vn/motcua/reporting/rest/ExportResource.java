package vn.motcua.reporting.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.tenant.CurrentCaller;
import vn.motcua.reporting.domain.form.ReportForm;
import vn.motcua.reporting.export.ExportFormat;
import vn.motcua.reporting.export.ReportFileName;
import vn.motcua.reporting.service.ReportForms;

/**
 * A form as a file (issue 16, item 6): XLSX for Excel, PDF to file, CSV for machines, with the same figures as
 * the screen (the exporters render the {@link ReportForm} that {@code GET /api/reports/forms/{form}} returns). The
 * form is built, and every check made (form, format, period, who may read it), before the first byte is sent, so a
 * refusal is a problem, never a half-written file; then the file is streamed onto the response.
 */
@Path("/api/reports")
@Tag(name = "Báo cáo định kỳ (periodic reports)")
public class ExportResource {
    @Inject
    ReportForms forms;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/forms/{form}/export")
    @Operation(summary = "Tải biểu báo cáo (XLSX, PDF, CSV) of a province or an agency",
            description = "File name bao-cao_<form>_<province>[_<agency>]_<period>.<format>; CSV is UTF-8 with a BOM,"
                    + " one header line row,label,<column keys>, '.' decimals.")
    public Response export(
            @Parameter(description = "II.06b, II.03b, evaluation or rates") @PathParam("form") String form,
            @Parameter(description = "xlsx, pdf or csv") @QueryParam("format") String format,
            @Parameter(description = "Kỳ báo cáo: 2026-05, 2026-Q2, 2026-H1, 2026 or 2026-03-01..2026-05-31")
            @QueryParam("period") String period,
            @Parameter(description = "Mã tỉnh (national auditors name it)") @QueryParam("province") String province,
            @Parameter(description = "Mã cơ quan, e.g. SKHCN-20") @QueryParam("agency") String agency) {
        FormRequest request = FormRequest.of(form, period);
        ExportFormat as = format(format);
        return file(request.of(forms, caller.get(), province, agency), as);
    }

    @GET
    @Path("/national/{form}/export")
    @Operation(summary = "Tải tổng hợp toàn quốc (XLSX, PDF, CSV): one row per province, then the total",
            description = "National auditor only; file name bao-cao_<form>_toan-quoc_<period>.<format>.")
    public Response national(
            @Parameter(description = "II.06b, II.03b, evaluation or rates") @PathParam("form") String form,
            @Parameter(description = "xlsx, pdf or csv") @QueryParam("format") String format,
            @Parameter(description = "Kỳ báo cáo") @QueryParam("period") String period) {
        FormRequest request = FormRequest.of(form, period);
        ExportFormat as = format(format);
        return file(request.national(forms, caller.get()), as);
    }

    static ExportFormat format(String format) {
        return ExportFormat.of(format).orElseThrow(() -> ProblemException.invalidField("format",
                "required: xlsx, pdf or csv"));
    }

    private static Response file(ReportForm report, ExportFormat format) {
        StreamingOutput body = out -> format.renderer().write(report, out);
        return Response.ok(body, format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ReportFileName.contentDisposition(ReportFileName.of(report, format)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
