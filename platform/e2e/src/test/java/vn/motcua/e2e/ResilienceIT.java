package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Services killed under load: a portal keeps submitting and retries with the same Idempotency-Key when the
 * platform does not answer; the dossier service and then the reporting service are killed with SIGKILL and the
 * launcher's supervisor starts them again. Every dossier the portal sent exists exactly once, and the report
 * counts each exactly once.
 */
@ExtendWith(RunningPlatform.class)
class ResilienceIT {
    private static final int DOSSIERS = 240;
    private static final Set<Integer> RETRYABLE = Set.of(502, 503, 504);

    private final Api api = new Api(Endpoints.local());

    @Test
    void dossiersSubmittedWhileServicesAreKilledAreNeitherLostNorDuplicated() throws Exception {
        Endpoints e = api.endpoints();
        FreshToken adminToken = new FreshToken(() -> api.login("quantri.ls"));
        String admin = adminToken.get();
        String code = Codes.next();
        String id = api.post(e.gateway() + "/api/catalog/procedures", admin, ProcedureBodies.draft(code, "Thủ tục thử tải", "SKHCN-20", 10)).text("id");
        api.post(e.gateway() + "/api/catalog/procedures/" + id + "/publish", admin, ProcedureBodies.publication());
        FreshToken portalToken = new FreshToken(() -> api.clientToken("portal-20", "portal-20-secret"));
        String portal = portalToken.get();
        String body = """
                {"procedureCode":"%s","channel":"ONLINE_NATIONAL_PORTAL","applicant":{"name":"Đỗ Thị Lan"}}"""
                .formatted(code);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api.post(e.gateway() + "/api/dossiers", portal, body, Map.of("Idempotency-Key", code + "-probe"))
                        .status() == 201);
        String reportUrl = Reports.currentQuarter(e);
        int before = Reports.total(Reports.settled(api, reportUrl, adminToken.get()), "received.total");

        Map<String, String> dossierByKey = new ConcurrentHashMap<>();
        AtomicInteger retries = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        List<String> refused = new ArrayList<>();
        try (ExecutorService portals = Executors.newFixedThreadPool(4)) {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                clients.add(portals.submit(() -> {
                    for (int n = next.getAndIncrement(); n < DOSSIERS; n = next.getAndIncrement()) {
                        String key = code + "-" + n;
                        Api.Reply r = submitUntilAnswered(e.gateway() + "/api/dossiers", portalToken, body, key,
                                retries);
                        if (r.status() == 200 || r.status() == 201) {
                            dossierByKey.put(key, r.text("id"));
                        } else {
                            synchronized (refused) {
                                refused.add(key + ": " + r.status() + " " + r.body());
                            }
                        }
                    }
                }));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> dossierByKey.size() >= DOSSIERS / 4);
            LaunchedService dossier = LaunchedService.find(RunningPlatform.stateDir(), "dossier-service");
            dossier.kill();
            dossier.awaitRestarted(RunningPlatform.stateDir(), api, e.dossier() + "/q/health/ready");

            await().atMost(Duration.ofSeconds(90)).until(() -> dossierByKey.size() >= DOSSIERS / 2);
            LaunchedService reporting = LaunchedService.find(RunningPlatform.stateDir(), "reporting-service");
            reporting.kill();
            reporting.awaitRestarted(RunningPlatform.stateDir(), api, e.reporting() + "/q/health/ready");
            for (Future<?> client : clients) {
                // each submission gives up after two minutes, so a client that takes longer is stuck
                client.get(5, TimeUnit.MINUTES);
            }
        }

        assertThat(refused).isEmpty();
        assertThat(retries.get()).as("the kill interrupted the portal at least once").isPositive();
        assertThat(dossierByKey).hasSize(DOSSIERS);
        assertThat(Set.copyOf(dossierByKey.values())).as("one dossier per key, never two").hasSize(DOSSIERS);
        // an online dossier is counted as received once the desk accepts it (issue 13: Decree 118/2025 Art. 17)
        FreshToken deskToken = new FreshToken(() -> api.login("tiepnhan.ls"));
        for (String dossierId : dossierByKey.values()) {
            Api.Reply accepted = api.post(e.gateway() + "/api/dossiers/" + dossierId + "/accept", deskToken.get(),
                    null);
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(Reports.total(api.get(reportUrl, adminToken.get()).json(), "received.total"))
                        .isEqualTo(before + DOSSIERS));
        Thread.sleep(2_000);
        assertThat(Reports.total(api.get(reportUrl, adminToken.get()).json(), "received.total"))
                .as("and stays so: no late duplicate").isEqualTo(before + DOSSIERS);
    }

    /** What a portal does: the same request, the same key, until the platform gives an answer. */
    private Api.Reply submitUntilAnswered(String url, FreshToken token, String body, String key,
            AtomicInteger retries) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            try {
                Api.Reply r = api.post(url, token.get(), body, Map.of("Idempotency-Key", key));
                if (!RETRYABLE.contains(r.status()) || System.nanoTime() > deadline) {
                    return r;
                }
            } catch (UncheckedIOException cut) {
                if (System.nanoTime() > deadline) {
                    throw cut;
                }
            }
            retries.incrementAndGet();
            try {
                Thread.sleep(200);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ie);
            }
        }
    }
}
