package vn.motcua.dossier.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.service.OverdueSweep;
import vn.motcua.dossier.service.SweepReport;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.CurrentCaller;
import vn.motcua.platform.tenant.NoProvinceException;

@Path("/api/dossiers/sweeps")
@Tag(name = "Hồ sơ (dossiers)")
public class SweepResource {
    @Inject
    OverdueSweep sweep;

    @Inject
    CurrentCaller caller;

    /** What one sweep of the caller's province did. */
    public record SweepResponse(String province, Instant at, int nearingDue, int overdue, int closed) {
        static SweepResponse of(SweepReport r) {
            return new SweepResponse(r.province().value(), r.at(), r.nearingDue(), r.overdue(), r.closed());
        }
    }

    @POST
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Rà soát hạn (overdue sweep) of your province now: announce dossiers sắp đến hạn (nearing "
            + "due) and quá hạn (overdue), and close (kết thúc) those whose requested supplement did not come",
            description = "The same sweep runs on a schedule; each announcement is made once per dossier and "
                    + "appointed date however often it runs. Answers how many dossiers it announced and closed.")
    public SweepResponse run() {
        return SweepResponse.of(sweep.sweep(caller.get().province().orElseThrow(NoProvinceException::new)));
    }
}
