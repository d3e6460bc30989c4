package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The processing officer's and the unit's scorecards of the running quarter (Circular 01/2018/TT-VPCP Art. 15 cl.
 * 1: an officer is scored on indicators 1, 2, 3, 4 and 7 of the dossiers they handled), compared with an independent
 * computation over each dossier's own history as dossier-service keeps it: its action log and dates. Other tests
 * resolve dossiers for the same officer in the same quarter, so the expectation covers every dossier the scorecard
 * lists, and the dossiers this test handles are checked one by one with literal points.
 */
@ExtendWith(RunningPlatform.class)
class OfficerScorecardIT {
    private static final Duration SCORED_WITHIN = Duration.ofSeconds(90);

    private final Api api = new Api(Endpoints.local());
    private final String gw = api.endpoints().gateway();

    @Test
    void theOfficersScorecardIsTheMeanOfTheirDossiersPointsRecomputedFromEachDossiersHistory() {
        String admin = api.login("quantri.ls");
        String desk = api.login("tiepnhan.ls");
        String lead = api.login("truongphong.ls");
        String officer = api.login("xuly.ls");
        String portal = api.clientToken("portal-20", "portal-20-secret");
        String procedure = "1.004227";

        // a desk dossier handled without a hitch: indicators 1, 3, 4 and 7 all 2 points
        String plain = handled(desk, lead, officer, received(desk, procedure));
        // an online dossier whose papers the desk asked for before accepting it: the applicant came back once (3: 1
        // point) to the one-stop only (4: 1 point)
        String online = submitted(portal, procedure, "officer-scorecard-online-" + System.nanoTime());
        assertThat(api.post(gw + "/api/dossiers/" + online + "/request-papers", desk,
                "{\"reason\":\"Thiếu đơn đề nghị\"}").status()).isEqualTo(200);
        assertThat(api.post(gw + "/api/dossiers/" + online + "/add-papers", portal, null,
                Map.of("Idempotency-Key", "add-" + online)).status()).isEqualTo(200);
        assertThat(api.post(gw + "/api/dossiers/" + online + "/accept", desk, null).status()).isEqualTo(200);
        handled(desk, lead, officer, online);

        String quarter = currentQuarter();
        Map<String, Map<Integer, Integer>> ours = Map.of(plain, Map.of(1, 2, 3, 2, 4, 2, 7, 2),
                online, Map.of(1, 2, 3, 1, 4, 1, 7, 2));
        await().atMost(SCORED_WITHIN).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<JsonNode> components = components("OFFICER", "xuly.ls", quarter, officer);
            Map<String, JsonNode> byId = new TreeMap<>();
            components.forEach(c -> byId.put(c.path("dossierId").asText(), c));
            ours.forEach((id, points) -> {
                assertThat(byId).as("the officer's scorecard lists dossier " + id).containsKey(id);
                points.forEach((indicator, p) -> assertThat(byId.get(id).at("/points/" + indicator).asInt())
                        .as(id + " indicator " + indicator).isEqualTo(p));
            });

            // every dossier behind the scorecard, recomputed from dossier-service's own record of it
            Map<Integer, List<Integer>> points = new TreeMap<>();
            for (JsonNode c : components) {
                Map<Integer, Integer> expected = fromHistory(c.path("dossierId").asText(), admin);
                expected.forEach((k, v) -> points.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            }
            JsonNode card = api.get(gw + "/api/evaluations/scorecards/OFFICER/detail?subject=xuly.ls&period="
                    + quarter, officer).json();
            BigDecimal total = BigDecimal.ZERO;
            for (Map.Entry<Integer, List<Integer>> e : points.entrySet()) {
                BigDecimal mean = ExpectedScores.mean(e.getValue());
                total = total.add(mean);
                JsonNode indicator = indicator(card, e.getKey());
                assertThat(indicator.path("score").decimalValue()).as("indicator " + e.getKey() + " of " + card)
                        .isEqualByComparingTo(mean);
                assertThat(indicator.path("dossiers").asInt()).isEqualTo(e.getValue().size());
            }
            // no procedure of the demo catalogue or of the tests divides its time limit into steps: no data for 2
            assertThat(indicator(card, 2).path("status").asText()).isEqualTo("NO_DATA");
            assertThat(card.path("total").decimalValue()).as(card.toString()).isEqualByComparingTo(total);
            assertThat(card.path("band").asText()).isEqualTo(ExpectedScores.officerBand(total));
        });

