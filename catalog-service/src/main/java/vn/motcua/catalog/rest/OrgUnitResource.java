package vn.motcua.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import vn.motcua.catalog.domain.PlatformCode;
import vn.motcua.catalog.service.OrgUnitService;
import vn.motcua.platform.security.Roles;

@Path("/api/catalog/agencies/{code}/units")
@Tag(name = "Cơ quan, đơn vị, lĩnh vực (organisation)")
public class OrgUnitResource {
    @Inject
    OrgUnitService units;

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD,
            Roles.AGENCY_HEAD, Roles.PORTAL})
    @Operation(summary = "Danh sách đơn vị (units) of an agency")
    public List<OrgUnitResponse> list(@PathParam("code") @Parameter(example = "SKHCN-20")
            @Size(max = PlatformCode.MAX_LENGTH) @Pattern(regexp = PlatformCode.PATTERN,
                    message = PlatformCode.MESSAGE) String code) {
        return units.list(code).stream().map(OrgUnitResponse::of).toList();
    }

    @POST
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Tạo đơn vị (create a unit) of an agency: a phòng, its leadership, its one-stop desk")
    @APIResponse(responseCode = "201", description = "Created; the agency's AgencyChanged is published",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrgUnitResponse.class)))
    public Response create(@PathParam("code") @Parameter(example = "SKHCN-20") @Size(max = PlatformCode.MAX_LENGTH)
            @Pattern(regexp = PlatformCode.PATTERN, message = PlatformCode.MESSAGE) String code,
            @Valid @NotNull OrgUnitRequest request) {
        OrgUnitResponse body = OrgUnitResponse.of(units.create(code, request.toCommand()));
        return Response.created(URI.create("/api/catalog/agencies/" + code + "/units/" + body.code()))
                .entity(body).build();
    }

    @PUT
    @Path("/{unit}")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Cập nhật đơn vị (update a unit): official code, name, kind; the same body again "
            + "changes nothing")
    public OrgUnitResponse update(@PathParam("code") @Parameter(example = "SKHCN-20")
            @Size(max = PlatformCode.MAX_LENGTH) @Pattern(regexp = PlatformCode.PATTERN,
                    message = PlatformCode.MESSAGE) String code,
            @PathParam("unit") @Parameter(example = "QLKH") @Size(max = PlatformCode.MAX_LENGTH)
            @Pattern(regexp = PlatformCode.PATTERN, message = PlatformCode.MESSAGE) String unit,
            @Valid @NotNull OrgUnitChangeRequest request) {
        return OrgUnitResponse.of(units.update(code, unit, request.toCommand()));
    }
}
