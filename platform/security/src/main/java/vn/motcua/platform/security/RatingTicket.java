package vn.motcua.platform.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.motcua.events.ProvinceCode;

/**
 * Proof that its bearer showed a dossier's receipt secret (mã tra cứu) to dossier-service, handed out by the public
 * status lookup and taken by evaluation-service's rating: the applicant rates the dossier they can look up, and only
 * dossier-service ever sees the secret or its hash (a SHA-256 of a 49-bit secret in an event would let anyone with
 * the topic guess it offline). An HMAC-SHA256 over the dossier, its province and an expiry, with a key the two
 * services share ({@code MOTCUA_RATING_TICKET_KEY}); nothing is stored, so a ticket is checked without a call to
 * dossier-service. Shape: {@code v1.<base64url payload>.<base64url mac>}, payload = 16 bytes of dossier id, 2 ASCII
 * digits of province, 8 bytes of expiry in epoch seconds.
 *
 * <p>Rating once is enforced by evaluation-service's store, not by the ticket: a ticket may be presented again and
 * is then refused as a second rating.
 */
public final class RatingTicket {
    /** How long a ticket stays good: the applicant rates from the page the lookup drew. */
    public static final Duration LIFETIME = Duration.ofHours(24);
    private static final String PREFIX = "v1.";
    private static final int PAYLOAD_BYTES = 16 + 2 + 8;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    /** What a good ticket vouches for. */
    public record Claims(UUID dossierId, ProvinceCode province, Instant expiresAt) {
    }

    private final byte[] key;

    /** @param key at least 32 bytes of the shared secret (UTF-8 of the configured text) */
    public RatingTicket(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 32) {
            throw new IllegalArgumentException("the rating ticket key must be at least 32 bytes");
        }
        this.key = bytes;
    }

    public String issue(UUID dossierId, ProvinceCode province, Instant now) {
        ByteBuffer payload = ByteBuffer.allocate(PAYLOAD_BYTES);
        payload.putLong(dossierId.getMostSignificantBits()).putLong(dossierId.getLeastSignificantBits());
        payload.put(province.value().getBytes(StandardCharsets.US_ASCII));
        payload.putLong(now.plus(LIFETIME).getEpochSecond());
        byte[] bytes = payload.array();
        return PREFIX + B64.encodeToString(bytes) + "." + B64.encodeToString(mac(bytes));
    }

    /** The claims of a genuine, unexpired ticket; empty for anything else (malformed, forged, expired). */
    public Optional<Claims> verify(String ticket, Instant now) {
        if (ticket == null || !ticket.startsWith(PREFIX) || ticket.length() > 120) {
            return Optional.empty();
        }
        String[] parts = ticket.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        byte[] payload;
        byte[] mac;
        try {
            payload = B64D.decode(parts[0]);
            mac = B64D.decode(parts[1]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (payload.length != PAYLOAD_BYTES || !MessageDigest.isEqual(mac, mac(payload))) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(payload);
        UUID dossier = new UUID(b.getLong(), b.getLong());
        byte[] province = new byte[2];
        b.get(province);
        String code = new String(province, StandardCharsets.US_ASCII);
        Instant expires = Instant.ofEpochSecond(b.getLong());
        if (!ProvinceCode.isValid(code) || !now.isBefore(expires)) {
            return Optional.empty();
        }
        return Optional.of(new Claims(dossier, new ProvinceCode(code), expires));
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
