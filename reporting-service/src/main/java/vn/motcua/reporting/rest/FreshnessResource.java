package vn.motcua.reporting.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.reporting.service.Freshness;

@Path("/api/reports/freshness")
@Tag(name = "Báo cáo định kỳ (periodic reports)")
public class FreshnessResource {
    @Inject
    Freshness freshness;

    /**
     * @param dataAsOf   the time of the newest dossier event the reports hold (null before any)
     * @param lagSeconds 0 when every dossier event has been applied, else how old {@code dataAsOf} is
     */
    public record FreshnessResponse(Instant dataAsOf, long lagSeconds) {
    }

    @GET
    @Operation(summary = "Số liệu tính đến: the time of the newest dossier event the reports count, and the lag",
            description = "lagSeconds is 0 when the reports' consumer has applied every dossier event published;"
                    + " otherwise now minus dataAsOf.")
    public FreshnessResponse freshness() {
        return new FreshnessResponse(freshness.dataAsOf(), freshness.lagSeconds());
    }
}
