package vn.motcua.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** One operation of an OpenAPI 3 document, with every {@code $ref} it uses resolved. */
public record ApiOperation(String method, String path, List<Parameter> parameters, JsonNode bodySchema,
        List<String> roles) {

    /** A path, query or header parameter. */
    public record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    public boolean mutates() {
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    /** Every operation of the document, in the document's order. */
    public static List<ApiOperation> parse(String document) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException("not an OpenAPI JSON document", e);
        }
        List<ApiOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (method.getKey().equals("parameters")) {
                    continue;
                }
                JsonNode op = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : iterable(path.getValue().path("parameters"), op.path("parameters"))) {
                    JsonNode resolved = resolve(root, p);
                    JsonNode schema = inline(root, resolved.path("schema"), 0);
                    if (resolved.has("example") && schema.isObject() && !schema.has("example")) {
                        // SmallRye puts @Parameter(example = ..) beside the schema, not in it
                        ((com.fasterxml.jackson.databind.node.ObjectNode) schema).set("example", resolved.get("example"));
                    }
                    parameters.add(new Parameter(resolved.path("name").asText(), resolved.path("in").asText(), schema,
                            resolved.path("required").asBoolean(false)));
                }
                JsonNode body = op.path("requestBody").path("content").path("application/json").path("schema");
                List<String> roles = new ArrayList<>();
                for (JsonNode requirement : op.path("security")) {
                    requirement.fields().forEachRemaining(e -> e.getValue().forEach(r -> roles.add(r.asText())));
                }
                operations.add(new ApiOperation(method.getKey().toUpperCase(), path.getKey(), parameters,
                        body.isMissingNode() ? null : inline(root, body, 0), roles));
            }
        }
        return operations;
    }

    private static List<JsonNode> iterable(JsonNode... arrays) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode array : arrays) {
            array.forEach(all::add);
        }
        return all;
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            current = root.at(ref.substring(1));
        }
        return current;
    }

    /** The schema with every {@code $ref} replaced by its target (depth-bounded against recursive schemas). */
    private static JsonNode inline(JsonNode root, JsonNode schema, int depth) {
        JsonNode resolved = resolve(root, schema);
        if (depth > 8 || !resolved.isObject()) {
            return resolved;
        }
        com.fasterxml.jackson.databind.node.ObjectNode copy = resolved.deepCopy();
        if (copy.has("properties")) {
            com.fasterxml.jackson.databind.node.ObjectNode properties = copy.putObject("properties");
            resolved.get("properties").fields()
                    .forEachRemaining(e -> properties.set(e.getKey(), inline(root, e.getValue(), depth + 1)));
        }
        if (copy.has("items")) {
            copy.set("items", inline(root, resolved.get("items"), depth + 1));
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (copy.has(combinator)) {
                com.fasterxml.jackson.databind.node.ArrayNode parts = copy.putArray(combinator);
                resolved.get(combinator).forEach(part -> parts.add(inline(root, part, depth + 1)));
            }
        }
        return copy;
    }
}
