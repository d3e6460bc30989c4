package vn.motcua.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import vn.motcua.embedded.KraftBroker;

/**
 * Starts a real Kafka broker for a Quarkus test run. {@link #broker()} lets a test stop and restart it to
 * prove that an outage delays events and loses none.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {
    /** Several partitions, as in production, so per-key ordering and consumer scale-out are really exercised. */
    public static final int PARTITIONS = 4;
    private static volatile KraftBroker broker;

    @Override
    public Map<String, String> start() {
        broker = KraftBroker.startNew(PARTITIONS);
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    public static KraftBroker broker() {
        if (broker == null) {
            throw new IllegalStateException("KafkaResource is not started: add it with @QuarkusTestResource");
        }
        return broker;
    }
}
