package vn.motcua.evaluation.platform;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.motcua.events.Channel;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.DossierReceived;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.ProvinceCode;
import vn.motcua.events.RuleSet;
import vn.motcua.events.Topics;

/** Kafka records as a consumer receives them, built without a broker: the platform's tests feed them in. */
final class Records {
    private Records() {
    }

    /** A new DossierReceived of the province (a new event id each call). */
    static EventEnvelope received(String province) {
        Instant at = Instant.parse("2026-03-03T02:00:00Z");
        return EventEnvelope.of(new DossierReceived(UUID.randomUUID(), province + "-260303-000001", "1.004227",
                "SKHCN-" + province, Channel.DIRECT_CENTRE, at, Instant.parse("2026-03-17T10:00:00Z"), 1, "CHUNG",
                RuleSet.DECREE_118_2025, null, null, null),
                new ProvinceCode(province), at);
    }

    static ConsumerRecord<String, String> record(EventEnvelope event) {
        ConsumerRecord<String, String> r = new ConsumerRecord<>(Topics.DOSSIER_EVENTS, 0, 0L, event.key(),
                CloudEventCodec.payloadJson(event.payload()));
        CloudEventCodec.headers(event).forEach((k, v) -> r.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        return r;
    }
}
