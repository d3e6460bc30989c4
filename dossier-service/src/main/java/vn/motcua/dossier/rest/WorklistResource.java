package vn.motcua.dossier.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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
import vn.motcua.dossier.domain.DossierStatus;
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
    /** The largest page: a unit's whole pending list at once, which the console renders in well under a second. */
    static final int MAX_SIZE = 1000;

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
            @Parameter(description = "RECEIVED (at the desk, not handed over) | IN_APPRAISAL") @QueryParam("status")
            String status,
            @Parameter(description = "Mã thủ tục, e.g. 1.004227") @QueryParam("procedure") @Size(max = 40)
            String procedure,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @Parameter(description = "Rows per page, 1-" + MAX_SIZE + " (a console shows up to a thousand at once)")
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(MAX_SIZE) int size) {
        WorklistQuery query = new WorklistQuery(
                Optional.ofNullable(view).map(v -> one("view", v, WorklistQuery.View.values())),
                Optional.ofNullable(flag).map(f -> one("flag", f, DueFlag.values())),
                Optional.ofNullable(status).map(WorklistResource::status),
                Optional.ofNullable(procedure).filter(p -> !p.isBlank()).map(String::strip),
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

    private static DossierStatus status(String status) {
        return Arrays.stream(DossierStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("status", "must be one of [RECEIVED, IN_APPRAISAL]"));
    }

    /** A lower-case query value naming one of {@code values}. */
    private static <E extends Enum<E>> E one(String name, String value, E[] values) {
        return Arrays.stream(values).filter(e -> e.name().toLowerCase(Locale.ROOT).equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField(name, "must be one of " + Arrays.stream(values)
                        .map(e -> e.name().toLowerCase(Locale.ROOT)).toList()));
    }
}
