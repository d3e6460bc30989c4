package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forms II.06b and II.03b (Circular 01/2020/TT-VPCP) of a generated quarter, compared cell by cell with the test's
 * own count: II.06b from the dossiers' event history ({@link IndependentCount}), II.03b from the catalogue's API
 * ({@link ReportCatalogue}). Two provinces with their own cut-offs (Decree 09/2019/NĐ-CP Art. 12: Lạng Sơn the
 * 15th, Cao Bằng the 5th), the national roll-up with each province's own range, a closed quarter that later events
 * leave as it was, a resolution counted in the running quarter within seconds, and a rebuild of the reporting
 * store from Kafka that gives every form back unchanged.
 */
@ExtendWith(RunningPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportQuarterIT {
    /** The field names of the demo organisation (catalog-service demo/organisation-*.json): column (2)'s labels. */
    private static final Map<String, String> FIELD_NAMES = Map.of(
            "G19-KHCN", "Hoạt động khoa học và công nghệ",
            "G19-TDC", "Tiêu chuẩn, đo lường, chất lượng",
            "G19-ATBX", "An toàn bức xạ và hạt nhân",
            "G19-SHTT", "Sở hữu trí tuệ",
            "G19-CGCN", "Chuyển giao công nghệ");

    private static final Map<String, Map<String, Long>> provinceTotals = new LinkedHashMap<>();
    private static final Map<String, JsonNode> beforeRebuild = new LinkedHashMap<>();

    private final Api api = new Api(Endpoints.local());
    private final String gw = api.endpoints().gateway();

    @Test
    @Order(1)
    void langSonsQuarterCutOnThe15thEqualsAnIndependentCountCellByCell() {
        ReportQuarters.Prepared ls = ReportQuarters.langSon(api);
        compare(ls, "2025-09-15", "2025-12-14", "Quý IV năm 2025 (từ ngày 15/09/2025 đến ngày 14/12/2025)");
    }

    @Test
    @Order(2)
    void caoBangsQuarterCutOnThe5thEqualsAnIndependentCountCellByCell() {
        ReportQuarters.Prepared cb = ReportQuarters.caoBang(api);
        compare(cb, "2025-09-05", "2025-12-04", "Quý IV năm 2025 (từ ngày 05/09/2025 đến ngày 04/12/2025)");
    }

    @Test
    @Order(3)
    void theNationalRollUpHasEachProvinceWithItsOwnRangeAndTheirSum() {
        ReportQuarters.langSon(api);
        ReportQuarters.caoBang(api);
        assertThat(provinceTotals).as("both provinces were counted first").containsKeys("20", "04");
        String auditor = api.login("kiemtra.qg");
        String url = gw + "/api/reports/national/II.06b?period=" + ReportQuarters.LABEL;
        assertThat(api.get(url, api.login("quantri.ls")).status()).as("a province admin").isEqualTo(403);
        JsonNode form = ReportQuarters.awaitForm(api, url, auditor, "received.total",
                provinceTotals.get("20").get("received.total") + provinceTotals.get("04").get("received.total"));
        List<String> mismatches = new ArrayList<>();
        compareRow(form, "20", provinceTotals.get("20"), IndependentCount.COLUMNS, mismatches);
        compareRow(form, "04", provinceTotals.get("04"), IndependentCount.COLUMNS, mismatches);
        assertThat(Reports.row(form, "20").path("label").asText()).contains("Lạng Sơn", "15/09/2025", "14/12/2025");
        assertThat(Reports.row(form, "04").path("label").asText()).contains("Cao Bằng", "05/09/2025", "04/12/2025");
        List<Map<String, Long>> provinces = new ArrayList<>();
        for (JsonNode row : form.path("rows")) {
            if (!row.path("key").asText().equals("TOTAL")) {
                Map<String, Long> cells = new LinkedHashMap<>();
                IndependentCount.COLUMNS.forEach(c -> cells.put(c, row.at("/cells/" + c + "/computed").asLong()));
                provinces.add(cells);
            }
        }
        compareRow(form, "TOTAL", IndependentCount.sum(provinces), IndependentCount.COLUMNS, mismatches);
        assertThat(mismatches).as("national II.06b against the provinces' own counts").isEmpty();
        System.out.printf("national II.06b %s: rows 20 and 04 and TOTAL, %d cells each, all equal%n",
                ReportQuarters.LABEL, IndependentCount.COLUMNS.size());
    }

    /**
     * After the quarter: one of its dossiers in progress at the end is resolved now (late), another gets an apology
     * with a new date. The running quarter counts the resolution within seconds; the closed quarter does not move:
     * carried over and in progress are as of its boundaries.
     */
    @Test
    @Order(4)
    void laterEventsLeaveTheClosedQuarterAsItWasAndReachTheRunningOneWithinSeconds() throws InterruptedException {
        ReportQuarters.Prepared ls = ReportQuarters.langSon(api);
        String quarterUrl = ls.formUrl(api, "II.06b");
        Map<String, Map<String, BigDecimal>> quarterBefore = Reports.figures(Reports.settled(api, quarterUrl,
                ls.admin()));
        String runningUrl = Reports.currentQuarter(api.endpoints());
        JsonNode runningBefore = Reports.settled(api, runningUrl, ls.admin());

        String head = api.login("lanhdao.ls");
        ReportHistory.Dossier overdue = ls.history().story("overdue at the end, still open");
        ReportHistory.Dossier waiting = ls.history().story("waiting for a supplement at the end");
        JsonNode open = api.get(gw + "/api/worklist?view=agency&sort=receivedAt&size=1000&procedure="
                + overdue.procedure().code(), head).json();
        String overdueId = idReceivedAt(open, overdue.receivedAt());
        String waitingId = idReceivedAt(open, waiting.receivedAt());
        assertThat(waitingId).as("the dossier whose supplement came back is open: " + open).isNotNull();

        Api.Reply apology = api.post(gw + "/api/dossiers/" + waitingId + "/extend", head, """
                {"reason":"Cần thêm thời gian thẩm định thực tế","newDueDate":"%s","signedBy":"Nguyễn Văn Hùng"}"""
                .formatted(ls.calendar().nextAfter(waiting.supplements().getFirst().dueAfter())));
        assertThat(apology.status()).as(apology.body()).isIn(200, 409);
        if (overdueId != null) {
            Api.Reply resolved = api.post(gw + "/api/dossiers/" + overdueId + "/resolve", api.login("xuly.ls"),
                    null);
            assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
            assertThat(resolved.text("timeliness")).isEqualTo("LATE");
            Instant sent = Instant.now();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                JsonNode running = api.get(runningUrl, ls.admin()).json();
                assertThat(Reports.total(running, "resolved.total"))
                        .isEqualTo(Reports.total(runningBefore, "resolved.total") + 1);
                assertThat(Reports.total(running, "resolved.late"))
                        .isEqualTo(Reports.total(runningBefore, "resolved.late") + 1);
            });
            System.out.printf("freshness: a resolution counted in II.06b of the running quarter %d ms after the"
                    + " API answered%n", Duration.between(sent, Instant.now()).toMillis());
        } else {
            System.out.println("the overdue dossier was resolved by an earlier run against this platform");
        }
        assertThat(Reports.figures(Reports.settled(api, quarterUrl, ls.admin())))
                .as("the closed quarter after later events").isEqualTo(quarterBefore);
    }

    @Test
    @Order(5)
    void aFullRebuildFromKafkaGivesEveryFormBackAndPrintsItsRate() {
        ReportQuarters.Prepared ls = ReportQuarters.langSon(api);
        ReportQuarters.Prepared cb = ReportQuarters.caoBang(api);
        String auditor = api.login("kiemtra.qg");
        Map<String, String[]> forms = new LinkedHashMap<>();
        for (ReportQuarters.Prepared p : List.of(ls, cb)) {
            forms.put("II.06b " + p.province(), new String[] {p.formUrl(api, "II.06b"), p.admin()});
            forms.put("II.03b " + p.province(), new String[] {p.formUrl(api, "II.03b"), p.admin()});
        }
        LocalDate tomorrow = LocalDate.now(WorkingDays.VIETNAM).plusDays(1);
        forms.put("II.03b 20 running", new String[] {gw + "/api/reports/forms/II.03b?period="
                + Reports.quarterLabel(tomorrow, Reports.cutoffDay(api, "20", tomorrow)), ls.admin()});
        forms.put("national II.06b", new String[] {gw + "/api/reports/national/II.06b?period="
                + ReportQuarters.LABEL, auditor});
        forms.forEach((name, at) -> {
            try {
                beforeRebuild.put(name, Reports.withoutTimes(Reports.settled(api, at[0], at[1])));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });

        Api.Reply rebuilt = api.send(HttpRequest.newBuilder(URI.create(api.endpoints().reporting() + "/q/rebuild"))
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        JsonNode report = rebuilt.json();
        System.out.printf("rebuild of reporting-service: %d events in %.1f s = %.0f events/s; raw consumer of the"
                        + " same topics: %.0f events/s%n", report.path("events").asLong(),
                report.path("seconds").asDouble(), report.path("eventsPerSecond").asDouble(),
                report.at("/rawConsumer/eventsPerSecond").asDouble());
        System.out.println("rebuild answer: " + rebuilt.body());

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                forms.forEach((name, at) -> assertThat(Reports.withoutTimes(api.get(at[0], at[1]).json()))
                        .as(name + " after the rebuild").isEqualTo(beforeRebuild.get(name))));
    }

    /** II.06b and II.03b of a prepared quarter against the test's own counts; every cell, every row. */
    private void compare(ReportQuarters.Prepared p, String from, String to, String periodText) {
        ReportHistory h = p.history();
        Map<String, Map<String, Long>> expected = IndependentCount.form06b(h.dossiers(), h.from(), h.to());
        Map<String, Long> total = expected.get(IndependentCount.TOTAL);
        // the quarter is not degenerate: each column has dossiers; five carried over (one ended before the start)
        assertThat(total.get("received.carriedOver")).isEqualTo(5);
        assertThat(total).allSatisfy((column, n) -> assertThat(n).as(column).isPositive());
        assertThat(total.get("received.total")).isEqualTo(total.get("resolved.total")
                + total.get("inProgress.total") + total.get("stopped"));
        provinceTotals.put(p.province(), total);

        JsonNode form = ReportQuarters.awaitForm(api, p.formUrl(api, "II.06b"), p.admin(), "received.total",
                total.get("received.total"));
        assertThat(form.at("/period/label").asText()).isEqualTo(ReportQuarters.LABEL);
        assertThat(form.at("/period/from").asText()).isEqualTo(from);
        assertThat(form.at("/period/to").asText()).isEqualTo(to);
        assertThat(form.at("/period/text").asText()).isEqualTo(periodText);
        assertThat(form.path("formNumber").asText()).isEqualTo("Biểu số II.06b/VPCP/KSTT");
        List<String> mismatches = new ArrayList<>();
        compareForm(form, expected, IndependentCount.COLUMNS, mismatches);
        expected.keySet().stream().filter(FIELD_NAMES::containsKey).forEach(field -> {
            String label = Reports.row(form, field) == null ? null : Reports.row(form, field).path("label").asText();
            if (!FIELD_NAMES.get(field).equals(label)) {
                mismatches.add("II.06b row " + field + ": label " + label + ", expected " + FIELD_NAMES.get(field));
            }
        });
        List<String> keys = new ArrayList<>();
        form.path("rows").forEach(r -> keys.add(r.path("key").asText()));
        if (!keys.isEmpty() && !keys.getLast().equals("TOTAL")) {
            mismatches.add("II.06b rows end with " + keys.getLast() + ", not TOTAL: " + keys);
        }
        assertThat(mismatches).as("II.06b of " + p.province() + " " + ReportQuarters.LABEL
                + " against the independent count of " + h.dossiers().size() + " dossiers").isEmpty();
        System.out.printf("II.06b %s %s: %d rows x %d cells equal the independent count of %d dossiers%n",
                p.province(), ReportQuarters.LABEL, expected.size(), IndependentCount.COLUMNS.size(),
                h.dossiers().size());

        Map<String, Long> published = compare03b(p, ReportQuarters.LABEL, LocalDate.parse(from),
                LocalDate.parse(to));
        assertThat(published.get("published")).as("a procedure published within the quarter").isPositive();
        // the amendment and the abolition take effect tomorrow: the quarter holding tomorrow counts them
        LocalDate tomorrow = LocalDate.now(WorkingDays.VIETNAM).plusDays(1);
        int cutoff = Reports.cutoffDay(api, p.province(), tomorrow);
        String running = Reports.quarterLabel(tomorrow, cutoff);
        LocalDate[] range = Reports.quarterRange(running, cutoff);
        Map<String, Long> changed = compare03b(p, running, range[0], range[1]);
        assertThat(changed.get("amended")).as("a procedure amended from tomorrow").isPositive();
        assertThat(changed.get("abolished")).as("a procedure abolished from tomorrow").isPositive();
    }

    /** II.03b of a period against the catalogue's own answer; its TOTAL row. */
    private Map<String, Long> compare03b(ReportQuarters.Prepared p, String label, LocalDate from, LocalDate to) {
        Map<String, Map<String, Long>> catalogue = new ReportCatalogue(api).form03b(p.province(), p.admin(), from,
                to);
        Map<String, Long> total = catalogue.get(IndependentCount.TOTAL);
        JsonNode form = ReportQuarters.awaitForm(api, gw + "/api/reports/forms/II.03b?period=" + label, p.admin(),
                "total", total.get("total"));
        assertThat(form.at("/period/from").asText()).as("II.03b " + label).isEqualTo(from.toString());
        assertThat(form.at("/period/to").asText()).as("II.03b " + label).isEqualTo(to.toString());
        List<String> mismatches = new ArrayList<>();
        compareForm(form, catalogue, ReportCatalogue.COLUMNS, mismatches);
        assertThat(mismatches).as("II.03b of " + p.province() + " " + label + " against the catalogue's API")
                .isEmpty();
        System.out.printf("II.03b %s %s: %d rows x %d cells equal the catalogue's own answer%n", p.province(),
                label, catalogue.size(), ReportCatalogue.COLUMNS.size());
        return total;
    }

    /** Every expected row equal, and any other row of the form empty (a field without figures). */
    private static void compareForm(JsonNode form, Map<String, Map<String, Long>> expected, List<String> columns,
            List<String> mismatches) {
        expected.forEach((key, cells) -> compareRow(form, key, cells, columns, mismatches));
        for (JsonNode row : form.path("rows")) {
            String key = row.path("key").asText();
            if (!expected.containsKey(key)) {
                for (String c : columns) {
                    long value = row.at("/cells/" + c + "/computed").asLong();
                    if (value != 0) {
                        mismatches.add(form.path("form").asText() + " row " + key + " (not expected) " + c + " = "
                                + value);
                    }
                }
            }
        }
    }

    private static void compareRow(JsonNode form, String key, Map<String, Long> cells, List<String> columns,
            List<String> mismatches) {
        JsonNode row = Reports.row(form, key);
        if (row == null) {
            mismatches.add(form.path("form").asText() + " has no row " + key + " (expected " + cells + ")");
            return;
        }
        for (String c : columns) {
            JsonNode cell = row.at("/cells/" + c + "/computed");
            long expected = cells.get(c);
            if (cell.isMissingNode() || cell.isNull() ? expected != 0 : cell.asLong() != expected) {
                mismatches.add(form.path("form").asText() + " row " + key + " column " + c + ": form "
                        + (cell.isMissingNode() ? "(none)" : cell.asText()) + ", independent count " + expected);
            }
        }
    }

    /** The worklist row received at {@code receivedAt}, or null when it is no longer open. */
    private static String idReceivedAt(JsonNode worklist, Instant receivedAt) {
        for (JsonNode row : worklist) {
            if (Instant.parse(row.path("receivedAt").asText()).equals(receivedAt)) {
                return row.path("id").asText();
            }
        }
        return null;
    }
}
