package vn.motcua.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.CurrentCaller;
import vn.motcua.reporting.service.TargetService;

@Path("/api/reports/targets/{year}")
@Tag(name = "Chỉ tiêu kế hoạch (plan targets)")
public class TargetResource {
    @Inject
    TargetService targets;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Chỉ tiêu kế hoạch của tỉnh trong năm, with the history of every change",
            description = "The caller's province; a national auditor names province= (400 otherwise), another"
                    + " province for anyone else is 403 foreign-province.")
    public TargetsResponse get(
            @Parameter(description = "Năm", example = "2026") @PathParam("year") @Min(2000) @Max(2100) int year,
            @Parameter(description = "Mã tỉnh (national auditors)") @QueryParam("province")
            @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit province code") String province) {
        return TargetsResponse.of(targets.view(caller.get(), year, Optional.ofNullable(province)));
    }

    @PUT
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Nhập chỉ tiêu kế hoạch (the province admin): each changed figure a new entry",
            description = "Unknown KPI or a percent outside 0..100 or with more than one decimal: 422 naming"
                    + " targets.X. The same figures and source again add nothing.")
    public TargetsResponse put(
            @Parameter(description = "Năm", example = "2026") @PathParam("year") @Min(2000) @Max(2100) int year,
            @Valid @NotNull TargetRequest request) {
        return TargetsResponse.of(targets.set(caller.get(), year, request.toCommand()));
    }
}
