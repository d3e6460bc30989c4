package vn.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.OptionalInt;
import java.util.UUID;
import vn.motcua.catalog.repository.CalendarPublication;
import vn.motcua.catalog.repository.ProvinceRegisterEntry;
import vn.motcua.events.CalendarChanged;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.platform.outbox.Outbox;

/**
 * Publishes the current tenant's calendar when its content differs from the last one published: revision + 1,
 * the full snapshot, through the outbox in the caller's transaction (so a refused change publishes nothing).
 */
@ApplicationScoped
public class CalendarPublisher {
    @Inject
    CalendarSnapshots snapshots;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The revision published, or empty when nothing changed since the last one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OptionalInt publishIfChanged(ProvinceRegisterEntry province) {
        // revision and time left out: the hash says whether the content changed
        String hash = sha256(CloudEventCodec.payloadJson(snapshots.of(province, 0, Instant.EPOCH)));
        CalendarPublication last = CalendarPublication.lockedForUpdate().orElse(null);
        if (last != null && last.contentHash.equals(hash)) {
            return OptionalInt.empty();
        }
        if (last == null) {
            last = new CalendarPublication();
            last.id = UUID.randomUUID();
            last.revision = 0;
        }
        last.revision++;
        last.contentHash = hash;
        last.publishedAt = clock.instant();
        last.persist();
        CalendarChanged snapshot = snapshots.of(province, last.revision, last.publishedAt);
        outbox.add(snapshot);
        return OptionalInt.of(last.revision);
    }

    /** The revision last published for the current tenant, 0 before the first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int currentRevision() {
        return CalendarPublication.<CalendarPublication>findAll().firstResultOptional().map(p -> p.revision)
                .orElse(0);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
