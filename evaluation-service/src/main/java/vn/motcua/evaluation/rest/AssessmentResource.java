package vn.motcua.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.evaluation.service.ManualAssessments;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.CurrentCaller;

@Path("/api/evaluations/assessments")
@Tag(name = "Nội dung đánh giá nhập tay (manual assessments)")
public class AssessmentResource {
    @Inject
    ManualAssessments assessments;

    @Inject
    CurrentCaller caller;

    @PUT
    @Path("/{agency}")
    @RolesAllowed({Roles.AGENCY_HEAD, Roles.PROVINCE_ADMIN})
    @Operation(summary = "Nhập nội dung đánh giá của cơ quan cho một quý (enter items by hand); append-only",
            description = "By the agency's head or the province admin (else 403 outside-jurisdiction). 422 naming"
                    + " period (not YYYY-Qn) or items[i].item / .points / .note.")
    public AssessmentResponse enter(
            @PathParam("agency") @Pattern(regexp = FeedbackRequest.CODE) String agency,
            @Parameter(description = "Quý, e.g. 2026-Q2") @QueryParam("period") String period,
            @Valid @NotNull AssessmentRequest request) {
        return AssessmentResponse.of(assessments.enter(caller.get(), agency, period, request.toEntries()));
    }

    @GET
    @Path("/{agency}")
    @RolesAllowed({Roles.AGENCY_HEAD, Roles.PROVINCE_ADMIN})
    @Operation(summary = "Nội dung nhập tay của cơ quan cho một quý: the latest of each item and the history")
    public AssessmentResponse read(
            @PathParam("agency") @Pattern(regexp = FeedbackRequest.CODE) String agency,
            @Parameter(description = "Quý, e.g. 2026-Q2") @QueryParam("period") String period) {
        return AssessmentResponse.of(assessments.of(caller.get(), agency, period));
    }
}
