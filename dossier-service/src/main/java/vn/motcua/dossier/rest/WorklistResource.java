package vn.motcua.dossier.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.domain.DueFlag;
import vn.motcua.dossier.service.Worklist;
import vn.motcua.dossier.service.WorklistQuery;
import vn.motcua.dossier.service.WorklistRow;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.CurrentCaller;

@Path("/api/worklist")
@Tag(name = "Hồ sơ (dossiers)")
public class WorklistResource {
    public static final String TOTAL_COUNT = "X-Total-Count";

    @Inject
    Worklist worklist;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD, Roles.AGENCY_HEAD})
    @Operation(summary = "Danh sách hồ sơ cần xử lý (worklist): pending dossiers flagged trong hạn / sắp đến hạn /"
            + " quá hạn, sorted and paged",
            description = "view=mine: a processing officer's dossiers and his unit's unassigned ones, or the desk's"
                    + " not yet handed over; unit: a unit lead's unit; agency: an agency head's agency. Default: the "
                    + "widest the caller's roles grant.")
    @APIResponse(responseCode = "200", description = "A page of the worklist; the total in X-Total-Count",
            headers = @Header(name = TOTAL_COUNT, description = "Rows matching, over all pages",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = WorklistResponse.class)))
    public Response list(
            @Parameter(description = "mine | unit | agency") @QueryParam("view") String view,
            @Parameter(description = "due | nearing | overdue") @QueryParam("flag") String flag,
            @Parameter(description = "dueAt | stepDueAt | receivedAt (earliest first)") @QueryParam("sort")
            @DefaultValue("dueAt") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        WorklistQuery query = new WorklistQuery(
                Optional.ofNullable(view).map(v -> one("view", v, WorklistQuery.View.values())),
                Optional.ofNullable(flag).map(f -> one("flag", f, DueFlag.values())),
                sort(sort), page, size);
        WorklistRow.Page rows = worklist.of(caller.get(), query);
        return Response.ok(rows.rows().stream().map(WorklistResponse::of).toList())
                .header(TOTAL_COUNT, rows.total()).build();
    }

    private static WorklistQuery.Sort sort(String sort) {
        return switch (sort) {
            case "dueAt" -> WorklistQuery.Sort.DUE_AT;
            case "stepDueAt" -> WorklistQuery.Sort.STEP_DUE_AT;
            case "receivedAt" -> WorklistQuery.Sort.RECEIVED_AT;
            default -> throw ProblemException.invalidField("sort", "must be one of dueAt, stepDueAt, receivedAt");
        };
    }

    /** A lower-case query value naming one of {@code values}. */
    private static <E extends Enum<E>> E one(String name, String value, E[] values) {
        return Arrays.stream(values).filter(e -> e.name().toLowerCase(Locale.ROOT).equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField(name, "must be one of " + Arrays.stream(values)
                        .map(e -> e.name().toLowerCase(Locale.ROOT)).toList()));
    }
}
