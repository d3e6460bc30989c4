package vn.motcua.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Every JSON string of every request body passes here: text only from a JSON string (a number is not a
 * code, {@code true} is not a name), checked and composed by {@link TextRules}.
 */
public class CleanTextDeserializer extends StdScalarDeserializer<String> {
    public CleanTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        String text = p.getText();
        try {
            return TextRules.accept(text);
        } catch (TextRules.Refused e) {
            if (DeferredRefusals.defer(JsonFieldPath.of(p.getParsingContext()), e.getMessage())) {
                return text;
            }
            throw new RefusedValueException(p, e.getMessage());
        }
    }
}
