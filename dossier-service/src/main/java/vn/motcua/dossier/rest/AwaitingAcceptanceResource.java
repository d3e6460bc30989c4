package vn.motcua.dossier.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.service.AwaitingAcceptance;
import vn.motcua.events.Channel;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.CurrentCaller;

@Path("/api/dossiers/awaiting-acceptance")
@Tag(name = "Hồ sơ (dossiers)")
public class AwaitingAcceptanceResource {
    @Inject
    AwaitingAcceptance awaiting;

    @Inject
    CurrentCaller caller;

    public record AwaitingResponse(UUID id, String procedureCode, String agency, Channel channel, Instant submittedAt,
            @Schema(description = "Hạn tiếp nhận: 8 working hours after submission (Decree 118/2025 Art. 17 cl. 2)")
            Instant answerBy,
            @Schema(description = "Quá hạn tiếp nhận: the 8 working hours have passed") boolean late) {
    }

    @GET
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.AGENCY_HEAD, Roles.PROVINCE_ADMIN})
    @Operation(summary = "Hồ sơ chờ tiếp nhận (awaiting acceptance): submitted online or by post, oldest first, each "
            + "with the end of the desk's 8 working hours (Decree 118/2025 Art. 17 cl. 2)")
    public List<AwaitingResponse> list(
            @Parameter(description = "true: only those past the 8 working hours (quá hạn tiếp nhận)")
            @QueryParam("overdue") String overdue,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return awaiting.list(caller.get(), flag(overdue), page, size).stream()
                .map(w -> new AwaitingResponse(w.id(), w.procedureCode(), w.agency(), w.channel(), w.submittedAt(),
                        w.answerBy(), w.late()))
                .toList();
    }

    /** Strict: "true" or "false", not whatever Boolean.parseBoolean makes of "yes". */
    private static boolean flag(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ProblemException.invalidField("overdue", "must be true or false");
    }
}
