package vn.motcua.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * "Ready" for a consuming service means more than its HTTP probe: a service answers 200 as soon as its
 * consumer is created, while the group is still joining, and an event published in those seconds is applied
 * only later. So the launcher waits, through the broker's admin API, until each service's group holds every
 * partition of its topic and has consumed everything published so far (demo data included).
 */
final class ConsumerReadiness implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(500);
    private final Admin admin;

    ConsumerReadiness(String bootstrap) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        this.admin = Admin.create(p);
    }

    /** Empty when the group is assigned and caught up within {@code timeout}; else what it still lacks. */
    Optional<String> await(Service.Consumer consumer, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String lacking;
        do {
            lacking = lacking(consumer);
            if (lacking == null) {
                return Optional.empty();
            }
            Http.sleep(POLL);
        } while (Instant.now().isBefore(deadline));
        return Optional.of(lacking);
    }

    /**
     * The partitions of the consumer's topic each member of its group holds, one sorted list per member holding
     * any, the lists in order of their first partition; a group's members that read other topics are left out.
     */
    List<List<Integer>> assignment(Service.Consumer c) throws Exception {
        ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(c.group())).all()
                .get(10, TimeUnit.SECONDS).get(c.group());
        return group.members().stream()
                .map(m -> m.assignment().topicPartitions().stream().filter(tp -> tp.topic().equals(c.topic()))
                        .map(TopicPartition::partition).sorted().toList())
                .filter(l -> !l.isEmpty())
                .sorted(java.util.Comparator.comparing(List::getFirst))
                .toList();
    }

    int partitions(String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic)
                .partitions().size();
    }

    /** What the group lacks right now, or null when it is ready. */
    private String lacking(Service.Consumer c) {
        try {
            Map<String, TopicDescription> topics = admin.describeTopics(List.of(c.topic())).allTopicNames()
                    .get(10, TimeUnit.SECONDS);
            Set<TopicPartition> partitions = topics.get(c.topic()).partitions().stream()
                    .map(p -> new TopicPartition(c.topic(), p.partition())).collect(Collectors.toSet());
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(c.group())).all()
                    .get(10, TimeUnit.SECONDS).get(c.group());
            Set<TopicPartition> assigned = group.members().stream()
                    .flatMap(m -> m.assignment().topicPartitions().stream())
                    .filter(tp -> tp.topic().equals(c.topic())).collect(Collectors.toSet());
            if (!assigned.containsAll(partitions)) {
                return "group " + c.group() + " holds " + assigned.size() + " of the " + partitions.size()
                        + " partitions of " + c.topic() + " (state " + group.groupState() + ")";
            }
            long lag = lag(c.group(), partitions);
            return lag == 0 ? null : "group " + c.group() + " has " + lag + " events of " + c.topic() + " to apply";
        } catch (ExecutionException e) {
            // typically the topic does not exist yet: the first consumer's subscription creates it
            return c.topic() + ": " + e.getCause().getMessage();
        } catch (Exception e) {
            return c.topic() + ": " + e;
        }
    }

    /** Events published but not yet committed by the group, partitions without a commit counted from their start. */
    private long lag(String group, Set<TopicPartition> partitions) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> start = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = offsets(partitions, OffsetSpec.latest());
        long lag = 0;
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata c = committed.get(tp);
            long consumed = Math.max(c == null ? 0 : c.offset(), start.get(tp).offset());
            lag += Math.max(0, end.get(tp).offset() - consumed);
        }
        return lag;
    }

    private Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets(Set<TopicPartition> partitions,
            OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> query = new HashMap<>();
        partitions.forEach(tp -> query.put(tp, spec));
        return admin.listOffsets(query).all().get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
