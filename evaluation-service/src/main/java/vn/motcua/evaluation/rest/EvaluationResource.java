package vn.motcua.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.evaluation.domain.SubjectKind;
import vn.motcua.evaluation.service.EvaluationQueries;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.CurrentCaller;

/**
 * The evaluation reads (Circular 01/2018/TT-VPCP Art. 13-15): a dossier's evaluation, scorecards ranked, one
 * scorecard with its components and its history. Who may read what: {@code EvaluationAccess}.
 */
@Path("/api/evaluations")
@Tag(name = "Đánh giá việc giải quyết TTHC (evaluations)")
public class EvaluationResource {
    static final String TOTAL_COUNT = "X-Total-Count";
    static final String PERIOD = "Kỳ: 2026-Q2 (quý, cut on the province's cut-off day), 2026 (năm) or"
            + " 2026-03-01..2026-05-31 (at most 366 days)";
    static final String PROVINCE = "Mã tỉnh: national auditors (kiểm tra viên quốc gia) must name it; others may name"
            + " only their own";
    static final String SUBJECT = "OFFICER: user name; UNIT: AGENCY/UNIT (e.g. SKHCN-20/PQLKH); AGENCY: agency code;"
            + " PROVINCE: province code";

    @Inject
    EvaluationQueries queries;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/dossiers/{dossierId}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AGENCY_HEAD, Roles.UNIT_LEAD, Roles.PROCESSING_OFFICER,
            Roles.RECEPTION_OFFICER})
    @Operation(summary = "Kết quả đánh giá của một hồ sơ: each per-dossier indicator, officers' shares, the rating",
            description = "A dossier accepted but not resolved: status PENDING, every indicator PENDING. Unknown or"
                    + " outside the caller's case scope: 404 not-found.")
    public DossierEvaluationResponse dossier(@PathParam("dossierId") UUID dossierId) {
        return DossierEvaluationResponse.of(queries.dossier(caller.get(), dossierId));
    }

    @GET
    @Path("/scorecards/{kind}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AGENCY_HEAD, Roles.UNIT_LEAD, Roles.PROCESSING_OFFICER,
            Roles.RECEPTION_OFFICER, Roles.NATIONAL_AUDITOR})
    @Operation(summary = "Xếp loại: the scorecards of one kind the caller may read, best total first",
            description = "Officers read their own; a unit lead the unit and its officers; an agency head the agency,"
                    + " its units and officers, and the province; the province admin and the national auditor all."
                    + " A kind the caller may never read: 403 outside-jurisdiction.")
    @APIResponse(responseCode = "200", description = "The ranking; its length in X-Total-Count",
            headers = @Header(name = TOTAL_COUNT, description = "Subjects listed",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ScorecardResponses.Ranked.class)))
    public Response ranking(
            @Parameter(description = "OFFICER | UNIT | AGENCY | PROVINCE") @PathParam("kind") String kind,
            @Parameter(description = PERIOD, example = "2026-Q2") @QueryParam("period") String period,
            @Parameter(description = PROVINCE) @QueryParam("province") String province) {
        var rows = queries.ranking(caller.get(), QueryValues.kind(kind), period, QueryValues.province(province))
                .stream().map(ScorecardResponses.Ranked::of).toList();
        return Response.ok(rows).header(TOTAL_COUNT, rows.size()).build();
    }

    @GET
    @Path("/scorecards/{kind}/detail")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AGENCY_HEAD, Roles.UNIT_LEAD, Roles.PROCESSING_OFFICER,
            Roles.RECEPTION_OFFICER, Roles.NATIONAL_AUDITOR})
    @Operation(summary = "Kết quả đánh giá of one subject and period: each indicator with its points and dossiers,"
            + " the total, the ranking, the items entered by hand",
            description = "A subject the caller may not read: 404 not-found.")
    @APIResponse(responseCode = "200", description = "The scorecard", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = ScorecardResponses.Detail.class)))
    public ScorecardResponses.Detail detail(
            @Parameter(description = "OFFICER | UNIT | AGENCY | PROVINCE") @PathParam("kind") String kind,
            @Parameter(description = SUBJECT) @QueryParam("subject") String subject,
            @Parameter(description = PERIOD, example = "2026-Q2") @QueryParam("period") String period,
            @Parameter(description = PROVINCE) @QueryParam("province") String province) {
        SubjectKind k = QueryValues.kind(kind);
        return ScorecardResponses.Detail.of(queries.scorecard(caller.get(), k, QueryValues.subject(subject), period,
                QueryValues.province(province)));
    }

    @GET
    @Path("/scorecards/{kind}/components")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AGENCY_HEAD, Roles.UNIT_LEAD, Roles.PROCESSING_OFFICER,
            Roles.RECEPTION_OFFICER, Roles.NATIONAL_AUDITOR})
    @Operation(summary = "The dossiers behind a scorecard and the points each gave, oldest resolution first")
    @APIResponse(responseCode = "200", description = "A page of the dossiers; the total in X-Total-Count",
            headers = @Header(name = TOTAL_COUNT, description = "Dossiers over all pages",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ScorecardResponses.Component.class)))
    public Response components(
            @Parameter(description = "OFFICER | UNIT | AGENCY | PROVINCE") @PathParam("kind") String kind,
            @Parameter(description = SUBJECT) @QueryParam("subject") String subject,
            @Parameter(description = PERIOD, example = "2026-Q2") @QueryParam("period") String period,
            @Parameter(description = PROVINCE) @QueryParam("province") String province,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @Parameter(description = "Rows per page, 1-1000") @QueryParam("size") @DefaultValue("100") @Min(1)
            @Max(1000) int size) {
        SubjectKind k = QueryValues.kind(kind);
        EvaluationQueries.ComponentPage rows = queries.components(caller.get(), k, QueryValues.subject(subject),
                period, QueryValues.province(province), page, size);
        return Response.ok(rows.rows().stream().map(ScorecardResponses.Component::of).toList())
                .header(TOTAL_COUNT, rows.total()).build();
    }

    @GET
    @Path("/scorecards/{kind}/history")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AGENCY_HEAD, Roles.UNIT_LEAD, Roles.PROCESSING_OFFICER,
            Roles.RECEPTION_OFFICER, Roles.NATIONAL_AUDITOR})
    @Operation(summary = "The scorecard over the last quarters up to the current one, oldest first (the chart)")
    @APIResponse(responseCode = "200", description = "One entry per quarter", content = @Content(
            mediaType = "application/json",
            schema = @Schema(type = SchemaType.ARRAY, implementation = ScorecardResponses.History.class)))
    public java.util.List<ScorecardResponses.History> history(
            @Parameter(description = "OFFICER | UNIT | AGENCY | PROVINCE") @PathParam("kind") String kind,
            @Parameter(description = SUBJECT) @QueryParam("subject") String subject,
            @Parameter(description = "How many quarters, 1-40") @QueryParam("quarters") @DefaultValue("8") @Min(1)
            @Max(40) int quarters,
            @Parameter(description = PROVINCE) @QueryParam("province") String province) {
        SubjectKind k = QueryValues.kind(kind);
        return queries.history(caller.get(), k, QueryValues.subject(subject), quarters, QueryValues.province(province))
                .stream().map(ScorecardResponses.History::of).toList();
    }

    @GET
    @Path("/index766")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AGENCY_HEAD, Roles.NATIONAL_AUDITOR})
    @Operation(summary = "Chỉ số 766 (Decision 766/QĐ-TTg) of an agency or the province for a period",
            description = "An agency head reads their agency's (scope AGENCY) and their province's (scope PROVINCE);"
                    + " the province admin and the national auditor any of the province. Sub-indicators the platform"
                    + " has no data for are shown without points and left out of total and maxAvailable.")
    @APIResponse(responseCode = "200", description = "The five groups and their sub-indicators", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = Index766Response.class)))
    public Index766Response index766(
            @Parameter(description = "AGENCY | PROVINCE") @QueryParam("scope") String scope,
            @Parameter(description = "The agency code (scope AGENCY) or the province code (scope PROVINCE)")
            @QueryParam("subject") String subject,
            @Parameter(description = PERIOD, example = "2026-Q2") @QueryParam("period") String period,
            @Parameter(description = PROVINCE) @QueryParam("province") String province) {
        SubjectKind kind = scope == null ? null : switch (scope) {
            case "AGENCY" -> SubjectKind.AGENCY;
            case "PROVINCE" -> SubjectKind.PROVINCE;
            default -> null;
        };
        if (kind == null) {
            throw vn.motcua.evaluation.service.EvaluationAccess.refused("scope", "must be AGENCY or PROVINCE");
        }
        return Index766Response.of(queries.index766(caller.get(), kind, QueryValues.subject(subject), period,
                QueryValues.province(province)));
    }
}
