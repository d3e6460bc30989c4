package vn.motcua.launcher;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import vn.motcua.embedded.KraftBroker;

/** The Kafka broker: a KRaft node in the launcher's own JVM, its log folder kept in the state folder. */
final class Kafka {
    /**
     * The partitions of every topic the broker creates (on first use: the services' producers and consumers create
     * them, {@code auto.create.topics.enable}). A consumer group shares a topic's partitions among its members, so
     * the count bounds how many instances of a consumer do work, and evenly only when it divides by their number:
     * 6 splits evenly among 1, 2, 3 and 6 instances, and is the count of the cluster's topics
     * (deploy/k8s/infra/kafka/topics.yaml, where the consumers' autoscalers stop at 6). Keys are aggregate ids
     * (a dossier's, a procedure's, a province's), so one aggregate's events stay in one partition, in order,
     * whatever the count. Once a topic exists its count stays (adding partitions moves keys).
     */
    static final int PARTITIONS = 6;

    private Kafka() {
    }

    static String bootstrap(int port) {
        return "localhost:" + port;
    }

    static KraftBroker startEmbedded(StateDir state, Ports ports) {
        return KraftBroker.startKept(state.kafkaData(), ports.kafka(), ports.kafkaController(), PARTITIONS);
    }

    /**
     * The platform's topics (not Kafka's own, whose names start with {@code __}) that have fewer than
     * {@link #PARTITIONS}: created by an older launcher, which used 4. Empty if the broker does not answer.
     */
    static Map<String, Integer> topicsWithFewerPartitions(String bootstrap) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000"); // at most the API timeout, or Admin refuses
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        Map<String, Integer> fewer = new TreeMap<>();
        try (Admin admin = Admin.create(p)) {
            var names = admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                    .filter(t -> !t.startsWith("__")).toList();
            Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS);
            topics.forEach((name, d) -> {
                if (d.partitions().size() < PARTITIONS) {
                    fewer.put(name, d.partitions().size());
                }
            });
            admin.close(Duration.ofSeconds(5));
        } catch (Exception e) {
            Console.warn("could not read the topics' partitions: " + e);
        }
        return fewer;
    }
}
