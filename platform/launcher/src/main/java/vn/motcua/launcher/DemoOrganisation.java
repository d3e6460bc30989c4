package vn.motcua.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A province's demo organisation file ({@code catalog-service/src/main/resources/demo/organisation-<p>.json}) as
 * the calls an admin makes to register it: each agency without its units, a parent before its sub-agencies (the
 * register refuses a parent it does not know yet), then that agency's units, and the fields last (a field names
 * the agency that handles it).
 */
final class DemoOrganisation {
    /** One call: a path under the catalogue's base URL and its JSON body. */
    record Call(String path, JsonNode body) {
    }

    private DemoOrganisation() {
    }

    static List<Call> calls(Path file) throws IOException {
        return calls(Http.JSON.readTree(file.toFile()));
    }

    static List<Call> calls(JsonNode organisation) {
        List<Call> calls = new ArrayList<>();
        for (JsonNode agency : parentsFirst(organisation.path("agencies"))) {
            ObjectNode body = agency.deepCopy();
            body.remove("units");
            calls.add(new Call("/api/catalog/agencies", body));
            String units = "/api/catalog/agencies/" + agency.path("code").asText() + "/units";
            agency.path("units").forEach(unit -> calls.add(new Call(units, unit)));
        }
        organisation.path("fields").forEach(field -> calls.add(new Call("/api/catalog/fields", field)));
        return calls;
    }

    /** The agencies in an order where each parent comes before the agencies under it. */
    private static List<JsonNode> parentsFirst(JsonNode agencies) {
        Map<String, JsonNode> pending = new LinkedHashMap<>();
        agencies.forEach(a -> pending.put(a.path("code").asText(), a));
        List<JsonNode> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            JsonNode next = pending.values().stream()
                    .filter(a -> !pending.containsKey(a.path("parent").asText()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the agencies " + pending.keySet()
                            + " are each other's parents"));
            ordered.add(next);
            pending.remove(next.path("code").asText());
        }
        return ordered;
    }
}
