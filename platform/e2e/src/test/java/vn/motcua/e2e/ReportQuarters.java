package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The two generated quarters the report tests read, each prepared once per test run (the catalogue published, the
 * history imported): Q4 2025 of Lạng Sơn, cut on the 15th (15/09/2025 – 14/12/2025), and of Cao Bằng, cut on the
 * 5th (05/09/2025 – 04/12/2025, catalog-service's V7). No demo data and no other test has a dossier in 2025, so
 * these quarters hold exactly the generated dossiers.
 */
final class ReportQuarters {
    static final String LABEL = "2025-Q4";

    /** A prepared quarter: whose, its admin, its history and calendar. */
    record Prepared(String province, String admin, ReportHistory history, WorkingDays calendar) {
        String formUrl(Api api, String form) {
            return api.endpoints().gateway() + "/api/reports/forms/" + form + "?period=" + LABEL;
        }
    }

    private static final Map<String, Prepared> PREPARED = new ConcurrentHashMap<>();

    private ReportQuarters() {
    }

    static Prepared langSon(Api api) {
        return PREPARED.computeIfAbsent("20", p -> prepare(api, p, "quantri.ls", LocalDate.of(2025, 9, 15),
                LocalDate.of(2025, 12, 14), 48));
    }

    static Prepared caoBang(Api api) {
        return PREPARED.computeIfAbsent("04", p -> prepare(api, p, "quantri.cb", LocalDate.of(2025, 9, 5),
                LocalDate.of(2025, 12, 4), 30));
    }

    private static Prepared prepare(Api api, String province, String adminUser, LocalDate from, LocalDate to,
            int ordinary) {
        String admin = api.login(adminUser);
        WorkingDays calendar = WorkingDays.of(api, province);
        ReportHistory history = ReportHistory.of(province, LABEL, from, to, calendar, ordinary,
                LocalDate.now(WorkingDays.VIETNAM));
        new ReportCatalogue(api).publish(history, admin);
        importHistory(api, history, admin);
        return new Prepared(province, admin, history, calendar);
    }

    /**
     * The history through the migration import, as the province admin. The dossier service learns the new
     * procedures from the catalogue's events, so while it names one unknown the file is sent again (what it
     * created is then unchanged). A conflict is accepted only for a dossier whose later history depends on today.
     */
    private static void importHistory(Api api, ReportHistory history, String admin) {
        Set<String> todayRelative = history.dossiers().stream().filter(ReportHistory.Dossier::todayRelative)
                .map(ReportHistory.Dossier::sourceId).collect(Collectors.toSet());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            Api.Reply imported = api.send(HttpRequest.newBuilder(URI.create(api.endpoints().gateway()
                            + "/api/dossiers/imports")).header("Authorization", "Bearer " + admin)
                    .header("Content-Type", "application/x-ndjson").timeout(Duration.ofMinutes(1))
                    .POST(HttpRequest.BodyPublishers.ofString(history.ndjson())));
            if (imported.status() >= 502 && imported.status() <= 504 && Instant.now().isBefore(deadline)) {
                // the gateway gave up waiting on a loaded machine; the import is idempotent, so it is sent again
                sleep(Duration.ofSeconds(2));
                continue;
            }
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            List<String> refused = new ArrayList<>();
            boolean unknownProcedure = false;
            int tolerated = 0;
            for (JsonNode r : imported.json().path("rejected")) {
                unknownProcedure |= r.path("field").asText().equals("procedureCode");
                if (todayRelative.contains(r.path("sourceId").asText()) && r.path("reason").asText()
                        .contains("conflict")) {
                    tolerated++;
                } else {
                    refused.add(r.toString());
                }
            }
            if (unknownProcedure && Instant.now().isBefore(deadline)) {
                sleep(Duration.ofSeconds(2));
                continue;
            }
            assertThat(refused).as("rows refused by the import").isEmpty();
            assertThat(imported.json().path("created").asInt() + imported.json().path("unchanged").asInt()
                    + tolerated).isEqualTo(history.dossiers().size());
            return;
        }
    }

    /**
     * The form once the pipeline has applied what was sent: polled until the TOTAL row's {@code column} reads
     * {@code expected} and two readings a second apart agree, or for {@link Reports#SETTLE_WITHIN} at most (then the
     * last reading, which the caller's comparison reports). A wait, not a timed assertion: an answer the gateway
     * gave up on (a loaded machine) is read again.
     */
    static JsonNode awaitForm(Api api, String url, String token, String column, long expected) {
        Instant deadline = Instant.now().plus(Reports.SETTLE_WITHIN);
        Map<String, Map<String, BigDecimal>> previous = null;
        JsonNode last = null;
        Api.Reply r = null;
        while (Instant.now().isBefore(deadline)) {
            r = api.get(url, token);
            if (r.status() >= 502 && r.status() <= 504) {
                sleep(Duration.ofSeconds(1));
                continue;
            }
            assertThat(r.status()).as(url + ": " + r.body()).isEqualTo(200);
            last = r.json();
            Map<String, Map<String, BigDecimal>> figures = Reports.figures(last);
            if (figures.equals(previous) && Reports.total(last, column) == expected) {
                return last;
            }
            previous = figures;
            sleep(Duration.ofSeconds(1));
        }
        assertThat(last).as(url + ": no answer within " + Reports.SETTLE_WITHIN + ", last " + r).isNotNull();
        return last;
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
