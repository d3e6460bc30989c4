package vn.motcua.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Dates and timestamps only as ISO-8601 strings (a number is ambiguous: seconds or milliseconds?) and only in
 * years {@value #FIRST_YEAR}..{@value #LAST_YEAR}: a dossier received in 1900 or due in 9999 is a typing error,
 * and further out the working-day arithmetic overflows. A future field that legitimately reaches further back
 * (a birth date) needs its own rule.
 */
public class PlausibleDates extends BeanDeserializerModifier {
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;
    private static final Set<Class<?>> TEMPORALS = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
            OffsetDateTime.class, ZonedDateTime.class);

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
            JsonDeserializer<?> deserializer) {
        if (TEMPORALS.contains(description.getBeanClass())) {
            return new Checked(deserializer);
        }
        return deserializer;
    }

    static int year(Object value) {
        return switch (value) {
            case Instant i -> i.atOffset(ZoneOffset.UTC).getYear();
            case LocalDate d -> d.getYear();
            case LocalDateTime d -> d.getYear();
            case OffsetDateTime d -> d.getYear();
            case ZonedDateTime d -> d.getYear();
            default -> FIRST_YEAR;
        };
    }

    /** Wraps Jackson's own java.time deserializer: it parses, this one decides what is acceptable. */
    static final class Checked extends JsonDeserializer<Object> implements ContextualDeserializer,
            ResolvableDeserializer {
        private final JsonDeserializer<?> parser;

        Checked(JsonDeserializer<?> parser) {
            this.parser = parser;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedValueException(p, "must be an ISO-8601 date or timestamp string, e.g. 2026-03-02"
                        + " or 2026-03-02T08:00:00+07:00");
            }
            Object value;
            try {
                value = parser.deserialize(p, ctxt);
            } catch (JsonMappingException e) {
                throw new RefusedValueException(p, "must be an ISO-8601 date or timestamp, e.g. 2026-03-02 or"
                        + " 2026-03-02T08:00:00+07:00");
            }
            if (value != null && (year(value) < FIRST_YEAR || year(value) > LAST_YEAR)) {
                String reason = "must be in the years " + FIRST_YEAR + " to " + LAST_YEAR;
                if (!DeferredRefusals.defer(JsonFieldPath.of(p.getParsingContext()), reason)) {
                    throw new RefusedValueException(p, reason);
                }
            }
            return value;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            if (parser instanceof ContextualDeserializer c) {
                return new Checked(c.createContextual(ctxt, property));
            }
            return this;
        }

        @Override
        public void resolve(DeserializationContext ctxt) throws JsonMappingException {
            if (parser instanceof ResolvableDeserializer r) {
                r.resolve(ctxt);
            }
        }

        @Override
        public Class<?> handledType() {
            return parser.handledType();
        }
    }
}
