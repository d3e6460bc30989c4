package vn.motcua.evaluation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.OptionalInt;
import vn.motcua.evaluation.repository.PublishedState;

/**
 * What was last published per aggregate, so that nothing equal to it is published again (a redelivery, a rebuild,
 * a recomputation that changes nothing) and a change continues its revisions: the content is compared by a hash of
 * its JSON with the revision and timestamps left out.
 */
@ApplicationScoped
public class Publications {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @Inject
    Clock clock;

    /**
     * The revision to publish {@code content} with, and records it as published; empty when it equals the last
     * published content of the aggregate.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OptionalInt next(String aggregate, Object content) {
        String hash = hash(content);
        PublishedState state = PublishedState.findById(aggregate);
        if (state != null && state.hash.equals(hash)) {
            return OptionalInt.empty();
        }
        if (state == null) {
            state = new PublishedState();
            state.id = aggregate;
            state.revision = 0;
        }
        state.hash = hash;
        state.revision++;
        state.publishedAt = clock.instant();
        state.persist();
        return OptionalInt.of(state.revision);
    }

    /** The revision last published, 0 when none was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int revision(String aggregate) {
        PublishedState state = PublishedState.findById(aggregate);
        return state == null ? 0 : state.revision;
    }

    static String hash(Object content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(JSON.writeValueAsString(content).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash " + content.getClass().getSimpleName(), e);
        }
    }
}
