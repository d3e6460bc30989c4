package vn.motcua.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

@ConfigMapping(prefix = "motcua.outbox")
public interface OutboxConfig {
    /** Off only in tests that publish by hand. */
    @WithDefault("true")
    boolean enabled();

    @WithName("bootstrap-servers")
    @WithDefault("${kafka.bootstrap.servers:localhost:9092}")
    String bootstrapServers();

    /** Rows published per round. */
    @WithDefault("500")
    int batchSize();

    /** How often to look for rows nobody woke the relay for (e.g. written by another instance). */
    @WithDefault("500ms")
    Duration pollInterval();

    /** Longest wait between attempts while the broker is unreachable. */
    @WithDefault("5s")
    Duration maxBackoff();

    /** How long one send may wait for the broker before the round is retried. */
    @WithDefault("10s")
    Duration sendTimeout();
}
