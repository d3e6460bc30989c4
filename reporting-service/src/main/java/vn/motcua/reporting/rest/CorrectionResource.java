package vn.motcua.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.CurrentCaller;
import vn.motcua.reporting.service.CorrectionService;

@Path("/api/reports/corrections")
@Tag(name = "Điều chỉnh số liệu báo cáo (corrections)")
public class CorrectionResource {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Inject
    CorrectionService corrections;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AGENCY_HEAD})
    @Operation(summary = "Ghi nhận điều chỉnh một số liệu của biểu, with the reason; the computed figure stays",
            description = "The province admin for any agency of the province, an agency head for the own agency."
                    + " The row and column must be printed in that form for that scope (422 naming row / column);"
                    + " a count is whole. An Idempotency-Key makes a retry answer 200 with the same correction.")
    public Response record(
            @Parameter(description = "1-100 of A-Z a-z 0-9 . _ : -") @HeaderParam(IDEMPOTENCY_KEY) String key,
            @Valid @NotNull CorrectionRequest request) {
        if (key != null && !KEY.matcher(key).matches()) {
            throw ProblemException.invalidField(IDEMPOTENCY_KEY, "must be 1-100 of A-Z a-z 0-9 . _ : -");
        }
        CorrectionService.Recorded recorded = corrections.record(caller.get(), request.toCommand(),
                Optional.ofNullable(key));
        return Response.status(recorded.replay() ? Response.Status.OK : Response.Status.CREATED)
                .header("Idempotent-Replayed", recorded.replay())
                .entity(CorrectionResponse.of(recorded.correction())).build();
    }

    @GET
    @Operation(summary = "Các điều chỉnh của một biểu trong kỳ, oldest first (the latest per cell is in force)")
    public List<CorrectionResponse> list(
            @Parameter(description = "Biểu", example = "II.06b") @QueryParam("form") @NotBlank @Size(max = 20)
            String form,
            @Parameter(description = "Kỳ báo cáo", example = "2026-Q2") @QueryParam("period") @NotBlank
            @Pattern(regexp = CorrectionRequest.PERIOD, message = "must be a period label, e.g. 2026-Q2") String period,
            @Parameter(description = "Cơ quan") @QueryParam("agency") @Pattern(regexp = CorrectionRequest.CODE)
            String agency,
            @Parameter(description = "Mã tỉnh (national auditors)") @QueryParam("province")
            @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit province code") String province) {
        return corrections.list(caller.get(), form, period, Optional.ofNullable(agency), Optional.ofNullable(province))
                .stream().map(CorrectionResponse::of).toList();
    }
}
