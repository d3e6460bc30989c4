package vn.motcua.dossier.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The key dossier-service shares with evaluation-service to sign the rating tickets the public lookup hands out
 * ({@link vn.motcua.platform.security.RatingTicket}); env {@code MOTCUA_RATING_TICKET_KEY}. The default is the
 * demo's; a deployment sets its own (at least 32 bytes, checked at start-up by {@code service.RatingTickets}).
 */
@ConfigMapping(prefix = "motcua.rating-ticket")
public interface RatingTicketConfig {
    @WithDefault("mot-cua-rating-ticket-demo-key-change-me-000001")
    String key();
}
