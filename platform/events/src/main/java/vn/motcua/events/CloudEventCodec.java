package vn.motcua.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * CloudEvents 1.0 in Kafka binary mode: context attributes in {@code ce_*} headers, the payload as JSON in
 * the record value. The one place that knows the wire format.
 */
public final class CloudEventCodec {
    public static final String SPEC_VERSION = "1.0";
    public static final String H_SPEC_VERSION = "ce_specversion";
    public static final String H_ID = "ce_id";
    public static final String H_TYPE = "ce_type";
    public static final String H_SOURCE = "ce_source";
    public static final String H_TIME = "ce_time";
    public static final String H_SUBJECT = "ce_subject";
    /** Extension attribute: the province the event belongs to. */
    public static final String H_TENANT = "ce_tenant";
    public static final String H_CONTENT_TYPE = "content-type";
    public static final String JSON = "application/json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // additive evolution: a consumer ignores fields added after it was built
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // an @OptionalField is absent from events older than it: presence is checked per field (requireFields)
            .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private CloudEventCodec() {
    }

    public static String payloadJson(DomainEvent payload) {
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + payload, e);
        }
    }

    /** The binary-mode headers of an event, in a stable order. */
    public static Map<String, String> headers(EventEnvelope event) {
        return headers(event.id(), event.type(), event.time(), event.subject(), event.tenant());
    }

    public static Map<String, String> headers(UUID id, EventType type, Instant time, String subject,
            ProvinceCode tenant) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put(H_SPEC_VERSION, SPEC_VERSION);
        h.put(H_ID, id.toString());
        h.put(H_TYPE, type.type());
        h.put(H_SOURCE, type.source());
        h.put(H_TIME, time.toString());
        if (subject != null) {
            h.put(H_SUBJECT, subject);
        }
        h.put(H_TENANT, tenant.value());
        h.put(H_CONTENT_TYPE, JSON);
        return h;
    }

    /**
     * Reads an event from its headers and JSON value.
     *
     * @param header the last value of a header by name, or null when absent
     * @throws MalformedEventException if any required attribute or payload field is missing or invalid
     */
    public static EventEnvelope read(Function<String, String> header, String value) {
        if (!SPEC_VERSION.equals(header.apply(H_SPEC_VERSION))) {
            throw new MalformedEventException("not a CloudEvents 1.0 record: ce_specversion="
                    + header.apply(H_SPEC_VERSION));
        }
        UUID id = parse("ce_id", header.apply(H_ID), UUID::fromString);
        String typeName = header.apply(H_TYPE);
        EventType type = EventType.fromType(typeName)
                .orElseThrow(() -> new MalformedEventException("unknown event type: " + typeName));
        Instant time = parse("ce_time", header.apply(H_TIME), Instant::parse);
        ProvinceCode tenant = parse("ce_tenant", header.apply(H_TENANT), ProvinceCode::new);
        DomainEvent payload = payload(type, value);
        return new EventEnvelope(id, type, time, header.apply(H_SUBJECT), tenant, payload);
    }

    static DomainEvent payload(EventType type, String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException(type.type() + " without a payload");
        }
        try {
            JsonNode tree = MAPPER.readTree(json);
            requireFields(type.payloadType(), tree);
            return MAPPER.treeToValue(tree, type.payloadType());
        } catch (JsonProcessingException e) {
            throw new MalformedEventException(type.type() + " payload is not valid: " + e.getOriginalMessage(), e);
        }
    }

    /** Every field not marked {@link OptionalField} is present and not null, primitives included. */
    private static void requireFields(Class<? extends DomainEvent> payloadType, JsonNode tree) {
        if (!tree.isObject()) {
            throw new MalformedEventException(payloadType.getSimpleName() + " payload is not a JSON object");
        }
        for (String field : REQUIRED_FIELDS.get(payloadType)) {
            if (!tree.hasNonNull(field)) {
                throw new MalformedEventException(payloadType.getSimpleName() + "." + field + " is required");
            }
        }
    }

    /**
     * The fields of a payload record not marked {@link OptionalField}, looked up once per type: reflecting on the
     * record for every event (its components' generic signatures and annotations parsed anew each time) was a
     * tenth of a rebuild's replay (issue 17).
     */
    private static final ClassValue<List<String>> REQUIRED_FIELDS = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> payloadType) {
            return Arrays.stream(payloadType.getRecordComponents())
                    .filter(c -> !c.isAnnotationPresent(OptionalField.class))
                    .map(RecordComponent::getName)
                    .toList();
        }
    };

    private static <T> T parse(String attribute, String raw, Function<String, T> parser) {
        if (raw == null) {
            throw new MalformedEventException("missing " + attribute);
        }
        try {
            return parser.apply(raw);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedEventException("invalid " + attribute + ": " + raw, e);
        }
    }
}
