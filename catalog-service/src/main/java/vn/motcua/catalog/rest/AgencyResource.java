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
import vn.motcua.catalog.service.AgencyService;
import vn.motcua.platform.security.Roles;

@Path("/api/catalog/agencies")
@Tag(name = "Cơ quan, đơn vị, lĩnh vực (organisation)")
public class AgencyResource {
    @Inject
    AgencyService agencies;

    @POST
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Tạo cơ quan (create an agency) of the caller's province: a Sở, or a Chi cục under it")
    @APIResponse(responseCode = "201", description = "Created, with revision 1; AgencyChanged is published",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgencyResponse.class)))
    public Response create(@Valid @NotNull AgencyRequest request) {
        AgencyResponse body = AgencyResponse.of(agencies.create(request.toCommand()));
        return Response.created(URI.create("/api/catalog/agencies/" + body.code())).entity(body).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Cập nhật cơ quan (update an agency): name, official code, parent, active dates; "
            + "the same body again changes nothing")
    public AgencyResponse update(@PathParam("code") @Parameter(example = "SKHCN-20") @Size(max = PlatformCode.MAX_LENGTH)
            @Pattern(regexp = PlatformCode.PATTERN, message = PlatformCode.MESSAGE) String code,
            @Valid @NotNull AgencyChangeRequest request) {
        return AgencyResponse.of(agencies.update(code, request.toCommand()));
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD,
            Roles.AGENCY_HEAD, Roles.PORTAL})
    @Operation(summary = "Xem cơ quan (an agency) with its units and fields")
    public AgencyResponse get(@PathParam("code") @Parameter(example = "SKHCN-20") @Size(max = PlatformCode.MAX_LENGTH)
            @Pattern(regexp = PlatformCode.PATTERN, message = PlatformCode.MESSAGE) String code) {
        return AgencyResponse.of(agencies.get(code));
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD,
            Roles.AGENCY_HEAD, Roles.PORTAL})
    @Operation(summary = "Danh sách cơ quan (agencies) of the caller's province, with units and fields")
    public List<AgencyResponse> list() {
        return agencies.list().stream().map(AgencyResponse::of).toList();
    }
}
