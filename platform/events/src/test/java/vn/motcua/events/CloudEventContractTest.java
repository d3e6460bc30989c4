package vn.motcua.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published language as other teams see it: one JSON fixture per event type, exactly what travels on
 * Kafka. A change that breaks a fixture breaks every consumer built against it.
 */
class CloudEventContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeReadsItsFixtureAndWritesItBackUnchanged(EventType type) throws IOException {
        JsonNode fixture = fixture(type);
        EventEnvelope event = read(fixture);

        assertThat(event.type()).isEqualTo(type);
        assertThat(event.tenant()).isEqualTo(new ProvinceCode("20"));
        assertThat(event.subject()).isEqualTo(event.key());
        assertThat(JSON.readTree(CloudEventCodec.payloadJson(event.payload()))).isEqualTo(fixture.get("payload"));
        assertThat((JsonNode) JSON.valueToTree(CloudEventCodec.headers(event))).isEqualTo(fixture.get("headers"));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void aConsumerIgnoresFieldsAddedLater(EventType type) throws IOException {
        ObjectNode fixture = (ObjectNode) fixture(type);
        ((ObjectNode) fixture.get("payload")).put("addedInALaterVersion", "x");

        assertThat(read(fixture).type()).isEqualTo(type);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void anEventOlderThanItsOptionalFieldsReadsWithThemAbsent(EventType type) throws IOException {
        ObjectNode fixture = (ObjectNode) fixture(type);
        ObjectNode payload = (ObjectNode) fixture.get("payload");
        java.util.List<String> optional = java.util.Arrays.stream(type.payloadType().getRecordComponents())
                .filter(c -> c.isAnnotationPresent(OptionalField.class)).map(java.lang.reflect.RecordComponent::getName)
                .toList();
        payload.remove(optional);

        assertThat(read(fixture).type()).isEqualTo(type);
    }

    @org.junit.jupiter.api.Test
    void aDossierReceivedOfIssue12ReadsWithoutItsSubmissionTime() throws IOException {
        ObjectNode fixture = (ObjectNode) fixture(EventType.DOSSIER_RECEIVED);
        ((ObjectNode) fixture.get("payload")).remove(java.util.List.of("submittedAt", "imported"));

        DossierReceived received = (DossierReceived) read(fixture).payload();

        assertThat(received.submittedAt()).isNull();
        assertThat(received.ruleSet()).isEqualTo(RuleSet.DECREE_118_2025);
    }

    @org.junit.jupiter.api.Test
    void aMissingPrimitiveFieldIsMalformedNotZero() throws IOException {
        ObjectNode fixture = (ObjectNode) fixture(EventType.DOSSIER_EVALUATED);
        ((ObjectNode) fixture.get("payload")).remove("totalPoints");

        assertThatThrownBy(() -> read(fixture)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("totalPoints is required");
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("ce_specversion", "0.3", "CloudEvents 1.0"),
                Arguments.of("ce_id", null, "missing ce_id"),
                Arguments.of("ce_id", "not-a-uuid", "invalid ce_id"),
                Arguments.of("ce_type", "vn.motcua.unknown.v1", "unknown event type"),
                Arguments.of("ce_time", "yesterday", "invalid ce_time"),
                Arguments.of("ce_tenant", null, "missing ce_tenant"),
                Arguments.of("ce_tenant", "Lạng Sơn", "invalid ce_tenant"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("malformed")
    void aRecordWithABadAttributeIsMalformed(String header, String value, String message) throws IOException {
        ObjectNode fixture = (ObjectNode) fixture(EventType.DOSSIER_RESOLVED);
        ObjectNode headers = (ObjectNode) fixture.get("headers");
        if (value == null) {
            headers.remove(header);
        } else {
            headers.put(header, value);
        }

        assertThatThrownBy(() -> read(fixture)).isInstanceOf(MalformedEventException.class).hasMessageContaining(message);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void aPayloadMissingARequiredFieldIsMalformed(EventType type) throws IOException {
        ObjectNode fixture = (ObjectNode) fixture(type);
        ObjectNode payload = (ObjectNode) fixture.get("payload");
        String first = payload.fieldNames().next();
        payload.remove(first);

        assertThatThrownBy(() -> read(fixture)).isInstanceOf(MalformedEventException.class);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void aPayloadThatIsNotJsonIsMalformed(EventType type) throws IOException {
        Map<String, String> headers = headers(fixture(type));

        assertThatThrownBy(() -> CloudEventCodec.read(headers::get, "{not json"))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> CloudEventCodec.read(headers::get, null))
                .isInstanceOf(MalformedEventException.class);
    }

    @ParameterizedTest(name = "a calendar day without {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"date", "kind", "name", "source", "status"})
    void aCalendarDayWithoutOneOfItsFieldsIsMalformed(String field) throws IOException {
        ObjectNode fixture = (ObjectNode) fixture(EventType.CALENDAR_CHANGED);
        ((ObjectNode) fixture.get("payload").get("days").get(0)).remove(field);

        assertThatThrownBy(() -> read(fixture)).isInstanceOf(MalformedEventException.class);
    }

    @ParameterizedTest(name = "office hours without {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"validFrom", "morningStart", "morningEnd",
            "afternoonStart", "afternoonEnd", "transferCutOff"})
    void officeHoursWithoutOneOfTheirFieldsAreMalformed(String field) throws IOException {
        ObjectNode fixture = (ObjectNode) fixture(EventType.CALENDAR_CHANGED);
        ((ObjectNode) fixture.get("payload").get("officeHours").get(0)).remove(field);

        assertThatThrownBy(() -> read(fixture)).isInstanceOf(MalformedEventException.class);
    }

    @org.junit.jupiter.api.Test
    void aCalendarDayOfAnUnknownKindIsMalformed() throws IOException {
        ObjectNode fixture = (ObjectNode) fixture(EventType.CALENDAR_CHANGED);
        ((ObjectNode) fixture.get("payload").get("days").get(0)).put("kind", "HALF_DAY");

        assertThatThrownBy(() -> read(fixture)).isInstanceOf(MalformedEventException.class);
    }

    @org.junit.jupiter.api.Test
    void aCalendarIsKeyedByItsProvince() throws IOException {
        CalendarChanged calendar = (CalendarChanged) read(fixture(EventType.CALENDAR_CHANGED)).payload();

        assertThat(calendar.aggregateId()).isEqualTo("20");
        assertThat(calendar.days()).hasSize(5);
        assertThat(calendar.officeHours().getFirst().transferCutOff()).isEqualTo("15:00");
    }

    private static EventEnvelope read(JsonNode fixture) throws IOException {
        return CloudEventCodec.read(headers(fixture)::get, JSON.writeValueAsString(fixture.get("payload")));
    }

    private static Map<String, String> headers(JsonNode fixture) {
        Map<String, String> headers = new HashMap<>();
        fixture.get("headers").properties().forEach(e -> headers.put(e.getKey(), e.getValue().asText()));
        return headers;
    }

    private static JsonNode fixture(EventType type) throws IOException {
        try (InputStream in = CloudEventContractTest.class.getResourceAsStream("/fixtures/" + type.type() + ".json")) {
            assertThat(in).as("fixture for " + type.type()).isNotNull();
            return JSON.readTree(in);
        }
    }
}
