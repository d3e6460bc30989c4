package vn.motcua.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
    public Response draft(@Valid @NotNull ProcedureRequest request) {
        ProcedureResponse body = ProcedureResponse.of(procedures.draft(caller.get(), request.toCommand()));
        return Response.created(URI.create("/api/catalog/procedures/" + body.id())).entity(body).build();
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Công bố thủ tục (publish): dossiers may be filed against it")
    public ProcedureResponse publish(@PathParam("id") UUID id) {
        return ProcedureResponse.of(procedures.publish(id));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD,
            Roles.AGENCY_HEAD, Roles.PORTAL})
    public ProcedureResponse get(@PathParam("id") UUID id) {
        return ProcedureResponse.of(procedures.get(id));
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD,
            Roles.AGENCY_HEAD, Roles.PORTAL})
    @Operation(summary = "Danh mục thủ tục of the caller's province")
    public List<ProcedureResponse> list() {
        return procedures.list().stream().map(ProcedureResponse::of).toList();
    }
}
