package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The catalogue side of the report tests, through the catalogue's own API only: publishing a {@link ReportHistory}'s
 * procedures (once: a platform that has them keeps them), and form II.03b counted from what the catalogue says —
 * the public list of the versions in force on the period's last day for the counts (3)-(12), the province's
 * procedures with their dated versions and abolitions for the changes (13)-(15) — never from the reporting service.
 */
final class ReportCatalogue {
    static final List<String> COLUMNS = List.of("total", "central", "local", "oneStop", "interConnected",
            "postalReceipt", "postalReturn", "onlineFull", "onlinePartial", "fourOnTheSpot", "published", "amended",
            "abolished");

    private final Api api;
    private final String gw;

    ReportCatalogue(Api api) {
        this.api = api;
        this.gw = api.endpoints().gateway();
    }

    /** Drafts, publishes, amends and abolishes the history's procedures as the province admin, unless present. */
    void publish(ReportHistory history, String admin) {
        JsonNode existing = api.get(gw + "/api/catalog/procedures", admin).json();
        int decision = 0;
        for (ReportHistory.Procedure p : history.procedures()) {
            JsonNode present = null;
            for (JsonNode e : existing) {
                present = e.path("code").asText().equals(p.code()) ? e : present;
            }
            if (present != null && !present.path("status").asText().equals("DRAFT")) {
                continue;
            }
            ReportHistory.Version first = p.versions().getFirst();
            String id;
            if (present == null) {
                Api.Reply drafted = api.post(gw + "/api/catalog/procedures", admin, "{\"code\":\"" + p.code()
                        + "\",\"terms\":" + terms(p, first) + "}");
                assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
                id = gw + "/api/catalog/procedures/" + drafted.text("id");
            } else {
                // a draft an interrupted run left: its terms as planned, then published like a new one
                id = gw + "/api/catalog/procedures/" + present.path("id").asText();
                Api.Reply edited = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(id + "/draft"))
                        .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(terms(p, first))));
                assertThat(edited.status()).as(edited.body()).isEqualTo(200);
            }
            Api.Reply published = api.post(id + "/publish", admin, ProcedureBodies.decision(
                    number(p, ++decision), first.effectiveFrom()));
            assertThat(published.status()).as(published.body()).isEqualTo(200);
            for (ReportHistory.Version v : p.versions().subList(1, p.versions().size())) {
                Api.Reply amended = api.post(id + "/amendments", admin, ProcedureBodies.amendment(terms(p, v),
                        number(p, ++decision), v.effectiveFrom()));
                assertThat(amended.status()).as(amended.body()).isEqualTo(201);
            }
            if (p.abolishedFrom() != null) {
                Api.Reply abolished = api.post(id + "/abolition", admin, ProcedureBodies.decision(
                        number(p, ++decision), p.abolishedFrom()));
                assertThat(abolished.status()).as(abolished.body()).isEqualTo(200);
            }
        }
    }

    private static String number(ReportHistory.Procedure p, int n) {
        return n + "" + p.code().substring(p.code().length() - 2) + "/QĐ-UBND";
    }

    private static String terms(ReportHistory.Procedure p, ReportHistory.Version v) {
        return ProcedureBodies.terms(p.name(), v.field(), p.agency(), p.workingDays(), p.issuingLevel(),
                v.number() > 1 ? "FULL" : p.onlineMode(), p.postalReceipt(), p.postalReturn(), p.fourOnTheSpot());
    }

    /**
     * II.03b of {@code province} for {@code [from, to]} as the catalogue tells it: rows per field (by code), then
     * TOTAL. The catalogue of {@code to} is its public list of that day (per procedure the version in force, none
     * once abolished); a change belongs to the field of the version it concerns (the abolished procedure's last).
     */
    Map<String, Map<String, Long>> form03b(String province, String admin, LocalDate from, LocalDate to) {
        Map<String, Map<String, Long>> rows = new TreeMap<>();
        for (int page = 0; ; page++) {
            JsonNode result = api.get(gw + "/api/catalog/public/" + province + "/procedures?on=" + to + "&size=100"
                    + "&page=" + page, null).json();
            for (JsonNode p : result.path("items")) {
                Map<String, Long> row = rows.computeIfAbsent(p.path("fieldCode").asText(), k -> empty());
                row.merge("total", 1L, Long::sum);
                row.merge(p.path("issuingLevel").asText().equals("LOCAL") ? "local" : "central", 1L, Long::sum);
                row.merge(p.path("mechanism").asText().equals("INTER_CONNECTED") ? "interConnected" : "oneStop", 1L,
                        Long::sum);
                row.merge("postalReceipt", p.path("postalReceipt").asBoolean() ? 1L : 0L, Long::sum);
                row.merge("postalReturn", p.path("postalReturn").asBoolean() ? 1L : 0L, Long::sum);
                String mode = p.path("onlineMode").asText();
                row.merge("onlineFull", mode.equals("FULL") || mode.equals("LEVEL_4") ? 1L : 0L, Long::sum);
                row.merge("onlinePartial", mode.equals("PARTIAL") || mode.equals("LEVEL_3") ? 1L : 0L, Long::sum);
                row.merge("fourOnTheSpot", p.path("fourOnTheSpot").asBoolean() ? 1L : 0L, Long::sum);
            }
            if ((long) (page + 1) * 100 >= result.path("total").asLong()) {
                break;
            }
        }
        for (JsonNode p : api.get(gw + "/api/catalog/procedures", admin).json()) {
            String id = gw + "/api/catalog/procedures/" + p.path("id").asText();
            int lastPublished = 0;
            for (JsonNode v : p.path("versions")) {
                if (!v.path("status").asText().equals("PUBLISHED")) {
                    continue;
                }
                lastPublished = Math.max(lastPublished, v.path("version").asInt());
                LocalDate effective = LocalDate.parse(v.path("effectiveFrom").asText());
                if (!effective.isBefore(from) && !effective.isAfter(to)) {
                    String field = api.get(id + "/versions/" + v.path("version").asInt(), admin).json()
                            .at("/terms/fieldCode").asText();
                    rows.computeIfAbsent(field, k -> empty()).merge(v.path("version").asInt() == 1 ? "published"
                            : "amended", 1L, Long::sum);
                }
            }
            if (p.hasNonNull("abolishedFrom") && lastPublished > 0) {
                LocalDate abolished = LocalDate.parse(p.path("abolishedFrom").asText());
                if (!abolished.isBefore(from) && !abolished.isAfter(to)) {
                    String field = api.get(id + "/versions/" + lastPublished, admin).json().at("/terms/fieldCode")
                            .asText();
                    rows.computeIfAbsent(field, k -> empty()).merge("abolished", 1L, Long::sum);
                }
            }
        }
        Map<String, Map<String, Long>> ordered = new LinkedHashMap<>(rows);
        Map<String, Long> total = empty();
        rows.values().forEach(r -> r.forEach((k, v) -> total.merge(k, v, Long::sum)));
        ordered.put(IndependentCount.TOTAL, total);
        return ordered;
    }

    private static Map<String, Long> empty() {
        Map<String, Long> m = new LinkedHashMap<>();
        COLUMNS.forEach(c -> m.put(c, 0L));
        return m;
    }
}
