package vn.motcua.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.catalog.domain.FieldCode;
import vn.motcua.catalog.service.FieldService;
import vn.motcua.platform.security.Roles;

@Path("/api/catalog/fields")
@Tag(name = "Cơ quan, đơn vị, lĩnh vực (organisation)")
public class FieldResource {
    @Inject
    FieldService fields;

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD,
            Roles.AGENCY_HEAD, Roles.PORTAL})
    @Operation(summary = "Danh sách lĩnh vực (fields) of the caller's province, with the agency handling each")
    public List<FieldResponse> list() {
        return fields.list().stream().map(FieldResponse::of).toList();
    }

    @POST
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Tạo lĩnh vực (create a field) handled by an agency of the caller's province")
    @APIResponse(responseCode = "201", description = "Created; the agency's AgencyChanged is published",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FieldResponse.class)))
    public Response create(@Valid @NotNull FieldRequest request) {
        FieldResponse body = FieldResponse.of(fields.create(request.toCommand()));
        return Response.created(URI.create("/api/catalog/fields/" + body.code())).entity(body).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Cập nhật lĩnh vực (update a field): name, handling agency; the same body again "
            + "changes nothing")
    public FieldResponse update(@PathParam("code") @Parameter(example = "G19-KHCN01")
            @Pattern(regexp = FieldCode.PATTERN, message = FieldCode.MESSAGE) String code,
            @Valid @NotNull FieldChangeRequest request) {
        return FieldResponse.of(fields.update(code, request.toCommand()));
    }
}
