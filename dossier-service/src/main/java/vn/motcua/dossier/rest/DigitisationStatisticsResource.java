package vn.motcua.dossier.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.service.CountDigitisationAndPayments;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.CurrentCaller;
import vn.motcua.platform.web.PlausibleDates;

@Path("/api/dossiers/statistics")
@Tag(name = "Hồ sơ (dossiers)")
public class DigitisationStatisticsResource {
    @Inject
    CountDigitisationAndPayments counts;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/digitisation-and-payments")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AGENCY_HEAD})
    @Operation(summary = "Số hóa, tái sử dụng và thanh toán trực tuyến (digitisation, reuse and online payment "
            + "counts, Decision 766 groups 3-4) of the dossiers accepted in [from, to)",
            description = "A province admin counts the province, an agency head the agency. Each number comes with"
                    + " its definition.")
    public DigitisationStatisticsResponse count(
            @Parameter(description = "Từ ngày (first day of the period)", example = "2026-01-01")
            @QueryParam("from") @NotNull LocalDate from,
            @Parameter(description = "Đến ngày (the day after the last)", example = "2026-04-01")
            @QueryParam("to") @NotNull LocalDate to) {
        plausible("from", from);
        plausible("to", to);
        return DigitisationStatisticsResponse.of(counts.count(caller.get(), from, to));
    }

    private static void plausible(String parameter, LocalDate day) {
        if (day.getYear() < PlausibleDates.FIRST_YEAR || day.getYear() > PlausibleDates.LAST_YEAR) {
            throw ProblemException.invalidField(parameter, "must be in the years " + PlausibleDates.FIRST_YEAR
                    + " to " + PlausibleDates.LAST_YEAR);
        }
    }
}
