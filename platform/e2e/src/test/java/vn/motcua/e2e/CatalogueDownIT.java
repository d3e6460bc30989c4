package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12, item 8: the dossier service receives dossiers and computes deadlines while the catalogue service is
 * down, from what the catalogue's events taught it (the demo procedure's version and case, Lạng Sơn's calendar).
 */
@ExtendWith(RunningPlatform.class)
class CatalogueDownIT {
    private final Api api = new Api(Endpoints.local());

    @Test
    void theDeskReceivesAndDatesADossierWhileTheCatalogueIsKilled() throws Exception {
        Endpoints e = api.endpoints();
        String desk = api.login("tiepnhan.ls");
        LaunchedService catalogue = LaunchedService.find(RunningPlatform.stateDir(), "catalog-service");

        catalogue.kill();
        try {
            // Thu 27/08/2026 10:00 in Lạng Sơn; demo procedure 1.004227, 10 working days. The province calendar has
            // National Day Tue 1/9 and Wed 2/9 off: 28/8, 31/8, 3/9, 4/9, 7/9 .. 11/9, 14/9 -> due Mon 14/09/2026
            // 17:00 (10:00Z). Counting weekdays only would give Thu 10/09.
            Api.Reply received = api.post(e.gateway() + "/api/dossiers", desk, """
                    {"procedureCode":"1.004227","channel":"DIRECT_CENTRE","receivedAt":"2026-08-27T03:00:00Z",
                     "applicant":{"name":"Vi Văn Thắng"}}""", Map.of("Idempotency-Key", "catalogue-down-" + Instant.now()));
            boolean catalogueStillDown = !reachable(e.catalog() + "/q/health/live");

            assertThat(received.status()).as(received.body()).isEqualTo(201);
            assertThat(received.text("dueAt")).isEqualTo("2026-09-14T10:00:00Z");
            assertThat(received.text("procedureVersion")).isEqualTo("1");
            assertThat(catalogueStillDown).as("the catalogue was down while the dossier was received").isTrue();
        } finally {
            catalogue.awaitRestarted(RunningPlatform.stateDir(), api, e.catalog() + "/q/health/ready");
        }
    }

    private boolean reachable(String url) {
        try {
            api.get(url, null);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
