package vn.motcua.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Requests a portal may retry (RFC draft "The Idempotency-Key HTTP Header Field"): the first one under a key
 * does the work; a retry with the same key and the same request gets the first one's result; the same key
 * with a different request is the caller's error, which {@code earlier} reports. Usable by any caller of a use
 * case (REST, an import job, a portal sync), not only a resource.
 */
@ApplicationScoped
public class IdempotentRequests {
    @Inject
    ObjectMapper json;

    /** SHA-256 over the command's JSON: two requests are "the same" when their commands are equal. */
    public String fingerprint(Object command) {
        try {
            byte[] canonical = json.writeValueAsString(command).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint " + command.getClass().getSimpleName(), e);
        }
    }

    /**
     * {@code earlier}'s result if a request under the key already committed, else {@code create}'s, each in a new
     * transaction. Two retries racing both miss {@code earlier}; the store's unique key on (caller, key) lets one
     * commit and fails the other, which then answers with the winner's result.
     */
    public <T> T once(Supplier<Optional<T>> earlier, Supplier<T> create) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> earlier.get().orElseGet(create));
        } catch (RuntimeException e) {
            if (!UniqueViolation.in(e)) {
                throw e;
            }
            return QuarkusTransaction.requiringNew().call(earlier::get).orElseThrow(() -> e);
        }
    }
}
