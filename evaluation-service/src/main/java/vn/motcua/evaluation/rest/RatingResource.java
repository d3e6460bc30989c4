package vn.motcua.evaluation.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.evaluation.service.RateDossier;
import vn.motcua.platform.tenant.CurrentCaller;

@Path("/api/evaluations/ratings")
@Tag(name = "Đánh giá của tổ chức, cá nhân (ratings)")
public class RatingResource {
    @Inject
    RateDossier ratings;

    @Inject
    CurrentCaller caller;

    @POST
    @PermitAll
    @Operation(summary = "Đánh giá việc giải quyết hồ sơ (rate a returned dossier), once; no sign-in: the ticket of"
            + " the public lookup proves the receipt was shown. A portal may rate with its token for its province.",
            description = "422 invalid-ticket naming ticket (missing, forged, expired); 422 invalid-rating naming"
                    + " contents or contents.<NAME> (no content, an unknown content, a score outside 0-2); 409"
                    + " not-returned before the result was handed over; 409 already-rated for a second rating; 404"
                    + " for a portal of another province. The same ticket, contents and comment again answer 200"
                    + " with the stored rating (a retry).")
    @APIResponse(responseCode = "201", description = "Đã ghi nhận đánh giá",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RatingResponse.class)))
    @APIResponse(responseCode = "200", description = "A retry of the stored rating",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RatingResponse.class)))
    public Response rate(@Valid @NotNull RatingRequest request) {
        RateDossier.RatingView rated = ratings.rate(caller.get(), request.toCommand());
        return Response.status(rated.replay() ? Response.Status.OK : Response.Status.CREATED)
                .entity(RatingResponse.of(rated)).build();
    }
}
