package vn.motcua.reporting.messaging;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * How many dossier events this instance's consumer has still to apply: per partition assigned to it, the broker's
 * end offset minus the offset after the last record it handled (or, for a partition it has handled nothing of since
 * it started, its fetch position). One call to the broker on the consumer's polling thread, so a metrics scrape
 * costs one round trip. Other instances' partitions are theirs to report.
 */
@ApplicationScoped
public class DossierConsumerLag {
    private static final Logger LOG = Logger.getLogger(DossierConsumerLag.class);
    private static final Duration BROKER = Duration.ofSeconds(2);

    @Inject
    KafkaClientService kafka;

    private final Map<TopicPartition, Long> next = new ConcurrentHashMap<>();

    /** The consumer is past this record (applied, skipped or parked in the dead-letter topic). */
    void passed(ConsumerRecord<String, String> record) {
        next.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
    }

    /** Records not yet applied; empty when the broker could not say in time. */
    public OptionalLong pending() {
        long pending = 0;
        for (KafkaConsumer<Object, Object> consumer : kafka.getConsumers(ReportingConsumers.DOSSIERS)) {
            try {
                pending += consumer.runOnPollingThread(c -> {
                    Set<TopicPartition> assigned = c.assignment();
                    Map<TopicPartition, Long> ends = c.endOffsets(assigned, BROKER);
                    long behind = 0;
                    for (TopicPartition partition : assigned) {
                        Long handled = next.get(partition);
                        long at = handled != null ? handled : c.position(partition, BROKER);
                        behind += Math.max(0, ends.getOrDefault(partition, at) - at);
                    }
                    return behind;
                }).await().atMost(BROKER.multipliedBy(2));
            } catch (RuntimeException e) {
                LOG.debugf("the dossier consumer's lag is unknown: %s", e.getMessage());
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(pending);
    }
}
