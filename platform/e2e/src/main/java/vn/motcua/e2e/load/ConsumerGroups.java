package vn.motcua.e2e.load;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The broker's account of a consumer group ({@code describeConsumerGroups}, committed offsets): which partitions of
 * a topic each member holds, and how many events it has still to apply. What the scale-out measures, read from the
 * broker, not from the services.
 */
final class ConsumerGroups implements AutoCloseable {
    private final Admin admin;

    ConsumerGroups(int kafkaPort) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + kafkaPort);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000"); // at most the API timeout, or Admin refuses
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        this.admin = Admin.create(p);
    }

    int partitions(String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions()
                .size();
    }

    /**
     * The partitions of {@code topic} each member holds, one sorted list per member holding any, in order of their
     * first partition (members of the group that read other topics are left out).
     */
    List<List<Integer>> assignment(String group, String topic) throws Exception {
        ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).all().get(10, TimeUnit.SECONDS)
                .get(group);
        return held(d.members().stream().map(m -> m.assignment().topicPartitions().stream()
                .filter(tp -> tp.topic().equals(topic)).map(TopicPartition::partition).toList()).toList());
    }

    /** Waits until {@code members} members hold every partition of the topic; the assignment then (or at timeout). */
    List<List<Integer>> awaitMembers(String group, String topic, int members, Duration timeout) throws Exception {
        int partitions = partitions(topic);
        long deadline = System.nanoTime() + timeout.toNanos();
        List<List<Integer>> held = assignment(group, topic);
        while ((held.size() != members || held.stream().mapToInt(List::size).sum() != partitions)
                && System.nanoTime() < deadline) {
            Thread.sleep(250);
            held = assignment(group, topic);
        }
        return held;
    }

    /** Waits until the group has committed every event of the topic; the lag left (0 when caught up). */
    long awaitCaughtUp(String group, String topic, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lag = lag(group, topic);
        while (lag > 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            lag = lag(group, topic);
        }
        return lag;
    }

    private long lag(String group, String topic) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < partitions(topic); p++) {
            latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        long lag = 0;
        for (var end : ends.entrySet()) {
            OffsetAndMetadata c = committed.get(end.getKey());
            lag += Math.max(0, end.getValue().offset() - (c == null ? 0 : c.offset()));
        }
        return lag;
    }

    /** The non-empty lists, each sorted, in order of their first partition. */
    static List<List<Integer>> held(List<List<Integer>> byMember) {
        return byMember.stream().filter(l -> !l.isEmpty()).map(l -> l.stream().sorted().toList())
                .sorted(Comparator.comparing(List::getFirst)).toList();
    }

    /** Two members holding the same number of partitions, every partition once: a second instance took half. */
    static boolean halves(List<List<Integer>> held, int partitions) {
        return held.size() == 2 && held.get(0).size() == held.get(1).size()
                && held.stream().flatMap(List::stream).distinct().count() == partitions
                && held.stream().mapToInt(List::size).sum() == partitions;
    }

    /** {@code [0, 1, 2] + [3, 4, 5]}. */
    static String shares(List<List<Integer>> held) {
        return held.stream().map(Object::toString).collect(Collectors.joining(" + "));
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
