package vn.motcua.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The key evaluation-service shares with dossier-service's public lookup to check rating tickets
 * ({@link vn.motcua.platform.security.RatingTicket}); env {@code MOTCUA_RATING_TICKET_KEY}. The default is the
 * demo's, so a platform started without it still rates; a deployment sets its own (at least 32 bytes, checked at
 * start-up by {@code service.RatingTickets}).
 */
@ConfigMapping(prefix = "motcua.rating-ticket")
public interface RatingTicketConfig {
    @WithDefault("mot-cua-rating-ticket-demo-key-change-me-000001")
    String key();
}
