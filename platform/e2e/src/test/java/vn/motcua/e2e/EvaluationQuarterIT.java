package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A generated quarter of Lạng Sơn's Sở KH&CN, imported as the old system's history, scored by evaluation-service and
 * compared with an independent computation of the same legal rules ({@link ExpectedScores}): the agency's and the
 * province's scorecards (Circular 01/2018/TT-VPCP Art. 13-15) and the Decision 766 groups of the agency; then the
 * evaluation store is rebuilt from Kafka and every number is the same again.
 *
 * <p>The quarter is Q2 2026 as Lạng Sơn cuts it (15/3 – 14/6, Decree 09/2019/NĐ-CP Art. 12): no other test and no
 * demo data resolves a dossier in it, so its scorecards are exactly the generated dossiers'.
 */
@ExtendWith(RunningPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationQuarterIT {
    private static final String PERIOD = "2026-Q2";
    private static final LocalDate FROM = LocalDate.of(2026, 3, 15);
    private static final LocalDate TO = LocalDate.of(2026, 6, 14);
    private static final String AGENCY = "SKHCN-20";
    private static final Duration SCORED_WITHIN = Duration.ofSeconds(90);

    private static final Map<String, JsonNode> beforeRebuild = new LinkedHashMap<>();

    private final Api api = new Api(Endpoints.local());
    private final String gw = api.endpoints().gateway();

    @Test
    @Order(1)
    void aGeneratedQuarterScoresAsAnIndependentCountOfItsDossiers() {
        String admin = api.login("quantri.ls");
        WorkingDays calendar = WorkingDays.of(api, "20");
        Catalogue agencyCatalogue = Catalogue.of(api, "20", AGENCY);
        Catalogue provinceCatalogue = Catalogue.of(api, "20", null);
        GeneratedQuarter quarter = GeneratedQuarter.generate(calendar, agencyCatalogue.cases(), "EVAL-Q2-2026",
                LocalDate.of(2026, 3, 16), 42, 15);
        List<GeneratedQuarter.Dossier> resolved = quarter.dossiers().stream()
                .filter(GeneratedQuarter.Dossier::resolved).toList();
        assertThat(resolved).allSatisfy(d -> assertThat(day(d.resolvedAt())).isBetween(FROM, TO));
        assertThat(quarter.dossiers()).allSatisfy(d -> assertThat(day(d.acceptedAt())).isBetween(FROM, TO));

        Api.Reply imported = api.send(HttpRequest.newBuilder(URI.create(gw + "/api/dossiers/imports"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(quarter.ndjson())));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("rejected")).as(imported.body()).isEmpty();
        assertThat(imported.json().path("created").asInt() + imported.json().path("unchanged").asInt())
                .isEqualTo(42);

        // the per-dossier indicators the import's history tells (Art. 13); indicator 2 has no steps: no data
        Map<Integer, List<Integer>> points = new TreeMap<>();
        for (GeneratedQuarter.Dossier d : resolved) {
            int timely = ExpectedScores.byDueDay(day(d.resolvedAt()), d.legalDue());
            points.computeIfAbsent(1, k -> new ArrayList<>()).add(timely);
            points.computeIfAbsent(3, k -> new ArrayList<>()).add(ExpectedScores.contacts(d.supplements()));
            points.computeIfAbsent(4, k -> new ArrayList<>()).add(d.supplements() == 0 ? 2 : 1);
            points.computeIfAbsent(6, k -> new ArrayList<>()).add(agencyCatalogue.disclosure(d, calendar));
            points.computeIfAbsent(7, k -> new ArrayList<>()).add(timely);
        }
        // a quarter of every fate: the expectation does not degenerate to "all 2"
        assertThat(points.get(1)).contains(0, 1, 2);
        assertThat(points.get(3)).contains(0, 1, 2);

        int received = quarter.dossiers().size();
        int online = (int) quarter.dossiers().stream().filter(GeneratedQuarter.Dossier::online).count();
        boolean outsideOneStop = quarter.dossiers().stream().anyMatch(d -> d.channel().equals("DIRECT_AGENCY"));
        boolean onlineLate = resolved.stream().anyMatch(d -> d.online()
                && ExpectedScores.byDueDay(day(d.resolvedAt()), d.legalDue()) == 0);

        Map<Integer, BigDecimal> agency = scores(points, agencyCatalogue, received, online, outsideOneStop,
                onlineLate);
        JsonNode agencyCard = awaitScorecard("AGENCY", AGENCY, admin, agency, resolved.size());
        BigDecimal total = agency.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(agencyCard.path("max").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(2L * agency.size()));
        assertThat(agencyCard.path("band").asText()).isEqualTo(ExpectedScores.agencyBand(total));
        assertThat(agencyCard.path("dossiers").asInt()).isEqualTo(resolved.size());
        assertThat(indicator(agencyCard, 2).path("status").asText()).isEqualTo("NO_DATA");

        Map<Integer, BigDecimal> province = scores(points, provinceCatalogue, received, online, outsideOneStop,
                onlineLate);
        awaitScorecard("PROVINCE", "20", admin, province, -1);

        JsonNode index = index766(admin, resolved, agencyCatalogue, calendar, received, online);
        beforeRebuild.put("agency", withoutTimes(agencyCard));
        beforeRebuild.put("province", withoutTimes(scorecard("PROVINCE", "20", admin)));
        beforeRebuild.put("index766", withoutTimes(index));
        beforeRebuild.put("ranking", api.get(gw + "/api/evaluations/scorecards/AGENCY?period=" + PERIOD, admin).json());
    }

    @Test
    @Order(2)
    void aFullRebuildFromKafkaGivesTheSameNumbersAndPrintsItsRate() {
        assertThat(beforeRebuild).as("the quarter was scored first").isNotEmpty();
        String admin = api.login("quantri.ls");
        Api.Reply rebuilt = api.send(HttpRequest.newBuilder(URI.create(api.endpoints().evaluation() + "/q/rebuild"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        JsonNode report = rebuilt.json();
        System.out.printf("rebuild of evaluation-service: %d events in %.1f s = %.0f events/s; raw consumer of the"
                        + " same topics: %.0f events/s (%.1f %%)%n", report.path("events").asLong(),
                report.path("seconds").asDouble(), report.path("eventsPerSecond").asDouble(),
                report.at("/rawConsumer/eventsPerSecond").asDouble(),
                100 * report.path("eventsPerSecond").asDouble() / report.at("/rawConsumer/eventsPerSecond").asDouble());
        assertThat(report.path("events").asLong()).isGreaterThanOrEqualTo(42);

        await().atMost(SCORED_WITHIN).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(withoutTimes(scorecard("AGENCY", AGENCY, admin))).isEqualTo(beforeRebuild.get("agency"));
            assertThat(withoutTimes(scorecard("PROVINCE", "20", admin))).isEqualTo(beforeRebuild.get("province"));
            assertThat(withoutTimes(api.get(gw + "/api/evaluations/index766?scope=AGENCY&subject=" + AGENCY
                    + "&period=" + PERIOD, admin).json())).isEqualTo(beforeRebuild.get("index766"));
            assertThat(api.get(gw + "/api/evaluations/scorecards/AGENCY?period=" + PERIOD, admin).json())
                    .isEqualTo(beforeRebuild.get("ranking"));
        });
    }

    /** Indicators 1, 3, 4, 6, 7 as means of the dossiers' points; 5, 8, 9 for the agency or province (Art. 14). */
    private static Map<Integer, BigDecimal> scores(Map<Integer, List<Integer>> points, Catalogue catalogue,
            int received, int online, boolean outsideOneStop, boolean onlineLate) {
        Map<Integer, BigDecimal> scores = new TreeMap<>();
        points.forEach((indicator, list) -> scores.put(indicator, ExpectedScores.mean(list)));
        // 5: at least 20 % of the procedures "4 tại chỗ" → 2; else all received and returned at the one-stop → 1
        int onTheSpot = catalogue.count(p -> p.path("fourOnTheSpot").asBoolean() ? 1 : 0);
        scores.put(5, BigDecimal.valueOf(5L * onTheSpot >= catalogue.size() ? 2 : outsideOneStop ? 0 : 1));
        // 8: no feedback in the quarter → 2
        scores.put(8, BigDecimal.valueOf(2));
        // 9: ≥ 20 % of the procedures online, ≥ 30 % of the dossiers online, none late → 2; online, ≥ 15 % → 1
        int onlineProcedures = catalogue.count(p -> List.of("LEVEL_3", "LEVEL_4", "PARTIAL", "FULL")
                .contains(p.path("onlineMode").asText()) ? 1 : 0);
        int nine = onlineLate ? 0
                : 5L * onlineProcedures >= catalogue.size() && 10L * online >= 3L * received ? 2
                : onlineProcedures > 0 && 100L * online >= 15L * received ? 1 : 0;
        scores.put(9, BigDecimal.valueOf(nine));
        return scores;
    }

    /**
     * The scorecard once it scores what is expected over {@code dossiers} dossiers (any number when negative): the
     * evaluations of an imported quarter arrive one by one, and a card of part of them may show the same means.
     */
    private JsonNode awaitScorecard(String kind, String subject, String token, Map<Integer, BigDecimal> expected,
            int dossiers) {
        BigDecimal total = expected.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        JsonNode[] card = new JsonNode[1];
        await().atMost(SCORED_WITHIN).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            card[0] = scorecard(kind, subject, token);
            Map<Integer, BigDecimal> actual = new TreeMap<>();
            for (JsonNode i : card[0].path("indicators")) {
                if (i.path("status").asText().equals("SCORED")) {
                    actual.put(i.path("indicator").asInt(), i.path("score").decimalValue().stripTrailingZeros());
                }
            }
            Map<Integer, BigDecimal> wanted = new TreeMap<>();
            expected.forEach((k, v) -> wanted.put(k, v.stripTrailingZeros()));
            assertThat(actual).as(kind + " " + subject + ": " + card[0]).isEqualTo(wanted);
            assertThat(card[0].path("total").decimalValue()).isEqualByComparingTo(total);
            if (dossiers >= 0) {
                assertThat(card[0].path("dossiers").asInt()).as(kind + " " + subject + ": dossiers").isEqualTo(dossiers);
            }
        });
        return card[0];
    }

    private JsonNode scorecard(String kind, String subject, String token) {
        Api.Reply r = api.get(gw + "/api/evaluations/scorecards/" + kind + "/detail?subject=" + subject + "&period="
                + PERIOD, token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /**
     * The Decision 766 groups of the agency (domain.md §6), counted from the generated quarter: 2.1 with the
     * supplement time subtracted and a second request late; 3.3 online dossiers; 5.3 one minus the late share.
     */
    private JsonNode index766(String token, List<GeneratedQuarter.Dossier> resolved, Catalogue catalogue,
            WorkingDays calendar, int received, int online) {
        int onTime766 = (int) resolved.stream().filter(d -> d.supplements() <= 1
                && !day(d.resolvedAt().minusSeconds(d.waitedSeconds())).isAfter(day(d.originalDue()))).count();
        int lateLegal = (int) resolved.stream().filter(d -> day(d.resolvedAt())
                .isAfter(d.apologyDue() != null ? d.apologyDue() : d.legalDue())).count();
        int onlineProcedures = catalogue.count(p -> List.of("LEVEL_3", "LEVEL_4", "PARTIAL", "FULL")
                .contains(p.path("onlineMode").asText()) ? 1 : 0);
        int timelyProcedures = catalogue.count(p -> ExpectedScores.publishedOnTime(p, calendar) ? 1 : 0);
        Map<String, int[]> subs = new LinkedHashMap<>();
        subs.put("1.1", new int[] {timelyProcedures, catalogue.size()});
        subs.put("2.1", new int[] {onTime766, resolved.size()});
        subs.put("3.1", new int[] {onlineProcedures, catalogue.size()});
        subs.put("3.3", new int[] {online, received});
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        points.put("1.1", ExpectedScores.points766(timelyProcedures, catalogue.size(), "1.0", 4));
        points.put("2.1", ExpectedScores.points766(onTime766, resolved.size(), "1.0", 20));
        points.put("3.1", ExpectedScores.points766(onlineProcedures, catalogue.size(), "0.8", 6));
        points.put("3.3", ExpectedScores.points766(online, received, "0.5", 6));
        int satisfied = resolved.size() - lateLegal;
        points.put("5.3", ExpectedScores.points766(satisfied, resolved.size(), "0.9", 6));

        JsonNode[] index = new JsonNode[1];
        await().atMost(SCORED_WITHIN).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Api.Reply r = api.get(gw + "/api/evaluations/index766?scope=AGENCY&subject=" + AGENCY + "&period="
                    + PERIOD, token);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            index[0] = r.json();
            Map<String, JsonNode> byCode = new LinkedHashMap<>();
            for (JsonNode g : index[0].path("groups")) {
                for (JsonNode s : g.path("subIndicators")) {
                    byCode.put(s.path("code").asText(), s);
                }
            }
            subs.forEach((code, nd) -> {
                assertThat(byCode.get(code).path("numerator").asInt()).as(code + " " + byCode.get(code))
                        .isEqualTo(nd[0]);
                assertThat(byCode.get(code).path("denominator").asInt()).as(code).isEqualTo(nd[1]);
            });
            points.forEach((code, p) -> assertThat(byCode.get(code).path("points").decimalValue())
                    .as(code + " " + byCode.get(code)).isEqualByComparingTo(p));
            assertThat(byCode.get("1.2").path("points").isNull()).as("1.2: the national database is not known here")
                    .isTrue();
            assertThat(index[0].path("groups")).hasSize(5);
        });
        return index[0];
    }

    private static JsonNode indicator(JsonNode card, int number) {
        for (JsonNode i : card.path("indicators")) {
            if (i.path("indicator").asInt() == number) {
                return i;
            }
        }
        throw new AssertionError("indicator " + number + " missing in " + card);
    }

    private static JsonNode withoutTimes(JsonNode node) {
        JsonNode copy = node.deepCopy();
        if (copy instanceof ObjectNode o) {
            o.remove("computedAt");
        }
        return copy;
    }

    private static LocalDate day(java.time.Instant instant) {
        return instant.atZone(WorkingDays.VIETNAM).toLocalDate();
    }

    /** The procedures in force in the quarter (public catalogue on 15/4/2026), with their details. */
    record Catalogue(List<JsonNode> procedures) {
        static Catalogue of(Api api, String province, String agency) {
            String gw = api.endpoints().gateway();
            Api.Reply list = api.get(gw + "/api/catalog/public/" + province + "/procedures?on=2026-04-15&size=100"
                    + (agency == null ? "" : "&agency=" + agency), null);
            assertThat(list.status()).as(list.body()).isEqualTo(200);
            List<JsonNode> details = new ArrayList<>();
            for (JsonNode item : list.json().path("items")) {
                Api.Reply d = api.get(gw + "/api/catalog/public/" + province + "/procedures/"
                        + item.path("code").asText() + "?on=2026-04-15", null);
                assertThat(d.status()).as(d.body()).isEqualTo(200);
                ObjectNode current = (ObjectNode) d.json().path("current").deepCopy();
                current.put("code", item.path("code").asText());
                details.add(current);
            }
            assertThat(details).isNotEmpty();
            return new Catalogue(details);
        }

        int size() {
            return procedures.size();
        }

        int count(ToIntFunction<JsonNode> f) {
            return procedures.stream().mapToInt(f).sum();
        }

        /** Cases with a time limit of at least 5 working days, one per procedure. */
        List<GeneratedQuarter.Case> cases() {
            List<GeneratedQuarter.Case> cases = new ArrayList<>();
            for (JsonNode p : procedures) {
                for (JsonNode v : p.path("caseVariants")) {
                    if (v.at("/timeLimit/unit").asText().equals("WORKING_DAYS") && v.at("/timeLimit/value").asInt() >= 5
                            && v.at("/timeLimit/value").asInt() <= 15) {
                        cases.add(new GeneratedQuarter.Case(p.path("code").asText(), v.path("code").asText(),
                                v.at("/timeLimit/value").asInt()));
                        break;
                    }
                }
            }
            return cases;
        }

        /** Indicator 6 of a dossier: its procedure's version in the catalogue (ExpectedScores.disclosure). */
        int disclosure(GeneratedQuarter.Dossier d, WorkingDays calendar) {
            JsonNode p = procedures.stream().filter(x -> x.path("code").asText().equals(d.procedureCase().procedure()))
                    .findFirst().orElseThrow();
            return ExpectedScores.disclosure(p, calendar);
        }
    }
}
