package vn.motcua.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import vn.motcua.embedded.KraftBroker;

/** The launcher's topics: 6 partitions, and a warning for the topics an older launcher created with fewer. */
class KafkaTest {

    @Test
    void sixPartitionsSplitEvenlyAmongOneTwoAndThreeInstances() {
        assertThat(List.of(1, 2, 3)).allMatch(instances -> Kafka.PARTITIONS % instances == 0);
    }

    @Test
    void topicsCreatedWithFewerPartitionsAreNamedWithTheirCount() throws Exception {
        try (KraftBroker broker = KraftBroker.startNew(Kafka.PARTITIONS)) {
            Properties p = new Properties();
            p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            try (Admin admin = Admin.create(p)) {
                admin.createTopics(List.of(new NewTopic("dossier.events.v1", 4, (short) 1),
                        new NewTopic("catalog.procedures.v1", 6, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }

            assertThat(Kafka.topicsWithFewerPartitions(broker.bootstrapServers()))
                    .isEqualTo(Map.of("dossier.events.v1", 4));
        }
    }
}
