package vn.motcua.reporting;

import static io.restassured.RestAssured.given;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import vn.motcua.events.Channel;
import vn.motcua.events.DossierReceived;
import vn.motcua.events.DossierResolved;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.EventType;
import vn.motcua.events.ProvinceCode;
import vn.motcua.events.RuleSet;
import vn.motcua.events.Timeliness;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/** Dossier events as dossier-service publishes them, with times in Vietnam local time, and report reads. */
final class DossierEvents {
    static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
    private DossierEvents() {
    }

    static EventEnvelope received(String province, UUID dossier, Channel channel, String receivedAt, String dueAt) {
        return EventEnvelope.of(new DossierReceived(dossier, code(province), "1.004227", "SKHCN-" + province,
                channel, vn(receivedAt), vn(dueAt), 1, "CHUNG", RuleSet.DECREE_118_2025, null, null, null), new ProvinceCode(province),
                vn(receivedAt));
    }

    static EventEnvelope resolved(String province, UUID dossier, Channel channel, String receivedAt, String dueAt,
            String resolvedAt, Timeliness timeliness) {
        return EventEnvelope.of(new DossierResolved(dossier, code(province), "1.004227", "SKHCN-" + province,
                channel, vn(receivedAt), vn(dueAt), vn(resolvedAt), timeliness, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null), new ProvinceCode(province),
                vn(resolvedAt));
    }

    static void send(EventEnvelope event) {
        TestKafka.publish(event);
    }

    static ProducerRecord<String, String> record(EventEnvelope event) {
        return TestKafka.record(event);
    }

    /** The total row of form II.06b of the quarter, as the province cuts it. */
    static Totals quarterly(String province, int year, int quarter) {
        return new Totals(given().auth().oauth2(Tokens.provinceAdmin(province))
                .queryParam("period", year + "-Q" + quarter)
                .get("/api/reports/forms/II.06b")
                .then().statusCode(200).extract().jsonPath().getMap("rows.find { it.key == 'TOTAL' }.cells"));
    }

    /** A form row's cells by column key ({@code received.total}). */
    record Totals(java.util.Map<String, Object> cells) {
        int getInt(String column) {
            return ((Number) ((java.util.Map<?, ?>) cells.get(column)).get("computed")).intValue();
        }
    }

    /** Received in the quarter (columns (4) + (5)): without the dossiers carried over from before it. */
    static int receivedTotal(String province, int year, int quarter) {
        Totals totals = quarterly(province, year, quarter);
        return totals.getInt("received.online") + totals.getInt("received.directOrPostal");
    }

    /** How many records of this type the service's consumers have handled, redeliveries included. */
    static double consumed(MeterRegistry metrics, EventType type) {
        Counter c = metrics.find("motcua.events.consumed")
                .tags("consumer", "reporting-service", "type", type.type()).counter();
        return c == null ? 0 : c.count();
    }

    private static Instant vn(String local) {
        return LocalDateTime.parse(local).atZone(VIETNAM).toInstant();
    }

    private static String code(String province) {
        return province + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
