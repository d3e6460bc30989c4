package vn.motcua.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.stream.Collectors;
import vn.motcua.platform.web.JsonFieldPath;
import vn.motcua.platform.web.RefusedValueException;

/**
 * Turns any failure to read a JSON body into the field it concerns and a message written for the caller.
 * Jackson's own messages name Java classes and echo the input; they never leave the service.
 */
public final class JsonProblems {
    private JsonProblems() {
    }

    /** The field and message, or {@code null} when the body is broken before any field (e.g. not JSON at all). */
    public static Problem.FieldError describe(JsonProcessingException e) {
        String field = null;
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = path(m.getPath());
        }
        Throwable root = innermostJson(e);
        if (field == null && root instanceof JsonProcessingException j && j.getProcessor() instanceof JsonParser p) {
            field = pointer(p.getParsingContext());
        }
        if (field == null || field.isEmpty()) {
            return null;
        }
        return new Problem.FieldError(field, reason(root));
    }

    private static Throwable innermostJson(Throwable e) {
        Throwable found = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException) {
                found = t;
            }
        }
        return found;
    }

    static String reason(Throwable root) {
        if (root instanceof RefusedValueException r) {
            return r.reason();
        }
        if (root instanceof InputCoercionException || root instanceof StreamConstraintsException) {
            return "is out of range";
        }
        String message = root.getMessage() == null ? "" : root.getMessage();
        if (message.startsWith("Duplicate field")) {
            return "is given more than once";
        }
        if (message.contains("Invalid UTF-8") || message.contains("Invalid UTF-32")) {
            return "is not valid UTF-8 text";
        }
        if (root instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "must be one of " + List.of(f.getTargetType().getEnumConstants());
        }
        if (root instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "must be " + kind(m.getTargetType());
        }
        return "has the wrong type or format";
    }

    private static String kind(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (type == String.class) {
            return "a JSON string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        return "a JSON object";
    }

    /** [applicant, name] → {@code applicant.name}; [items, 0, code] → {@code items[0].code}. */
    static String path(List<JsonMappingException.Reference> references) {
        return references.stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** The parser's position as a dotted path: where a syntax, encoding or duplicate-key error happened. */
    static String pointer(JsonStreamContext context) {
        return JsonFieldPath.of(context);
    }
}
