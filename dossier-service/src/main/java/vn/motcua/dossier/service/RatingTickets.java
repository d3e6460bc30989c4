package vn.motcua.dossier.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import vn.motcua.dossier.config.RatingTicketConfig;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.security.RatingTicket;

/**
 * Signs the rating tickets of the public lookup: whoever showed the receipt's secret may rate the dossier at
 * evaluation-service, which never sees the secret. Built at start-up, so a key shorter than 32 bytes stops the
 * service at once instead of failing the first lookup.
 */
@Startup
@ApplicationScoped
public class RatingTickets {
    private final RatingTicket tickets;

    @Inject
    public RatingTickets(RatingTicketConfig config) {
        this.tickets = new RatingTicket(config.key());
    }

    public String issue(UUID dossierId, ProvinceCode province, Instant now) {
        return tickets.issue(dossierId, province, now);
    }
}
