package vn.motcua.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.catalog.service.ProcedureService;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.CurrentCaller;

@Path("/api/catalog/procedures")
@Tag(name = "Thủ tục hành chính (procedures)")
public class ProcedureResource {
    @Inject
    ProcedureService procedures;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Soạn thảo thủ tục (draft a procedure) in the caller's province, for one of its agencies")
    @APIResponse(responseCode = "201", description = "Drafted; publish it to take dossiers",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProcedureResponse.class)))
    public Response draft(@Valid @NotNull DraftRequest request) {
        ProcedureResponse body = ProcedureResponse.of(procedures.draft(caller.get(), request.toCommand()));
        return Response.created(URI.create("/api/catalog/procedures/" + body.id())).entity(body).build();
    }

    @PUT
    @Path("/{id}/draft")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Sửa dự thảo (edit the draft): its terms are replaced whole")
    public ProcedureResponse editDraft(@PathParam("id") UUID id, @Valid @NotNull TermsBody terms) {
        return ProcedureResponse.of(procedures.editDraft(caller.get(), id, terms.toContent()));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Công bố thủ tục (publish): version 1 is in force from effectiveFrom; the same decision"
            + " again is answered with the same version")
    public VersionResponse publish(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest request) {
        return VersionResponse.of(procedures.publish(id, request.toCommand()));
    }

    @POST
    @Path("/{id}/amendments")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Sửa đổi, bổ sung, thay thế thủ tục (amend): a new version from effectiveFrom; the one"
            + " before it ends that day")
    @APIResponse(responseCode = "201", description = "The new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VersionResponse.class)))
    public Response amend(@PathParam("id") UUID id, @Valid @NotNull AmendmentRequest request) {
        VersionResponse body = VersionResponse.of(procedures.amend(caller.get(), id, request.toCommand()));
        return Response.created(URI.create("/api/catalog/procedures/" + id + "/versions/" + body.version()))
                .entity(body).build();
    }

    @POST
    @Path("/{id}/abolition")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Bãi bỏ thủ tục (abolish) from effectiveFrom; the same decision again is answered with the"
            + " same result")
    public ProcedureResponse abolish(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest request) {
        return ProcedureResponse.of(procedures.abolish(id, request.toCommand()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD,
            Roles.AGENCY_HEAD, Roles.PORTAL})
    @Operation(summary = "Một thủ tục: the version in force today (phiên bản hiện hành) and every version")
    public ProcedureResponse get(@PathParam("id") UUID id) {
        return ProcedureResponse.of(procedures.get(id));
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD,
            Roles.AGENCY_HEAD, Roles.PORTAL})
    @Operation(summary = "Một phiên bản của thủ tục (one version, published or draft)")
    public VersionResponse version(@PathParam("id") UUID id,
            @PathParam("version") @Min(1) @Max(100_000) int version) {
        return VersionResponse.of(procedures.version(id, version));
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD,
            Roles.AGENCY_HEAD, Roles.PORTAL})
    @Operation(summary = "Danh mục thủ tục of the caller's province, each with the version in force today")
    public List<ProcedureResponse> list() {
        return procedures.list().stream().map(ProcedureResponse::of).toList();
    }
}
