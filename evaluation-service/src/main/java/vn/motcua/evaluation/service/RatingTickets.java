package vn.motcua.evaluation.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import vn.motcua.evaluation.config.RatingTicketConfig;
import vn.motcua.platform.security.RatingTicket;

/**
 * Checks the tickets dossier-service's public lookup hands out. Built at start-up, so a key shorter than 32 bytes
 * stops the service at once (RatingTicket refuses it) instead of failing the first rating.
 */
@Startup
@ApplicationScoped
public class RatingTickets {
    private final RatingTicket tickets;

    @Inject
    public RatingTickets(RatingTicketConfig config) {
        this.tickets = new RatingTicket(config.key());
    }

    public Optional<RatingTicket.Claims> verify(String ticket, Instant now) {
        return tickets.verify(ticket, now);
    }
}
