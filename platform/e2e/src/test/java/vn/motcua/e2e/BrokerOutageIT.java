package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.embedded.KraftBroker;

/**
 * The broker stopped: the one-stop desk keeps receiving and resolving dossiers (their events wait in the
 * dossier service's outbox), and when Kafka returns the report and the evaluations catch up, each dossier
 * counted once.
 */
@ExtendWith(RunningPlatform.class)
class BrokerOutageIT {
    private static final int DOSSIERS = 30;

    private final Api api = new Api(Endpoints.local());

    @Test
    void intakeGoesOnWhileKafkaIsDownAndNothingIsLostWhenItReturns() throws Exception {
        KraftBroker broker = RunningPlatform.broker();
        Assumptions.assumeTrue(broker != null, "needs the platform the ITs start (not -De2e.external)");
        Endpoints e = api.endpoints();
        // the outage, the catch-up and the settling may outlast a five-minute access token
        FreshToken adminToken = new FreshToken(() -> api.login("quantri.ls"));
        FreshToken deskToken = new FreshToken(() -> api.login("tiepnhan.ls"));
        FreshToken officerToken = new FreshToken(() -> api.login("xuly.ls"));
        String admin = adminToken.get();
        String desk = deskToken.get();
        String code = Codes.next();
        String id = api.post(e.gateway() + "/api/catalog/procedures", admin, ProcedureBodies.draft(code, "Thủ tục khi Kafka ngừng", "SKHCN-20", 10)).text("id");
        api.post(e.gateway() + "/api/catalog/procedures/" + id + "/publish", admin, ProcedureBodies.publication());
        String body = """
                {"procedureCode":"%s","channel":"DIRECT_AGENCY","applicant":{"name":"Vũ Minh Tuấn"}}""".formatted(code);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api.post(e.gateway() + "/api/dossiers", desk, body, Map.of("Idempotency-Key", code + "-probe"))
                        .status() == 201);
        String reportUrl = Reports.currentQuarter(e);
        var before = Reports.settled(api, reportUrl, admin);

        Set<String> dossiers = new HashSet<>();
        Set<String> resolvedIds = new HashSet<>();
        broker.stop();
        try {
            for (int n = 0; n < DOSSIERS; n++) {
                Api.Reply r = api.post(e.gateway() + "/api/dossiers", deskToken.get(), body,
                        Map.of("Idempotency-Key", code + "-" + n));
                assertThat(r.status()).as(r.body()).isEqualTo(201);
                dossiers.add(r.text("id"));
                if (n % 3 == 0) {
                    Api.Reply resolved = api.post(e.gateway() + "/api/dossiers/" + r.text("id") + "/resolve",
                            officerToken.get(), null);
                    assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
                    resolvedIds.add(r.text("id"));
                }
            }
            Thread.sleep(3_000);
            assertThat(Reports.total(api.get(reportUrl, adminToken.get()).json(), "received.total"))
                    .as("nothing can reach the report while the broker is away")
                    .isEqualTo(Reports.total(before, "received.total"));
        } finally {
            broker.start();
        }

        int resolvedCount = (DOSSIERS + 2) / 3;
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            var report = api.get(reportUrl, adminToken.get()).json();
            assertThat(Reports.total(report, "received.total")).isEqualTo(Reports.total(before, "received.total") + DOSSIERS);
            assertThat(Reports.total(report, "resolved.total"))
                    .isEqualTo(Reports.total(before, "resolved.total") + resolvedCount);
        });
        assertThat(dossiers).hasSize(DOSSIERS);
        // every dossier resolved during the outage was evaluated once the events flowed again
        for (String resolved : resolvedIds) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Evaluations.points(
                    api.get(e.gateway() + "/api/evaluations/dossiers/" + resolved, adminToken.get()).json(), 1))
                    .isEqualTo(2));
        }
        assertThat(Reports.total(Reports.settled(api, reportUrl, adminToken.get()), "received.total"))
                .as("and no event was counted twice").isEqualTo(Reports.total(before, "received.total") + DOSSIERS);
    }
}
