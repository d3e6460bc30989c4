package vn.motcua.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.evaluation.service.EvaluationService;
import vn.motcua.platform.security.Roles;

@Path("/api/evaluations")
@Tag(name = "Đánh giá việc giải quyết hồ sơ (evaluations)")
public class EvaluationResource {
    @Inject
    EvaluationService evaluations;

    @GET
    @Path("/dossiers/{dossierId}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_LEAD, Roles.AGENCY_HEAD, Roles.PROCESSING_OFFICER,
            Roles.RECEPTION_OFFICER})
    @Operation(summary = "Điểm đánh giá of a resolved dossier of the caller's province",
            description = "404 urn:mot-cua:problem:not-evaluated until the dossier is resolved (đã giải quyết)"
                    + " and scored; a dossier of another province looks the same.")
    public EvaluationResponse dossier(@PathParam("dossierId") UUID dossierId) {
        return EvaluationResponse.of(dossierId, evaluations.scoresOf(dossierId));
    }
}
