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
import vn.motcua.catalog.service.TimeCutReviews;
import vn.motcua.catalog.service.TimeCutView;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.CurrentCaller;

@Path("/api/catalog/time-cuts")
@Tag(name = "Cắt giảm thời hạn (time-cut reviews)")
public class TimeCutResource {
    @Inject
    TimeCutReviews reviews;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Ghi nhận phương án cắt giảm thời hạn (adopt a time-cut review) of the caller's province; "
            + "days cut and the share cut are computed, never typed in")
    @APIResponse(responseCode = "201", description = "Adopted, with the computed totals",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TimeCutView.class)))
    public Response adopt(@Valid @NotNull TimeCutRequest request) {
        TimeCutView view = reviews.adopt(caller.get(), request.toCommand());
        return Response.created(URI.create("/api/catalog/time-cuts/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD,
            Roles.AGENCY_HEAD})
    @Operation(summary = "Các phương án cắt giảm thời hạn (time-cut reviews) of the caller's province, newest first")
    public List<TimeCutView> list() {
        return reviews.list();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD,
            Roles.AGENCY_HEAD})
    @Operation(summary = "Một phương án cắt giảm thời hạn (one time-cut review) with its computed figures")
    public TimeCutView get(@PathParam("id") UUID id) {
        return reviews.get(id);
    }
}
