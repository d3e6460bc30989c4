package vn.motcua.dossier.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.service.DossierQueries;
import vn.motcua.dossier.service.Receipt;
import vn.motcua.dossier.service.ReceiveDossier;
import vn.motcua.dossier.service.ResolveDossier;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.CurrentCaller;

@Path("/api/dossiers")
@Tag(name = "Hồ sơ (dossiers)")
public class DossierResource {
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Inject
    ReceiveDossier reception;

    @Inject
    ResolveDossier resolution;

    @Inject
    DossierQueries queries;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.PORTAL})
    @Operation(summary = "Tiếp nhận hồ sơ: accept a dossier and give its appointed return date (ngày hẹn trả)",
            description = "A portal that may retry sends an Idempotency-Key: the same key and body return the "
                    + "same dossier (200, Idempotent-Replayed: true); the same key with another body is 409.")
    @APIResponse(responseCode = "201", description = "Đã tiếp nhận: the new dossier, with its code and dueAt",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DossierResponse.class)))
    @APIResponse(responseCode = "200", description = "A retry under the same Idempotency-Key: the dossier it made",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DossierResponse.class)))
    public Response submit(
            @Parameter(description = "Unique per dossier and per caller, 1-100 of A-Z a-z 0-9 . _ : -")
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull DossierRequest request) {
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            throw ProblemException.invalidField(IDEMPOTENCY_KEY, "must be 1-100 of A-Z a-z 0-9 . _ : -");
        }
        Receipt receipt = reception.receive(caller.get(), request.toCommand(), Optional.ofNullable(idempotencyKey));
        DossierResponse body = DossierResponse.of(receipt.dossier());
        return Response.status(receipt.replay() ? Response.Status.OK : Response.Status.CREATED)
                .location(URI.create("/api/dossiers/" + body.id()))
                .header("Idempotent-Replayed", receipt.replay())
                .entity(body).build();
    }

    @POST
    @Path("/{id}/resolve")
    @RolesAllowed(Roles.PROCESSING_OFFICER)
    @Operation(summary = "Giải quyết: record the result and classify it trước hạn / đúng hạn / quá hạn")
    public DossierResponse resolve(@PathParam("id") UUID id) {
        return DossierResponse.of(resolution.resolve(caller.get(), id));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD, Roles.AGENCY_HEAD,
            Roles.PROVINCE_ADMIN, Roles.PORTAL})
    @Operation(summary = "Một hồ sơ: a portal sees the dossiers it submitted, an agency's officers their agency's")
    public DossierResponse get(@PathParam("id") UUID id) {
        return DossierResponse.of(queries.get(caller.get(), id));
    }

    @GET
    @Path("/{id}/actions")
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD, Roles.AGENCY_HEAD,
            Roles.PROVINCE_ADMIN, Roles.PORTAL})
    @Operation(summary = "Quá trình xử lý: the dossier's action log, oldest first (who, what, when, the appointed "
            + "date before and after)")
    public List<ActionResponse> actions(@PathParam("id") UUID id) {
        return queries.history(caller.get(), id).stream().map(ActionResponse::of).toList();
    }

    @GET
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD, Roles.AGENCY_HEAD,
            Roles.PROVINCE_ADMIN, Roles.PORTAL})
    @Operation(summary = "Hồ sơ the caller may see, newest first")
    public List<DossierResponse> list(
            @Parameter(description = "RECEIVED or RESOLVED") @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return queries.list(caller.get(), status(status), page, size).stream().map(DossierResponse::of).toList();
    }

    private static Optional<DossierStatus> status(String status) {
        if (status == null) {
            return Optional.empty();
        }
        return Arrays.stream(DossierStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .or(() -> {
                    throw ProblemException.invalidField("status", "must be one of " + List.of(DossierStatus.values()));
                });
    }
}
