package vn.motcua.reporting.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.tenant.CurrentCaller;
import vn.motcua.reporting.service.PeriodService;
import vn.motcua.reporting.service.ReportAccess;

/** The reporting periods of a province, the current one first, for the period pickers. */
@Path("/api/reports/periods")
@Tag(name = "Báo cáo định kỳ (periodic reports)")
public class PeriodResource {
    @Inject
    PeriodService periods;

    @Inject
    CurrentCaller caller;

    public record PeriodResponse(String kind, String label, LocalDate from, LocalDate to, String text) {
        static PeriodResponse of(ReportingPeriod p) {
            return new PeriodResponse(p.kind().name(), p.label(), p.from(), p.to(), p.text());
        }
    }

    @GET
    @Operation(summary = "Các kỳ báo cáo: month, quarter, half-year or year, cut with the province's cut-off")
    public List<PeriodResponse> periods(@QueryParam("kind") String kind, @QueryParam("count") String count,
            @QueryParam("province") String province) {
        ReportingPeriod.Kind k;
        try {
            k = ReportingPeriod.Kind.valueOf(kind == null ? "QUARTER" : kind);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("kind", "one of MONTH, QUARTER, HALF_YEAR, YEAR");
        }
        if (k == ReportingPeriod.Kind.RANGE) {
            throw ProblemException.invalidField("kind", "one of MONTH, QUARTER, HALF_YEAR, YEAR");
        }
        int n;
        try {
            n = count == null ? 8 : Integer.parseInt(count);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > 60) {
            throw ProblemException.invalidField("count", "a whole number from 1 to 60");
        }
        return periods.recent(ReportAccess.periodsProvince(caller.get(), Optional.ofNullable(province)), k, n)
                .stream().map(PeriodResponse::of).toList();
    }
}
