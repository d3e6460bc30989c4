package vn.motcua.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The reports as the tests read them: form II.06b of a period, its cells, and waiting for it to settle. */
final class Reports {
    private Reports() {
    }

    /**
     * Form II.06b of the running quarter of Lạng Sơn (the caller's province), through the gateway: the quarter as the
     * province cuts it (Decree 09/2019/NĐ-CP Art. 12: from its cut-off day of the month before the quarter), its
     * cut-off day read from the province's public calendar.
     */
    static String currentQuarter(Endpoints e) {
        Api api = new Api(e);
        LocalDate today = LocalDate.now(WorkingDays.VIETNAM);
        return e.gateway() + "/api/reports/forms/II.06b?period=" + quarterLabel(today, cutoffDay(api, "20", today));
    }

    /**
     * The label of the quarter holding {@code day} when periods are cut on {@code cutoff}: from that day on, the
     * last month of a quarter belongs to the next one ({@code 2026-12-15} with cut-off 15 is {@code 2027-Q1}).
     */
    static String quarterLabel(LocalDate day, int cutoff) {
        LocalDate month = day.getDayOfMonth() >= cutoff ? day.plusMonths(1) : day;
        return month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * The first and last day of quarter {@code label} ({@code 2026-Q4}) cut on {@code cutoff}: from that day of the
     * month before the quarter to the day before it in the quarter's last month.
     */
    static LocalDate[] quarterRange(String label, int cutoff) {
        int year = Integer.parseInt(label.substring(0, 4));
        int first = (Integer.parseInt(label.substring(6)) - 1) * 3 + 1;
        LocalDate firstMonth = LocalDate.of(year, first, 1);
        return new LocalDate[] {firstMonth.minusMonths(1).withDayOfMonth(cutoff),
                firstMonth.plusMonths(2).withDayOfMonth(cutoff).minusDays(1)};
    }

    /** The province's cut-off day in force on {@code day} (public calendar; the 15th when none is recorded). */
    static int cutoffDay(Api api, String province, LocalDate day) {
        Api.Reply calendar = api.get(api.endpoints().gateway() + "/api/catalog/calendars/" + province, null);
        if (calendar.status() != 200) {
            throw new IllegalStateException("calendar of " + province + ": HTTP " + calendar.status() + " "
                    + calendar.body());
        }
        int cutoff = 15;
        LocalDate since = LocalDate.MIN;
        for (JsonNode c : calendar.json().path("reportingCutoffs")) {
            LocalDate from = LocalDate.parse(c.path("validFrom").asText());
            if (!from.isAfter(day) && from.isAfter(since)) {
                since = from;
                cutoff = c.path("day").asInt();
            }
        }
        return cutoff;
    }

    /** A figure of the form's TOTAL row, as computed from the events (a correction does not change it). */
    static int total(JsonNode form, String column) {
        JsonNode row = row(form, "TOTAL");
        if (row == null) {
            throw new AssertionError("no TOTAL row in " + form);
        }
        return row.path("cells").path(column).path("computed").asInt();
    }

    /** The row of {@code key}, or null. */
    static JsonNode row(JsonNode form, String key) {
        for (JsonNode r : form.path("rows")) {
            if (r.path("key").asText().equals(key)) {
                return r;
            }
        }
        return null;
    }

    /** Every row's computed figures, by row key then column key (TEXT cells left out). */
    static Map<String, Map<String, BigDecimal>> figures(JsonNode form) {
        Map<String, Map<String, BigDecimal>> rows = new LinkedHashMap<>();
        for (JsonNode r : form.path("rows")) {
            Map<String, BigDecimal> cells = new LinkedHashMap<>();
            r.path("cells").properties().forEach(c -> {
                if (c.getValue().hasNonNull("computed")) {
                    cells.put(c.getKey(), c.getValue().path("computed").decimalValue());
                }
            });
            rows.put(r.path("key").asText(), cells);
        }
        return rows;
    }

    /** The form without the instants that differ between two readings of the same figures. */
    static JsonNode withoutTimes(JsonNode form) {
        JsonNode copy = form.deepCopy();
        if (copy instanceof ObjectNode o) {
            o.remove("computedAt");
            o.remove("dataAsOf");
        }
        return copy;
    }

    /** Long enough for the platform to apply what earlier tests sent, even on a loaded machine. */
    static final Duration SETTLE_WITHIN = Duration.ofSeconds(90);

    /**
     * The form once earlier dossiers (demo data, other tests, a probe) have reached it: the same figures twice, two
     * seconds apart. Without it a late-counted earlier dossier looks like a duplicate. Fails when the figures still
     * move after {@link #SETTLE_WITHIN}.
     */
    static JsonNode settled(Api api, String url, String token) throws InterruptedException {
        Instant deadline = Instant.now().plus(SETTLE_WITHIN);
        Map<String, Map<String, BigDecimal>> previous = null;
        while (true) {
            Api.Reply reply = api.get(url, token);
            JsonNode now = reply.status() == 200 ? reply.json() : null;
            Map<String, Map<String, BigDecimal>> figures = now == null ? null : figures(now);
            if (figures != null && figures.equals(previous)) {
                return now;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the form at " + url + " did not settle within " + SETTLE_WITHIN.toSeconds()
                        + " s (two equal readings two seconds apart); last: HTTP " + reply.status() + " "
                        + reply.body() + ", before it: " + previous);
            }
            previous = figures;
            Thread.sleep(2_000);
        }
    }
}
