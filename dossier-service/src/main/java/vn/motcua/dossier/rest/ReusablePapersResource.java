package vn.motcua.dossier.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.service.PaymentAndPaperQueries;
import vn.motcua.platform.security.Roles;

/**
 * A search by the applicant's id number is a POST with the number in the body, not a GET with it in the query:
 * URLs are written to access logs (gateway, proxies, the service's own), and the id number is personal data that
 * is never logged in clear. Nothing is created; the search is safe to repeat.
 */
@Path("/api/dossiers/reusable-papers")
@Tag(name = "Hồ sơ (dossiers)")
public class ReusablePapersResource {
    @Inject
    PaymentAndPaperQueries queries;

    @POST
    @Path("/search")
    @RolesAllowed(Roles.RECEPTION_OFFICER)
    @Operation(summary = "Giấy tờ đã nộp (reusable papers): the applicant's papers accepted with earlier dossiers of "
            + "the province, newest first, so the desk does not ask for them again (Decree 118/2025 Art. 5 cl. 1i)",
            description = "POST, with the id number in the body: a URL ends in access logs, personal data must not.")
    public List<ReusablePaperResponse> search(@Valid @NotNull ReusablePapersRequest request) {
        return queries.reusablePapers(request.idNumber()).stream().map(ReusablePaperResponse::of).toList();
    }
}
