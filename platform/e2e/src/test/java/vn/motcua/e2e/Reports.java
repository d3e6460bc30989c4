package vn.motcua.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The quarterly report as the tests read it. */
final class Reports {
    private Reports() {
    }

    /** The running quarter's report of the caller's province, through the gateway. */
    static String currentQuarter(Endpoints e) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        return e.gateway() + "/api/reports/quarterly?year=" + today.getYear() + "&quarter="
                + ((today.getMonthValue() - 1) / 3 + 1);
    }

    /** Long enough for the platform to apply what earlier tests sent, even on a loaded machine. */
    static final Duration SETTLE_WITHIN = Duration.ofSeconds(90);

    /**
     * The report once earlier dossiers (demo data, other tests, a probe) have reached it: the same figures
     * twice, two seconds apart. Without it a late-counted earlier dossier looks like a duplicate. Fails when
     * the figures still move after {@link #SETTLE_WITHIN}.
     */
    static JsonNode settled(Api api, String url, String token) throws InterruptedException {
        Instant deadline = Instant.now().plus(SETTLE_WITHIN);
        JsonNode previous = null;
        while (true) {
            Api.Reply reply = api.get(url, token);
            JsonNode now = reply.json();
            if (now != null && now.equals(previous)) {
                return now;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the quarterly report at " + url + " did not settle within "
                        + SETTLE_WITHIN.toSeconds() + " s (two equal readings two seconds apart); last: HTTP "
                        + reply.status() + " " + reply.body() + ", before it: " + previous);
            }
            previous = now;
            Thread.sleep(2_000);
        }
    }
}
