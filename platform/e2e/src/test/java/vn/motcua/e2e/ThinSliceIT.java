package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One dossier through all five services, through the gateway, with real Keycloak tokens. */
@ExtendWith(RunningPlatform.class)
class ThinSliceIT {
    private final Api api = new Api(Endpoints.local());
    private final String gw = api.endpoints().gateway();

    @Test
    void aPublishedProcedureTakesADossierWhoseResolutionIsEvaluatedAndReported() throws InterruptedException {
        String admin = api.login("quantri.ls");
        String reception = api.login("tiepnhan.ls");
        String processing = api.login("xuly.ls");
        String reportUrl = Reports.currentQuarter(api.endpoints());
        var before = Reports.settled(api, reportUrl, admin);
        int receivedBefore = Reports.total(before, "received.total");
        int earlyBefore = Reports.total(before, "resolved.early");

        String code = Codes.next();
        Api.Reply drafted = api.post(gw + "/api/catalog/procedures", admin, ProcedureBodies.draft(code, "Cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ", "SKHCN-20", 15));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        assertThat(drafted.raw().headers().firstValue("X-Correlation-Id")).isPresent();
        Api.Reply published = api.post(gw + "/api/catalog/procedures/" + drafted.text("id") + "/publish", admin, ProcedureBodies.publication());
        assertThat(published.status()).as(published.body()).isEqualTo(200);

        // the dossier service learns the procedure from the event, within seconds
        String body = """
                {"procedureCode":"%s","channel":"DIRECT_CENTRE",
                 "applicant":{"name":"Hoàng Văn Nam","idNumber":"020190001234","phone":"0987654321"}}"""
                .formatted(code);
        Api.Reply[] received = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> {
            received[0] = api.post(gw + "/api/dossiers", reception, body, Map.of("Idempotency-Key", "e2e-" + code));
            return received[0].status() == 201;
        });
        String dossierId = received[0].text("id");
        assertThat(received[0].text("dueAt")).isNotBlank();

        Api.Reply resolved = api.post(gw + "/api/dossiers/" + dossierId + "/resolve", processing, null);
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(resolved.text("timeliness")).isEqualTo("EARLY");

        // the action log, through the gateway: who received and resolved it, with the due date kept
        Api.Reply actions = api.get(gw + "/api/dossiers/" + dossierId + "/actions", reception);
        assertThat(actions.status()).as(actions.body()).isEqualTo(200);
        assertThat(actions.json().findValuesAsText("action")).containsExactly("RECEIVE", "RESOLVE");
        assertThat(actions.json().findValuesAsText("actor")).containsExactly("tiepnhan.ls", "xuly.ls");
        assertThat(actions.json().at("/1/dueBefore").asText()).isEqualTo(received[0].text("dueAt"));

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Api.Reply evaluation = api.get(gw + "/api/evaluations/dossiers/" + dossierId, admin);
            assertThat(evaluation.status()).as(evaluation.body()).isEqualTo(200);
            // indicator 1 (Circular 01/2018 Art. 13): resolved before the appointed date, 2 points
            assertThat(Evaluations.points(evaluation.json(), 1)).as(evaluation.body()).isEqualTo(2);
        });
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Api.Reply report = api.get(reportUrl, admin);
            assertThat(Reports.total(report.json(), "received.total")).isEqualTo(receivedBefore + 1);
            assertThat(Reports.total(report.json(), "resolved.early")).isEqualTo(earlyBefore + 1);
        });
    }

    @Test
    void aPortalRetryingWithTheSameKeyGetsTheSameDossier() {
        String portal = api.clientToken("portal-20", "portal-20-secret");
        String admin = api.login("quantri.ls");
        String code = Codes.next();
        String id = api.post(gw + "/api/catalog/procedures", admin, ProcedureBodies.draft(code, "Thủ tục trực tuyến", "SKHCN-20", 5)).text("id");
        api.post(gw + "/api/catalog/procedures/" + id + "/publish", admin, ProcedureBodies.publication());
        String body = """
                {"procedureCode":"%s","channel":"ONLINE_NATIONAL_PORTAL","applicant":{"name":"Lê Thị Mai"}}"""
                .formatted(code);
        Map<String, String> key = Map.of("Idempotency-Key", "portal-20-" + code);

        Api.Reply[] first = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> {
            first[0] = api.post(gw + "/api/dossiers", portal, body, key);
            return first[0].status() == 201;
        });
        Api.Reply retry = api.post(gw + "/api/dossiers", portal, body, key);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.text("id")).isEqualTo(first[0].text("id"));
        assertThat(retry.text("province")).isEqualTo("20");

        // the portal reads what it submitted, and nothing the desk received
        String desk = api.login("tiepnhan.ls");
        String atDesk = api.post(gw + "/api/dossiers", desk, body.replace("ONLINE_NATIONAL_PORTAL", "DIRECT_CENTRE"))
                .text("id");
        assertThat(api.get(gw + "/api/dossiers/" + first[0].text("id"), portal).status()).isEqualTo(200);
        assertThat(api.get(gw + "/api/dossiers/" + atDesk, portal).status()).isEqualTo(404);
        assertThat(api.get(gw + "/api/dossiers?size=200", portal).body()).doesNotContain(atDesk);
    }
}
