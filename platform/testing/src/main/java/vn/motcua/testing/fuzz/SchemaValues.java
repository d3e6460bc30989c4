package vn.motcua.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;
import java.util.UUID;

/**
 * A plausible valid value for a schema: the example when the document gives one, else a value that meets
 * its type, format, enum, bounds and simple patterns ({@code [0-9]\.[0-9]{6}}). Bad input is derived from it,
 * so that each mutation changes one thing in an otherwise acceptable request and reaches deep code.
 */
final class SchemaValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SchemaValues() {
    }

    static JsonNode valid(JsonNode schema, Random random) {
        JsonNode merged = merged(schema);
        JsonNode example = example(merged);
        if (example != null) {
            return example;
        }
        if (merged.has("enum") && merged.get("enum").size() > 0) {
            return merged.get("enum").get(0);
        }
        String type = merged.path("type").asText(merged.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                merged.path("properties").fields()
                        .forEachRemaining(e -> object.set(e.getKey(), valid(e.getValue(), random)));
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(valid(merged.path("items"), random));
                yield array;
            }
            case "integer" -> NODES.numberNode(Math.max(merged.path("minimum").asLong(0),
                    Math.min(merged.path("maximum").asLong(10), 10)));
            case "number" -> NODES.numberNode(Math.max(merged.path("minimum").asDouble(0), 1.0));
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.textNode(text(merged, random));
        };
    }

    static String text(JsonNode schema, Random random) {
        JsonNode example = example(schema);
        if (example != null) {
            return example.asText();
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0).asText();
        }
        String type = schema.path("type").asText("string");
        if (type.equals("integer") || type.equals("number")) {
            // the largest allowed value: with another parameter at its edge it finds overflows (page × size)
            return schema.has("maximum") ? schema.get("maximum").asText() : String.valueOf(Math.max(1,
                    schema.path("minimum").asLong(1)));
        }
        String format = schema.path("format").asText("");
        switch (format) {
            case "uuid":
                return new UUID(random.nextLong(), random.nextLong()).toString();
            case "date-time":
                return "2026-01-05T08:00:00+07:00";
            case "date":
                return "2026-01-05";
            default:
                break;
        }
        if (schema.has("pattern")) {
            String generated = fromPattern(schema.get("pattern").asText(), random);
            if (generated != null) {
                return generated;
            }
        }
        return "Nguyễn Văn An";
    }

    private static JsonNode example(JsonNode schema) {
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("examples") && schema.get("examples").isArray() && schema.get("examples").size() > 0) {
            return schema.get("examples").get(0);
        }
        return null;
    }

    /** allOf parts folded into one schema (SmallRye writes constraints of a $ref'd type that way). */
    static JsonNode merged(JsonNode schema) {
        if (!schema.has("allOf")) {
            return schema;
        }
        ObjectNode merged = NODES.objectNode();
        schema.get("allOf").forEach(part -> merged.setAll((ObjectNode) merged(part)));
        schema.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("allOf")) {
                merged.set(e.getKey(), e.getValue());
            }
        });
        return merged;
    }

    /**
     * A string matching a simple pattern: literals, escapes, {@code [..]} classes with ranges and quantifiers
     * {@code {n}}, {@code {n,m}}, {@code ?}, {@code +}, {@code *}. {@code null} for anything richer.
     */
    static String fromPattern(String pattern, Random random) {
        StringBuilder out = new StringBuilder();
        String p = pattern.startsWith("^") ? pattern.substring(1) : pattern;
        p = p.endsWith("$") ? p.substring(0, p.length() - 1) : p;
        int i = 0;
        while (i < p.length()) {
            String choices;
            char c = p.charAt(i);
            if (c == '[') {
                int end = p.indexOf(']', i);
                if (end < 0) {
                    return null;
                }
                choices = expand(p.substring(i + 1, end));
                i = end + 1;
            } else if (c == '\\' && i + 1 < p.length()) {
                char escaped = p.charAt(i + 1);
                choices = escaped == 'd' ? "0123456789" : String.valueOf(escaped);
                i += 2;
            } else if ("()|.".indexOf(c) >= 0) {
                return null;
            } else {
                choices = String.valueOf(c);
                i++;
            }
            int count = 1;
            if (i < p.length() && p.charAt(i) == '{') {
                int end = p.indexOf('}', i);
                String[] bounds = p.substring(i + 1, end).split(",");
                count = Integer.parseInt(bounds[0].trim());
                i = end + 1;
            } else if (i < p.length() && "?*+".indexOf(p.charAt(i)) >= 0) {
                count = 1;
                i++;
            }
            if (choices == null || choices.isEmpty()) {
                return null;
            }
            for (int n = 0; n < count; n++) {
                out.append(choices.charAt(random.nextInt(choices.length())));
            }
        }
        return out.toString();
    }

    private static String expand(String charClass) {
        if (charClass.startsWith("^")) {
            return null;
        }
        StringBuilder chars = new StringBuilder();
        for (int i = 0; i < charClass.length(); i++) {
            if (i + 2 < charClass.length() && charClass.charAt(i + 1) == '-') {
                for (char c = charClass.charAt(i); c <= charClass.charAt(i + 2); c++) {
                    chars.append(c);
                }
                i += 2;
            } else if (charClass.charAt(i) == '\\' && i + 1 < charClass.length()) {
                chars.append(charClass.charAt(++i));
            } else {
                chars.append(charClass.charAt(i));
            }
        }
        return chars.toString();
    }
}
