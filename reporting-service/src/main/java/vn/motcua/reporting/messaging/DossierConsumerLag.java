package vn.motcua.reporting.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.motcua.events.Topics;

/**
 * How many dossier events the service's consumer group has still to apply: over every partition of
 * {@code dossier.events.v1}, the broker's end offset minus how far the group got, which is the group's committed
 * offset or, when this instance handled more since (offsets are committed every few seconds), the offset after the
 * last record it handled. Three admin calls to the broker, none on the consumers' polling threads, so a metrics
 * scrape costs a few milliseconds and never holds a consumer up.
 */
@ApplicationScoped
public class DossierConsumerLag {
    private static final Logger LOG = Logger.getLogger(DossierConsumerLag.class);
    private static final long BROKER_SECONDS = 2;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** The consumer group (platform/commons: the service's name). */
    @ConfigProperty(name = "quarkus.application.name")
    String group;

    private final Map<TopicPartition, Long> handled = new ConcurrentHashMap<>();
    private volatile Admin admin;

    /** The consumer is past this record (applied, skipped or parked in the dead-letter topic). */
    void passed(ConsumerRecord<String, String> record) {
        handled.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
    }

    /** Records not yet applied; empty when the broker could not say in time. */
    public OptionalLong pending() {
        try {
            Admin broker = admin();
            TopicDescription topic = broker.describeTopics(List.of(Topics.DOSSIER_EVENTS)).allTopicNames()
                    .get(BROKER_SECONDS, TimeUnit.SECONDS).get(Topics.DOSSIER_EVENTS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            topic.partitions().forEach(p -> latest.put(new TopicPartition(Topics.DOSSIER_EVENTS, p.partition()),
                    OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = broker.listOffsets(latest).all()
                    .get(BROKER_SECONDS, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed = broker.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(BROKER_SECONDS, TimeUnit.SECONDS);
            long pending = 0;
            for (var end : ends.entrySet()) {
                OffsetAndMetadata c = committed.get(end.getKey());
                long at = Math.max(c == null ? 0 : c.offset(), handled.getOrDefault(end.getKey(), 0L));
                pending += Math.max(0, end.getValue().offset() - at);
            }
            return OptionalLong.of(pending);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.debugf(e, "the dossier consumer's lag is unknown");
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    private Admin admin() {
        Admin a = admin;
        if (a == null) {
            synchronized (this) {
                if (admin == null) {
                    Properties p = new Properties();
                    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
                    p.put(AdminClientConfig.CLIENT_ID_CONFIG, group + "-lag");
                    admin = Admin.create(p);
                }
                a = admin;
            }
        }
        return a;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(BROKER_SECONDS));
        }
    }
}
