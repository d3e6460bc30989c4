package vn.motcua.e2e;

import com.fasterxml.jackson.databind.JsonNode;
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

    /**
     * The report once earlier dossiers (demo data, other tests, a probe) have reached it: the same figures
     * twice, two seconds apart. Without it a late-counted earlier dossier looks like a duplicate.
     */
    static JsonNode settled(Api api, String url, String token) throws InterruptedException {
        JsonNode previous = null;
        while (true) {
            JsonNode now = api.get(url, token).json();
            if (now.equals(previous)) {
                return now;
            }
            previous = now;
            Thread.sleep(2_000);
        }
    }
}
