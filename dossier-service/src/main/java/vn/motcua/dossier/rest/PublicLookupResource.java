package vn.motcua.dossier.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.domain.DossierAction;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.service.LookupLimits;
import vn.motcua.dossier.service.LookupSecret;
import vn.motcua.dossier.service.PublicLookup;
import vn.motcua.dossier.service.PublicStatus;
import vn.motcua.events.Timeliness;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.problem.Problems;

@Path("/api/public/dossiers")
@Tag(name = "Tra cứu hồ sơ (public lookup)")
public class PublicLookupResource {
    /**
     * Mã hồ sơ as printed on the receipt (DossierNumbers): the issuer's official code under QCVN 102:2016 (or the
     * province's while the agency replica has none), YYMMDD, daily sequence.
     */
    static final Pattern CODE = Pattern.compile(
            "([0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9]{2}|[0-9]{2})-[0-9]{6}-[0-9]{4,6}");
    private static final Pattern SECRET = Pattern.compile(LookupSecret.SHAPE);

    @Inject
    PublicLookup lookup;

    public record PublicDossierResponse(
            @Schema(description = "Mã hồ sơ") String code,
            DossierStatus status,
            @Schema(description = "Trạng thái, in Vietnamese (e.g. Đang giải quyết)") String statusLabel,
            @Schema(description = "Mã thủ tục") String procedureCode,
            @Schema(description = "Ngày tiếp nhận") Instant receivedAt,
            @Schema(description = "Ngày hẹn trả (after a restart or an apology, the new one)") Instant dueAt,
            @Schema(description = "Trước hạn / đúng hạn / quá hạn, once resolved") Timeliness timeliness,
            @Schema(description = "Ngày trả kết quả") Instant returnedAt,
            @Schema(description = "Quá trình xử lý: what happened and when; never who") List<Step> timeline,
            @Schema(description = "Vé đánh giá: proof that the receipt was shown, for POST /api/evaluations/ratings"
                    + " (valid 24 h; the dossier is rated once). Given for every dossier found; keep it in memory,"
                    + " never in a URL") String ratingTicket,
            @Schema(description = "Whether the applicant may rate it now: the result was handed over (RETURNED)")
            boolean rateable) {

        public record Step(DossierAction action, @Schema(description = "in Vietnamese") String label, Instant at) {
        }

        static PublicDossierResponse of(PublicStatus s) {
            return new PublicDossierResponse(s.code(), s.status(), VietnameseLabels.of(s.status()), s.procedureCode(),
                    s.receivedAt(), s.dueAt(), s.timeliness(), s.returnedAt(), s.timeline().stream()
                            .map(e -> new Step(e.action(), VietnameseLabels.of(e.action()), e.at())).toList(),
                    s.ratingTicket(), s.rateable());
        }
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(summary = "Tra cứu tình trạng hồ sơ (public status lookup) by the code and the secret (mã tra cứu) "
            + "printed on the receipt; no sign-in, no personal data",
            description = "A wrong secret and an unknown code both answer 404. Limited per client address and per "
                    + "code (wrong secrets): over a limit, 429 with Retry-After. The answer carries a rating ticket"
                    + " (ratingTicket) and, once the result was returned (rateable), the applicant rates with it at"
                    + " POST /api/evaluations/ratings.")
    @APIResponse(responseCode = "200", description = "The dossier's status and timeline",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = PublicDossierResponse.class)))
    @APIResponse(responseCode = "404", description = "No dossier has this code and secret")
    @APIResponse(responseCode = "429", description = "Too many lookups; retry after the Retry-After seconds")
    public Response find(
            @Parameter(description = "Mã hồ sơ, e.g. 000.00.15.H20-260212-0001") @PathParam("code") String code,
            @Parameter(description = "Mã tra cứu: 10 characters of the receipt, upper or lower case")
            @QueryParam("secret") String secret,
            @Context HttpServerRequest request) {
        if (!CODE.matcher(code).matches()) {
            throw ProblemException.invalidField("code", "must be a dossier code as printed, e.g."
                    + " 000.00.15.H20-260212-0001 or 20-260212-0001");
        }
        if (secret == null || !SECRET.matcher(secret).matches()) {
            throw ProblemException.invalidField("secret", "must be the 10 characters of the receipt's mã tra cứu");
        }
        try {
            return Response.ok(PublicDossierResponse.of(lookup.find(ClientAddress.of(request), code, secret)))
                    .build();
        } catch (LookupLimits.Limited e) {
            long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
            return Response.fromResponse(Problems.response(429, "rate-limited", "Too many lookups",
                            "More than " + e.limit() + "; retry after " + seconds + " s.",
                            request.path(), List.of()))
                    .header("Retry-After", Long.toString(seconds)).build();
        }
    }
}
