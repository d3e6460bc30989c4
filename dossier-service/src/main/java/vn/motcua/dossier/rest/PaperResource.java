package vn.motcua.dossier.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.service.PaymentAndPaperQueries;
import vn.motcua.dossier.service.RecordPapers;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.CurrentCaller;

@Path("/api/dossiers/{id}/papers")
@Tag(name = "Hồ sơ (dossiers)")
public class PaperResource {
    @Inject
    RecordPapers papers;

    @Inject
    PaymentAndPaperQueries queries;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.PORTAL})
    @Operation(summary = "Ghi nhận thành phần hồ sơ (record papers): digitised (số hóa) or not, reused (tái sử "
            + "dụng) from an earlier dossier of the same applicant",
            description = "By the desk or the portal that submitted the dossier. Before acceptance a paper may be "
                    + "recorded again (digitised and reusedFrom replaced); after, a recorded paper is 409 and a new "
                    + "one is added. A reusedFrom that is not an accepted paper of this applicant's earlier dossier"
                    + " in the province is 422 naming papers[i].reusedFrom. Answers every paper of the dossier.")
    public List<PaperResponse> record(@PathParam("id") UUID id, @Valid @NotNull PapersRequest request) {
        return papers.record(caller.get(), id, request.toInputs()).stream().map(PaperResponse::of).toList();
    }

    @GET
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD, Roles.AGENCY_HEAD,
            Roles.PROVINCE_ADMIN, Roles.PORTAL})
    @Operation(summary = "Thành phần hồ sơ (papers) of a dossier the caller may see, by code")
    public List<PaperResponse> list(@PathParam("id") UUID id) {
        return queries.papers(caller.get(), id).stream().map(PaperResponse::of).toList();
    }
}
