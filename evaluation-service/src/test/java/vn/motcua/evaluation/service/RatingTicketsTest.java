package vn.motcua.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.security.RatingTicket;

/** The shared key is checked when the service starts: shorter than 32 bytes stops it. */
class RatingTicketsTest {
    @Test
    void aKeyShorterThan32BytesStopsTheService() {
        assertThatThrownBy(() -> new RatingTickets(() -> "0123456789012345678901234567890"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 32 bytes");
    }

    @Test
    void thirtyTwoBytesCheckTheTicketsOfTheSameKey() {
        String key = "01234567890123456789012345678901";
        UUID dossier = UUID.fromString("7b0c4a36-5d7e-4b8e-9a51-0d2f6f1f2a10");
        Instant now = Instant.parse("2026-11-30T03:00:00Z");
        String ticket = new RatingTicket(key).issue(dossier, new ProvinceCode("20"), now);
        RatingTicket.Claims claims = new RatingTickets(() -> key).verify(ticket, now.plusSeconds(60)).orElseThrow();
        assertThat(claims.dossierId()).isEqualTo(dossier);
        assertThat(claims.province()).isEqualTo(new ProvinceCode("20"));
        assertThat(claims.expiresAt()).isEqualTo(Instant.parse("2026-12-01T03:00:00Z"));
    }
}
