package vn.motcua.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.evaluation.repository.Rating;
import vn.motcua.events.RatingSubmitted;
import vn.motcua.platform.idempotency.IdempotentRequests;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.RatingTicket;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.TenantRunner;

/**
 * The applicant rates a returned dossier, once (đánh giá: Decree 118/2025 Art. 33 cl. 1): from the public lookup
 * page without signing in, or through a provincial portal on the applicant's behalf. Who may rate is proven by the
 * rating ticket the lookup handed out to whoever showed the receipt's secret; the work runs as the ticket's
 * province. The rating, the recomputation of the dossier's evaluation and {@link RatingSubmitted} commit together.
 */
@ApplicationScoped
public class RateDossier {
    public static final String PUBLIC_PAGE = "PUBLIC_PAGE";
    public static final String PORTAL = "PORTAL";

    @Inject
    RatingTickets tickets;

    @Inject
    TenantRunner tenants;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    DossierDirectory directory;

    @Inject
    Reevaluation reevaluation;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** @param contents content name to score, as sent (checked here) */
    public record RateCommand(String ticket, Map<String, Integer> contents, String comment) {
    }

    /** @param replay true when this was a retry of the rating already stored */
    public record RatingView(String dossierCode, List<RatedContent> contents, Instant ratedAt, boolean replay) {
    }

    public record RatedContent(RatingContent content, int score) {
    }

    public RatingView rate(Caller caller, RateCommand command) {
        Instant now = clock.instant();
        // stored to the microsecond: the answer of a retry shows the same instant as the first one
        Instant ratedAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        RatingTicket.Claims claims = tickets.verify(command.ticket(), now).orElseThrow(() -> new ProblemException(
                422, "invalid-ticket", "Invalid rating ticket",
                "The rating ticket is missing, damaged, forged or expired; look the dossier up again to rate it.",
                List.of(new Problem.FieldError("ticket", "is not a valid, unexpired rating ticket"))));
        Map<RatingContent, Integer> scores = checked(command.contents());
        // a portal rates only its own province's dossiers: another province's dossier does not exist for it
        if (caller.province().filter(p -> !p.equals(claims.province())).isPresent()) {
            throw notFound();
        }
        String channel = caller.has(Roles.PORTAL) ? PORTAL : PUBLIC_PAGE;
        String comment = command.comment() == null || command.comment().isBlank() ? null : command.comment();
        String ticketHash = sha256(command.ticket());
        return tenants.callAs(claims.province(), () -> idempotent.once(
                () -> Rating.ofDossier(claims.dossierId()).map(r -> replay(r, ticketHash, scores, comment)),
                () -> store(claims, scores, comment, channel, caller, ticketHash, ratedAt)));
    }

    private RatingView store(RatingTicket.Claims claims, Map<RatingContent, Integer> scores, String comment,
            String channel, Caller caller, String ticketHash, Instant now) {
        DossierDirectory.DossierSummary dossier = directory.find(claims.dossierId())
                .filter(d -> d.returnedAt() != null)
                .orElseThrow(() -> new ProblemException(409, "not-returned", "Not returned yet",
                        "The dossier can be rated once its result was handed over (đã trả kết quả)."));
        Rating r = new Rating();
        r.dossierId = dossier.dossierId();
        r.dossierCode = dossier.dossierCode();
        r.agency = dossier.agency();
        Map<String, Integer> byName = new LinkedHashMap<>();
        scores.forEach((content, score) -> byName.put(content.name(), score));
        r.scores(byName);
        r.comment = comment;
        r.channel = channel;
        r.ratedBy = caller.name();
        r.ratedAt = now;
        r.ticketHash = ticketHash;
        r.persist();
        r.flush();
        reevaluation.dossierChanged(r.dossierId);
        outbox.add(new RatingSubmitted(r.dossierId, r.dossierCode, r.agency, channel,
                scores.entrySet().stream().map(e -> new RatingSubmitted.RatedContent(e.getKey().name(), e.getValue()))
                        .toList(), comment != null, now));
        return view(r, false);
    }

    /** The same ticket with the same contents and comment is a retry; anything else rates a second time. */
    private static RatingView replay(Rating stored, String ticketHash, Map<RatingContent, Integer> scores,
            String comment) {
        Map<String, Integer> asked = new LinkedHashMap<>();
        scores.forEach((content, score) -> asked.put(content.name(), score));
        if (stored.ticketHash.equals(ticketHash) && stored.scores().equals(asked)
                && Objects.equals(stored.comment, comment)) {
            return view(stored, true);
        }
        throw new ProblemException(409, "already-rated", "Already rated",
                "Dossier " + stored.dossierCode + " was rated on " + stored.ratedAt
                        + "; a dossier is rated once (hồ sơ đã được đánh giá).");
    }

    static RatingView view(Rating r, boolean replay) {
        return new RatingView(r.dossierCode, contentsOf(r.scores()), r.ratedAt, replay);
    }

    /** The stored scores in the order of the decree's list. */
    static List<RatedContent> contentsOf(Map<String, Integer> scores) {
        return scores.entrySet().stream()
                .flatMap(e -> RatingContent.named(e.getKey()).map(c -> new RatedContent(c, e.getValue())).stream())
                .sorted(Comparator.comparing(RatedContent::content)).toList();
    }

    /**
     * At least one content, each one of the nine with a score 0 to 2; every wrong one is named (422), nothing is
     * guessed (a lower-case name is not the content).
     */
    private static Map<RatingContent, Integer> checked(Map<String, Integer> contents) {
        if (contents == null || contents.isEmpty()) {
            throw new ProblemException(422, "invalid-rating", "Invalid rating", "Rate at least one content.",
                    List.of(new Problem.FieldError("contents", "must rate at least one of "
                            + List.of(RatingContent.values()))));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<RatingContent, Integer> scores = new java.util.EnumMap<>(RatingContent.class);
        contents.forEach((name, score) -> {
            Optional<RatingContent> content = RatingContent.named(name);
            if (content.isEmpty()) {
                errors.add(new Problem.FieldError("contents." + name,
                        "is not a content to rate; one of " + List.of(RatingContent.values())));
            } else if (score == null || score < RatingContent.MIN_SCORE || score > RatingContent.MAX_SCORE) {
                errors.add(new Problem.FieldError("contents." + name,
                        "must be 0 (không hài lòng), 1 (hài lòng) or 2 (rất hài lòng)"));
            } else {
                scores.put(content.get(), score);
            }
        });
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field));
            throw new ProblemException(422, "invalid-rating", "Invalid rating",
                    String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList()), errors);
        }
        return scores;
    }

    private static ProblemException notFound() {
        return new ProblemException(404, "not-found", "Dossier not found",
                "The ticket is for a dossier of another province than your portal's.");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
