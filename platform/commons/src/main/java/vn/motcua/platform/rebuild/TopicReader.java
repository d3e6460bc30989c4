package vn.motcua.platform.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics from their first retained offset up to end offsets fixed beforehand, with a plain consumer: every
 * partition assigned by hand, no group id, no commits, so the live consumer group's positions are left alone and
 * two readings of the same range see the same records.
 */
final class TopicReader implements AutoCloseable {
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(500);
    /** A partition whose position does not move for this long while below its end: the broker is gone. */
    private static final Duration STALLED = Duration.ofSeconds(60);

    private final KafkaConsumer<String, String> consumer;

    TopicReader(String bootstrapServers, String clientId) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // reading must not create a topic that does not exist yet: it has nothing to replay
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(p);
    }

    /** The end offset of every partition of the topics, now; a topic that does not exist has no partitions. */
    Map<TopicPartition, Long> endOffsets(List<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, CALL_TIMEOUT);
            if (infos != null) {
                infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
            }
        }
        return new LinkedHashMap<>(consumer.endOffsets(partitions, CALL_TIMEOUT));
    }

    /** How many records lie below the end offsets (from each partition's first retained one): for progress. */
    long count(Map<TopicPartition, Long> ends) {
        Map<TopicPartition, Long> begins = consumer.beginningOffsets(ends.keySet(), CALL_TIMEOUT);
        return ends.entrySet().stream().mapToLong(e -> Math.max(0, e.getValue() - begins.get(e.getKey()))).sum();
    }

    /**
     * Hands every record of {@code topic} below its partition's end offset to {@code each}, partition by partition
     * in offset order (so one key's events in the order they were published); returns how many.
     */
    long read(String topic, Map<TopicPartition, Long> ends, Consumer<ConsumerRecord<String, String>> each) {
        Map<TopicPartition, Long> mine = new LinkedHashMap<>();
        ends.forEach((partition, end) -> {
            if (partition.topic().equals(topic)) {
                mine.put(partition, end);
            }
        });
        consumer.assign(mine.keySet());
        consumer.seekToBeginning(mine.keySet());
        Set<TopicPartition> open = new HashSet<>();
        mine.forEach((partition, end) -> {
            if (consumer.position(partition, CALL_TIMEOUT) < end) {
                open.add(partition);
            } else {
                consumer.pause(List.of(partition));
            }
        });
        long count = 0;
        long lastProgress = System.nanoTime();
        while (!open.isEmpty()) {
            ConsumerRecords<String, String> records = consumer.poll(POLL);
            for (TopicPartition partition : records.partitions()) {
                long end = mine.get(partition);
                for (ConsumerRecord<String, String> record : records.records(partition)) {
                    if (record.offset() < end) {
                        each.accept(record);
                        count++;
                    }
                }
            }
            if (!records.isEmpty()) {
                lastProgress = System.nanoTime();
            }
            for (TopicPartition partition : List.copyOf(open)) {
                // a position past the end also counts: transaction markers and compaction leave gaps
                if (consumer.position(partition, CALL_TIMEOUT) >= mine.get(partition)) {
                    open.remove(partition);
                    consumer.pause(List.of(partition));
                }
            }
            if (!open.isEmpty() && System.nanoTime() - lastProgress > STALLED.toNanos()) {
                throw new IllegalStateException("no record came for " + STALLED.toSeconds() + " s from "
                        + open + ", below the end offsets taken at the start");
            }
        }
        consumer.assign(List.of());
        return count;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