        // a colleague's scorecard is not the officer's to read; the unit lead reads the unit's
        assertThat(api.get(gw + "/api/evaluations/scorecards/OFFICER/detail?subject=tiepnhan.ls&period=" + quarter,
                officer).status()).isIn(403, 404);
        // the unit's scorecard (5, 6, 8, 9; Art. 15 cl. 1): indicator 6 is the mean of its dossiers' disclosure,
        // recomputed from the public catalogue: every procedure a dossier of this quarter went through is published
        // online, complete, and decided at least 5 working days before it took effect, so 2 points each
        WorkingDays calendar = WorkingDays.of(api, "20");
        await().atMost(SCORED_WITHIN).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<JsonNode> unitDossiers = components("UNIT", "SKHCN-20/QLCN", quarter, lead);
            assertThat(unitDossiers).extracting(c -> c.path("dossierId").asText()).contains(plain, online);
            List<Integer> disclosure = new ArrayList<>();
            for (JsonNode c : unitDossiers) {
                disclosure.add(disclosed(c.path("dossierId").asText(), admin, calendar));
            }
            Api.Reply unit = api.get(gw + "/api/evaluations/scorecards/UNIT/detail?subject=SKHCN-20/QLCN&period="
                    + quarter, lead);
            assertThat(unit.status()).as(unit.body()).isEqualTo(200);
            JsonNode six = indicator(unit.json(), 6);
            assertThat(six.path("score").decimalValue()).as(unit.body())
                    .isEqualByComparingTo(ExpectedScores.mean(disclosure));
            assertThat(six.path("dossiers").asInt()).isEqualTo(unitDossiers.size());
            assertThat(unit.json().path("max").decimalValue()).isLessThanOrEqualTo(BigDecimal.valueOf(8));
            assertThat(unit.json().path("band").isNull() || unit.json().path("band").isMissingNode()).isTrue();
        });
        assertThat(api.get(gw + "/api/evaluations/scorecards/AGENCY/detail?subject=SKHCN-20&period=" + quarter,
                api.login("lanhdao.cb")).status()).isIn(403, 404);
    }

    /**
     * Indicators 1, 3, 4 and 7 of a resolved dossier from its action log (Art. 13): 1 and 7 by the day of the
     * resolution against the appointed date before any apology; 3 the times the applicant was asked for papers;
     * 4 who asked: the one-stop (at reception) and the agency (during appraisal), each one more body contacted.
     */
    private Map<Integer, Integer> fromHistory(String id, String token) {
        JsonNode dossier = api.get(gw + "/api/dossiers/" + id, token).json();
        JsonNode actions = api.get(gw + "/api/dossiers/" + id + "/actions", token).json();
        Instant resolvedAt = null;
        int atReception = 0;
        int inAppraisal = 0;
        for (JsonNode a : actions) {
            switch (a.path("action").asText()) {
                case "RESOLVE" -> resolvedAt = Instant.parse(a.path("at").asText());
                case "REQUEST_PAPERS" -> atReception++;
                case "REQUEST_SUPPLEMENT" -> inAppraisal++;
                default -> {
                }
            }
        }
        assertThat(resolvedAt).as("dossier " + id + " behind a scorecard is resolved").isNotNull();
        JsonNode extension = dossier.path("extension");
        Instant legalDue = Instant.parse(extension.isObject() ? extension.path("dueBefore").asText()
                : dossier.path("dueAt").asText());
        int timely = ExpectedScores.byDueDay(day(resolvedAt), day(legalDue));
        Set<String> contacted = new HashSet<>();
        if (atReception > 0) {
            contacted.add("one-stop");
        }
        if (inAppraisal > 0) {
            contacted.add(dossier.path("agency").asText());
        }
        int attitude = timely;
        JsonNode evaluation = api.get(gw + "/api/evaluations/dossiers/" + id, token).json();
        if (evaluation.at("/rating/contents").findValuesAsText("content").contains("THAI_DO")) {
            for (JsonNode c : evaluation.at("/rating/contents")) {
                if (c.path("content").asText().equals("THAI_DO") && c.path("score").asInt() == 0) {
                    attitude = 0;
                }
            }
        }
        return Map.of(1, timely, 3, ExpectedScores.contacts(atReception + inAppraisal), 4,
                contacted.isEmpty() ? 2 : contacted.size() == 1 ? 1 : 0, 7, attitude);
    }

    /**
     * Indicator 6 of a dossier (Art. 13): its procedure version, as the public catalogue shows it on the acceptance
     * day, published online, complete and decided at least 5 working days before it took effect: 2; else 1.
     */
    private int disclosed(String id, String token, WorkingDays calendar) {
        JsonNode dossier = api.get(gw + "/api/dossiers/" + id, token).json();
        LocalDate accepted = day(Instant.parse(dossier.path("receivedAt").asText()));
        Api.Reply p = api.get(gw + "/api/catalog/public/20/procedures/" + dossier.path("procedureCode").asText()
                + "?on=" + accepted, null);
        assertThat(p.status()).as(p.body()).isEqualTo(200);
        return ExpectedScores.disclosure(p.json().path("current"), calendar);
    }

    private List<JsonNode> components(String kind, String subject, String period, String token) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; page < 100; page++) {
            Api.Reply r = api.get(gw + "/api/evaluations/scorecards/" + kind + "/components?subject=" + subject
                    + "&period=" + period + "&page=" + page + "&size=100", token);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            r.json().forEach(all::add);
            if (r.json().size() < 100) {
                break;
            }
        }
        return all;
    }

    private String received(String desk, String procedure) {
        Api.Reply r = api.post(gw + "/api/dossiers", desk, """
                {"procedureCode":"%s","channel":"DIRECT_CENTRE",
                 "applicant":{"name":"Hoàng Thị Lan","idNumber":"020190004321"}}""".formatted(procedure),
                Map.of("Idempotency-Key", "officer-scorecard-" + System.nanoTime()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("id");
    }

    private String submitted(String portal, String procedure, String key) {
        Api.Reply r = api.post(gw + "/api/dossiers", portal, """
                {"procedureCode":"%s","channel":"ONLINE_NATIONAL_PORTAL",
                 "applicant":{"name":"Lê Văn Nam","idNumber":"020190004322"}}""".formatted(procedure),
                Map.of("Idempotency-Key", key));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("id");
    }

    /** Handed over to the unit QLCN, assigned to xuly.ls by its lead, resolved by xuly.ls (Art. 18-19). */
    private String handled(String desk, String lead, String officer, String id) {
        String dossier = gw + "/api/dossiers/" + id;
        Api.Reply handedOver = api.post(dossier + "/hand-over", desk, "{\"toUnit\":\"QLCN\"}");
        assertThat(handedOver.status()).as(handedOver.body()).isEqualTo(200);
        Api.Reply assigned = api.post(dossier + "/assign", lead, "{\"officer\":\"xuly.ls\"}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        Api.Reply resolved = api.post(dossier + "/resolve", officer, """
                {"outcome":"APPROVED","resultReference":"21/GCN-SKHCN","electronicResult":true}""");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        return id;
    }

    private static String currentQuarter() {
        // Lạng Sơn cuts on the 15th (Decree 09/2019 Art. 12): from the 15th of a quarter's last month on, the next
        LocalDate today = LocalDate.now(WorkingDays.VIETNAM);
        boolean lastMonth = today.getMonthValue() % 3 == 0;
        LocalDate d = lastMonth && today.getDayOfMonth() >= 15 ? today.plusMonths(1) : today;
        return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }

    private static JsonNode indicator(JsonNode card, int number) {
        for (JsonNode i : card.path("indicators")) {
            if (i.path("indicator").asInt() == number) {
                return i;
            }
        }
        throw new AssertionError("indicator " + number + " missing in " + card);
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(WorkingDays.VIETNAM).toLocalDate();
    }
}
