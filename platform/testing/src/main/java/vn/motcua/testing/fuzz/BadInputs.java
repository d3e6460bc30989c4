package vn.motcua.testing.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Bad input for one operation, derived from its OpenAPI description: every request changes one thing in an
 * otherwise valid request (a field, a parameter, the framing of the body), so that a failure points at one
 * cause. {@link #all()} lists them in a fixed order; {@link #random()} combines them for the remaining budget.
 */
final class BadInputs {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOLE = "\"__fuzz_hole__\"";
    /** Raw JSON values that are wrong for almost any field. */
    private static final List<String> ANY_VALUE = List.of(
            "null", "\"\"", "\" \"", "\"abc\"", "0", "-1", "1.5", "true", "[]", "{}", "[1,2]", "{\"a\":{\"b\":[]}}",
            "99999999999999999999", "2147483648", "-2147483649", "9223372036854775808", "1e400", "-0", "1E2",
            "\"10\"", "\"true\"", "\"\\u0000\"", "\"a\\u0000b\"", "\"a\\u0001b\"", "\"a\\u001bb\"", "\"a\\u007fb\"",
            "\"abc\\u202eexe.pdf\"", "\"\\u2066x\\u2069\"", "\"x\\uFFFF\"", "\"x\\uFDD0\"", "\"x\\uD800y\"",
            "\"\\uDC00\"", "\"Nguye\u0302\u0303n Va\u0306n A\"", "\"Nguyễn Văn A\"", "\"' OR 1=1 --\"",
            "\"<script>alert(1)</script>\"", "\"../../etc/passwd\"", "\"%00\"", "\"\\n\\r\\t\"");
    private static final List<String> DATE_VALUES = List.of(
            "1767225600", "1767225600000", "\"1900-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"",
            "\"+1000000000-01-01T00:00:00Z\"", "\"-0001-01-01T00:00:00Z\"", "\"2026-02-30T00:00:00Z\"",
            "\"2026-03-02\"", "\"1999-12-31T23:59:59Z\"", "\"2100-01-01T00:00:00Z\"", "\"yesterday\"",
            "\"2026-03-02T08:00:00\"", "\"1900-01-01\"", "\"9999-12-31\"");
    private static final List<String> ENUM_VALUES = List.of("0", "1", "\"0\"", "\"NOPE\"", "-1");
    private static final List<String> BAD_PATH = List.of(
            "abc", "9".repeat(4000), "%00", "%zz", "%", "..", "%2e%2e", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%2F",
            "%C0%AF", "%FF%FE", "-1", "0", "99999999999999999999", "00000000-0000-0000-0000-000000000000",
            "1-1-1-1-1", "%F0%9F%99%82", "'%20OR%201=1--", "a%0Ab", "%E2%80%AE", "x".repeat(300), "null",
            "ffffffff-ffff-ffff-ffff-ffffffffffffff");
    private static final List<String> BAD_QUERY = List.of(
            "99999999999", "2147483648", "2147483647", "99999999", "-2147483649", "-1", "0", "abc", "", "%00",
            "%zz", "1e3", "1.5", "NOPE",
            "9".repeat(3000), "0x10", "%E2%80%AE", "true", "%C3%28", "2026-13-45", "+1", "%201");
    private static final List<String> BAD_BODIES = List.of(
            "", "{", "}", "[]", "null", "0", "\"x\"", "{\"a\":}", "{'a':1}", "{\"a\":1}}", "{\"a\":1,}", "{} {}",
            "[".repeat(3000), "{\"a\":".repeat(2000), "\uFEFF{}", "{\"a\":\"\\ud800\"}", "{\"a\":1e99999}",
            "{\"" + "k".repeat(70_000) + "\":1}", "\u0000");
    private static final List<String[]> CONTENT_TYPES = List.of(
            new String[] {"text/plain", "utf-8"}, new String[] {"*/*", "utf-8"},
            new String[] {"application/json; charset=UTF-16", "utf-16"},
            new String[] {"application/json; charset=ISO-8859-1", "iso-8859-1"},
            new String[] {"application/xml", "utf-8"}, new String[] {"application/x-www-form-urlencoded", "utf-8"},
            new String[] {null, "utf-8"}, new String[] {"application/json; boundary=x", "utf-8"},
            new String[] {"garbage", "utf-8"}, new String[] {"application/json, text/plain", "utf-8"});

    private final ApiOperation operation;
    private final Random random;
    private final Map<String, String> validParameters = new java.util.LinkedHashMap<>();
    private final JsonNode validBody;

    BadInputs(ApiOperation operation, Random random) {
        this.operation = operation;
        this.random = random;
        for (ApiOperation.Parameter p : operation.parameters()) {
            JsonNode schema = SchemaValues.merged(p.schema());
            if (p.in().equals("path") || p.required()) {
                validParameters.put(p.in() + ":" + p.name(), SchemaValues.text(p.schema(), random));
            } else if (p.in().equals("query") && schema.has("default")) {
                validParameters.put(p.in() + ":" + p.name(), schema.get("default").asText());
            } else if (p.in().equals("query") && (schema.has("example") || schema.has("enum"))) {
                validParameters.put(p.in() + ":" + p.name(), SchemaValues.text(schema, random));
            }
            // other optional parameters are left out of the valid request, and set only by mutations
        }
        this.validBody = operation.bodySchema() == null ? null : SchemaValues.valid(operation.bodySchema(), random);
    }

    /** The unchanged, presumably valid request. */
    FuzzRequest valid() {
        return request("valid request", target(Map.of()), bodyHeaders("application/json"), validBodyBytes());
    }

    List<FuzzRequest> all() {
        List<FuzzRequest> all = new ArrayList<>();
        all.add(valid());
        for (ApiOperation.Parameter p : operation.parameters()) {
            List<String> values = p.in().equals("path") ? BAD_PATH : BAD_QUERY;
            if (p.in().equals("header")) {
                for (String value : List.of("", "x".repeat(200), "a b", "%00", "\u00e9", "é".repeat(50))) {
                    all.add(withHeader(p, value));
                }
                continue;
            }
            for (String value : values) {
                all.add(request(p.in() + " " + p.name() + "=" + cut(value), target(Map.of(p.in() + ":" + p.name(),
                        value)), bodyHeaders("application/json"), validBodyBytes()));
            }
            if (p.in().equals("query")) {
                String twice = target(Map.of()) + separator(target(Map.of())) + p.name() + "=" + encoded(
                        validParameters.getOrDefault("query:" + p.name(), "1"));
                all.add(request("query " + p.name() + " given twice", twice, bodyHeaders("application/json"),
                        validBodyBytes()));
            }
        }
        String unknown = target(Map.of());
        all.add(request("unknown query parameter", unknown + separator(unknown) + "fuzz=%00&page=-1&size=999999",
                bodyHeaders("application/json"), validBodyBytes()));
        if (validBody != null) {
            bodies(all);
        }
        return all;
    }

    /** A request combining two to four single changes, for the budget left after {@link #all()}. */
    FuzzRequest random(List<FuzzRequest> singles) {
        List<ApiOperation.Parameter> parameters = operation.parameters().stream()
                .filter(p -> !p.in().equals("header")).toList();
        if ((validBody == null || random.nextBoolean()) && !parameters.isEmpty() && random.nextBoolean()) {
            ApiOperation.Parameter p = parameters.get(random.nextInt(parameters.size()));
            String value = garbage();
            return request("random " + p.in() + " " + p.name() + "=" + cut(value),
                    target(Map.of(p.in() + ":" + p.name(), value)), bodyHeaders("application/json"), validBodyBytes());
        }
        if (validBody == null || random.nextInt(3) == 0) {
            return singles.get(random.nextInt(singles.size()));
        }
        JsonNode body = validBody.deepCopy();
        List<String> paths = leafPaths(body, "");
        StringBuilder what = new StringBuilder("combined:");
        String text = write(body);
        int changes = 2 + random.nextInt(3);
        for (int i = 0; i < changes && !paths.isEmpty(); i++) {
            String path = paths.get(random.nextInt(paths.size()));
            String value = ANY_VALUE.get(random.nextInt(ANY_VALUE.size()));
            JsonNode tree = readTree(text);
            if (tree == null || !(tree.at(parent(path)) instanceof ObjectNode holder)) {
                break;
            }
            holder.put(last(path), "__fuzz_hole__");
            text = write(tree).replace(HOLE, value);
            what.append(' ').append(path).append('=').append(cut(value));
        }
        return request(what.toString(), target(Map.of()), bodyHeaders("application/json"),
                text.getBytes(StandardCharsets.UTF_8));
    }

    /** 1 to 60 random code points (ASCII, Vietnamese, controls, bidi, emoji), percent-encoded as UTF-8. */
    private String garbage() {
        int[][] ranges = {{0x20, 0x7E}, {0x00, 0x1F}, {0xC0, 0x1EF9}, {0x2000, 0x206F}, {0xFDD0, 0xFFFF},
                {0x1F600, 0x1F64F}};
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(60);
        for (int i = 0; i < length; i++) {
            int[] range = ranges[random.nextInt(ranges.length)];
            int cp = range[0] + random.nextInt(range[1] - range[0] + 1);
            text.appendCodePoint(Character.isSurrogate((char) cp) && cp <= 0xFFFF ? 'x' : cp);
        }
        String encoded = encoded(text.toString());
        // now and then a raw, possibly broken escape
        return random.nextInt(8) == 0 ? encoded + "%" + Integer.toHexString(random.nextInt(256)) : encoded;
    }

    private void bodies(List<FuzzRequest> all) {
        for (String bad : BAD_BODIES) {
            all.add(request("body " + cut(bad), target(Map.of()), bodyHeaders("application/json"),
                    bad.getBytes(StandardCharsets.UTF_8)));
        }
        all.add(request("no body", target(Map.of()), List.of("Content-Type: application/json"), null));
        for (String[] type : CONTENT_TYPES) {
            byte[] bytes = write(validBody).getBytes(java.nio.charset.Charset.forName(type[1]));
            all.add(request("content type " + type[0], target(Map.of()),
                    type[0] == null ? List.of() : List.of("Content-Type: " + type[0]), bytes));
        }
        for (String path : leafPaths(validBody, "")) {
            JsonNode schema = schemaAt(path);
            all.add(replaced(path, null, "remove " + path));
            List<String> values = new ArrayList<>(ANY_VALUE);
            String format = schema == null ? "" : SchemaValues.merged(schema).path("format").asText("");
            if (format.startsWith("date")) {
                values.addAll(DATE_VALUES);
            }
            if (schema != null && SchemaValues.merged(schema).has("enum")) {
                values.addAll(ENUM_VALUES);
                SchemaValues.merged(schema).get("enum")
                        .forEach(v -> values.add("\"" + v.asText().toLowerCase() + "\""));
            }
            values.add("\"" + "x".repeat(100_000) + "\"");
            values.add("[".repeat(2000) + "]".repeat(2000));
            for (String value : values) {
                all.add(replaced(path, value, path + "=" + cut(value)));
            }
            all.add(invalidUtf8(path));
            all.add(duplicated(path));
        }
    }

    private FuzzRequest replaced(String path, String rawValue, String what) {
        JsonNode tree = validBody.deepCopy();
        JsonNode holder = tree.at(parent(path));
        if (holder instanceof ObjectNode object) {
            if (rawValue == null) {
                object.remove(last(path));
            } else {
                object.put(last(path), "__fuzz_hole__");
            }
        }
        String text = write(tree);
        if (rawValue != null) {
            text = text.replace(HOLE, rawValue);
        }
        return request(what, target(Map.of()), bodyHeaders("application/json"), text.getBytes(StandardCharsets.UTF_8));
    }

    private FuzzRequest invalidUtf8(String path) {
        JsonNode tree = validBody.deepCopy();
        if (tree.at(parent(path)) instanceof ObjectNode object) {
            object.put(last(path), "__fuzz_hole__");
        }
        String[] halves = write(tree).split("__fuzz_hole__", 2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(halves[0].getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'a', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 'b'});
        if (halves.length > 1) {
            bytes.writeBytes(halves[1].getBytes(StandardCharsets.UTF_8));
        }
        return request(path + " with invalid UTF-8", target(Map.of()), bodyHeaders("application/json"),
                bytes.toByteArray());
    }

    /** {@code {"code":"1.0","name":..,"code":"2.0"}}: the key of {@code path} repeated in its object. */
    private FuzzRequest duplicated(String path) {
        JsonNode tree = validBody.deepCopy();
        JsonNode value = tree.at(path);
        if (tree.at(parent(path)) instanceof ObjectNode object) {
            object.put(last(path), "__fuzz_hole__");
        }
        String text = write(tree).replace(HOLE, write(value) + ",\"" + last(path) + "\":" + write(value));
        return request(path + " given twice", target(Map.of()), bodyHeaders("application/json"),
                text.getBytes(StandardCharsets.UTF_8));
    }

    private FuzzRequest withHeader(ApiOperation.Parameter p, String value) {
        List<String> headers = new ArrayList<>(bodyHeaders("application/json"));
        headers.add(p.name() + ": " + value);
        return request("header " + p.name() + "=" + cut(value), target(Map.of()), headers, validBodyBytes());
    }

    private String target(Map<String, String> overrides) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (ApiOperation.Parameter p : operation.parameters()) {
            String key = p.in() + ":" + p.name();
            boolean raw = overrides.containsKey(key);
            String value = raw ? overrides.get(key) : validParameters.get(key);
            if (value == null) {
                continue;
            }
            String sent = raw ? value : encoded(value);
            if (p.in().equals("path")) {
                path = path.replace("{" + p.name() + "}", sent);
            } else if (p.in().equals("query")) {
                query.append(query.isEmpty() ? "?" : "&").append(p.name()).append('=').append(sent);
            }
        }
        return path + query;
    }

    private List<String> bodyHeaders(String contentType) {
        return validBody == null ? List.of() : List.of("Content-Type: " + contentType);
    }

    private byte[] validBodyBytes() {
        return validBody == null ? null : write(validBody).getBytes(StandardCharsets.UTF_8);
    }

    private FuzzRequest request(String what, String target, List<String> headers, byte[] body) {
        return new FuzzRequest(what, operation.method(), target, headers, body);
    }

    private JsonNode schemaAt(String pointer) {
        JsonNode schema = operation.bodySchema();
        for (String part : pointer.substring(1).split("/")) {
            schema = SchemaValues.merged(schema).path("properties").path(part);
            if (schema.isMissingNode()) {
                return null;
            }
        }
        return schema;
    }

    /** JSON pointers of every field, nested objects' fields included (arrays are treated as values). */
    private static List<String> leafPaths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String path = prefix + "/" + field.getKey();
            paths.add(path);
            if (field.getValue().isObject()) {
                paths.addAll(leafPaths(field.getValue(), path));
            }
        }
        return paths;
    }

    private static String parent(String pointer) {
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }

    private static String last(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }

    private static String separator(String target) {
        return target.contains("?") ? "&" : "?";
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String cut(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "...(" + value.length() + ")" : value;
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readTree(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
