package vn.motcua.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.evaluation.service.FeedbackRegister;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.CurrentCaller;

@Path("/api/evaluations/feedback")
@Tag(name = "Phản ánh, kiến nghị (feedback register)")
public class FeedbackResource {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String TOTAL_COUNT = "X-Total-Count";
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Inject
    FeedbackRegister register;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.AGENCY_HEAD, Roles.PROVINCE_ADMIN})
    @Operation(summary = "Ghi nhận phản ánh, kiến nghị (record a complaint or petition), due 15 working days after"
            + " its reception (Decision 766 indicator 5.1)",
            description = "The desk and the province admin record about any agency of the province, an agency head"
                    + " about the own agency (else 403 outside-jurisdiction). A dossierCode must be a dossier of that"
                    + " agency (422 naming dossierCode). An Idempotency-Key makes a retry answer 200 with the same"
                    + " record; the same key with another body is 409.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = FeedbackResponse.class)))
    public Response record(
            @Parameter(description = "1-100 of A-Z a-z 0-9 . _ : -") @HeaderParam(IDEMPOTENCY_KEY) String key,
            @Valid @NotNull FeedbackRequest request) {
        if (key != null && !KEY.matcher(key).matches()) {
            throw ProblemException.invalidField(IDEMPOTENCY_KEY, "must be 1-100 of A-Z a-z 0-9 . _ : -");
        }
        FeedbackRegister.Recorded recorded = register.record(caller.get(), request.toCommand(),
                Optional.ofNullable(key));
        FeedbackResponse body = FeedbackResponse.of(recorded.feedback());
        return Response.status(recorded.replay() ? Response.Status.OK : Response.Status.CREATED)
                .location(URI.create("/api/evaluations/feedback/" + body.id()))
                .header("Idempotent-Replayed", recorded.replay())
                .entity(body).build();
    }

    @POST
    @Path("/{id}/handling")
    @RolesAllowed({Roles.AGENCY_HEAD, Roles.PROVINCE_ADMIN})
    @Operation(summary = "Ghi nhận kết quả xử lý (record the handling and its finding), once",
            description = "By the agency head of its agency or the province admin; a second handling is 409"
                    + " already-handled. A founded complaint about an officer's conduct gives the dossier's"
                    + " indicator 7 zero points.")
    @APIResponse(responseCode = "200", description = "Handled",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = FeedbackResponse.class)))
    public FeedbackResponse handle(@PathParam("id") UUID id, @Valid @NotNull FeedbackHandlingRequest request) {
        return FeedbackResponse.of(register.handle(caller.get(), id, request.toCommand()));
    }

    @GET
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD, Roles.AGENCY_HEAD,
            Roles.PROVINCE_ADMIN})
    @Operation(summary = "Sổ theo dõi phản ánh, kiến nghị (the register), newest first",
            description = "The province's for the desk and the admin, the own agency's for its head and processing"
                    + " officers, the own unit's for a unit lead (another agency: 403 outside-jurisdiction).")
    @APIResponse(responseCode = "200", description = "A page; the total in X-Total-Count",
            headers = @Header(name = TOTAL_COUNT, schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = FeedbackResponse.class)))
    public Response list(
            @Parameter(description = "Cơ quan (agency code)") @QueryParam("agency")
            @Pattern(regexp = FeedbackRequest.CODE) String agency,
            @Parameter(description = "true: not handled yet; false: handled") @QueryParam("open") String open,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        Optional<Boolean> openOnly = switch (open == null ? "" : open) {
            case "" -> Optional.empty();
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw ProblemException.invalidField("open", "must be true or false");
        };
        FeedbackRegister.Page rows = register.list(caller.get(), Optional.ofNullable(agency), openOnly, page, size);
        return Response.ok(rows.items().stream().map(FeedbackResponse::of).toList())
                .header(TOTAL_COUNT, rows.total()).build();
    }
}
