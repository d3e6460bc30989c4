package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A dossier's whole life through the gateway, with the realm's demo users and a portal's machine token (Decree
 * 118/2025): submitted online, accepted by the desk (Art. 17), handed over to the unit and assigned (Art. 18), a
 * supplement asked and received (Art. 19 cl. 5: the time limit restarts), an apology with a new date (Art. 19 cl.
 * 6), resolved, returned (Art. 22), then read back by anyone holding the receipt, scored and reported.
 */
@ExtendWith(RunningPlatform.class)
class LifecycleIT {
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private final Api api = new Api(Endpoints.local());
    private final String gw = api.endpoints().gateway();

    @Test
    void anOnlineDossierIsAcceptedHandedOverSupplementedExtendedResolvedReturnedAndLookedUp()
            throws InterruptedException {
        String admin = api.login("quantri.ls");
        String desk = api.login("tiepnhan.ls");
        String lead = api.login("truongphong.ls");
        String officer = api.login("xuly.ls");
        String head = api.login("lanhdao.ls");
        String portal = api.clientToken("portal-20", "portal-20-secret");
        String reportUrl = Reports.currentQuarter(api.endpoints());
        JsonNode before = Reports.settled(api, reportUrl, admin);
        String code = publishedProcedure(admin, 10);

        // 1. the portal submits: acknowledged, no code and no appointed date before acceptance (Art. 17 cl. 2)
        String body = """
                {"procedureCode":"%s","channel":"ONLINE_NATIONAL_PORTAL",
                 "applicant":{"name":"Lê Thị Mai","idNumber":"020190001235","phone":"0912000111"}}""".formatted(code);
        Api.Reply submitted = untilKnown(() -> api.post(gw + "/api/dossiers", portal, body,
                Map.of("Idempotency-Key", "lifecycle-" + code)));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.json().get("code").isNull()).isTrue();
        assertThat(submitted.json().get("dueAt").isNull()).isTrue();
        String id = submitted.text("id");
        String dossier = gw + "/api/dossiers/" + id;

        // 2. the desk accepts: the code of the competent agency's register (000.00.15.H20), the receipt with the
        //    appointed date and the lookup secret (Circular 01/2018 Art. 19; Decree 118/2025 Art. 28)
        Api.Reply accepted = api.post(dossier + "/accept", desk, null);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.text("status")).isEqualTo("RECEIVED");
        Instant receivedAt = Instant.parse(accepted.text("receivedAt"));
        String dossierCode = accepted.text("code");
        assertThat(dossierCode).matches("000\\.00\\.15\\.H20-"
                + receivedAt.atZone(WorkingDays.VIETNAM).format(YYMMDD) + "-[0-9]{4}");
        JsonNode receipt = accepted.json().get("receipt");
        assertThat(receipt.path("code").asText()).isEqualTo(dossierCode);
        assertThat(receipt.path("dueAt").asText()).isEqualTo(accepted.text("dueAt"));
        assertThat(receipt.path("lookupSecret").asText()).isNotBlank();
        String secret = receipt.path("lookupSecret").asText();
        Instant firstDue = Instant.parse(accepted.text("dueAt"));
        assertThat(firstDue).isAfter(receivedAt);

        // 3. the desk hands it over to the unit QLCN; its lead assigns the processing officer (Art. 18)
        Api.Reply handedOver = api.post(dossier + "/hand-over", desk, "{\"toUnit\":\"QLCN\"}");
        assertThat(handedOver.status()).as(handedOver.body()).isEqualTo(200);
        assertThat(handedOver.text("status")).isEqualTo("IN_APPRAISAL");
        assertThat(handedOver.text("currentUnit")).isEqualTo("QLCN");
        Api.Reply assigned = api.post(dossier + "/assign", lead, "{\"officer\":\"xuly.ls\"}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.text("currentUnit")).isEqualTo("QLCN");
        assertThat(assigned.text("currentOfficer")).isEqualTo("xuly.ls");

        // 4. the processing officer asks for a supplement within 3 working days of acceptance; the portal sends it:
        //    the time limit restarts in full from the supplement (Art. 19 cl. 5), so the date cannot come earlier
        Api.Reply requested = api.post(dossier + "/request-supplement", officer,
                "{\"reason\":\"Thiếu bản sao giấy chứng nhận\",\"papers\":\"Bản sao giấy chứng nhận\"}");
        assertThat(requested.status()).as(requested.body()).isEqualTo(200);
        assertThat(requested.text("status")).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(requested.json().at("/supplement/requests").asInt()).isEqualTo(1);
        Api.Reply supplemented = api.post(dossier + "/supplement", portal, null,
                Map.of("Idempotency-Key", "lifecycle-supplement-" + code));
        assertThat(supplemented.status()).as(supplemented.body()).isEqualTo(200);
        assertThat(supplemented.text("status")).isEqualTo("IN_APPRAISAL");
        assertThat(supplemented.text("originalDueAt")).isEqualTo(accepted.text("dueAt"));
        assertThat(supplemented.json().at("/supplement/completedAt").asText()).isNotBlank();
        Instant restartedDue = Instant.parse(supplemented.text("dueAt"));
        assertThat(restartedDue).isAfterOrEqualTo(firstDue);

        // 5. the agency head apologises and sets a new date once, a working day after the appointed one (Art. 19
        //    cl. 6; at least a day before it)
        WorkingDays calendar = WorkingDays.of(api, "20");
        LocalDate newDueDate = calendar.nextAfter(restartedDue);
        Api.Reply extended = api.post(dossier + "/extend", head, """
                {"reason":"Cần thêm thời gian thẩm định thực tế","newDueDate":"%s","signedBy":"Vi Đức Hải"}"""
                .formatted(newDueDate));
        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        assertThat(extended.json().at("/extension/by").asText()).isEqualTo("lanhdao.ls");
        assertThat(extended.json().at("/extension/signedBy").asText()).isEqualTo("Vi Đức Hải");
        assertThat(extended.json().at("/extension/dueBefore").asText()).isEqualTo(supplemented.text("dueAt"));
        Instant extendedDue = Instant.parse(extended.text("dueAt"));
        assertThat(extendedDue.atZone(WorkingDays.VIETNAM).toLocalDate()).isEqualTo(newDueDate);
        Api.Reply again = api.post(dossier + "/extend", head, """
                {"reason":"Lần nữa","newDueDate":"%s","signedBy":"Vi Đức Hải"}"""
                .formatted(calendar.nextAfter(extendedDue)));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.text("type")).isEqualTo("urn:mot-cua:problem:already-extended");
        assertThat(again.json().has("errors")).isFalse();

        // 6. resolved (early: long before the new date), then returned online (an electronic result, Art. 22)
        Api.Reply resolved = api.post(dossier + "/resolve", officer, """
                {"outcome":"APPROVED","resultReference":"15/GCN-SKHCN","electronicResult":true}""");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(resolved.text("status")).isEqualTo("RESOLVED");
        assertThat(resolved.text("timeliness")).isEqualTo("EARLY");
        assertThat(resolved.text("resultReference")).isEqualTo("15/GCN-SKHCN");
        Api.Reply returned = api.post(dossier + "/return", desk, "{\"method\":\"ONLINE\"}");
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.text("status")).isEqualTo("RETURNED");
        assertThat(returned.text("returnMethod")).isEqualTo("ONLINE");

        Api.Reply actions = api.get(dossier + "/actions", desk);
        assertThat(actions.json().findValuesAsText("action")).containsExactly("SUBMIT", "RECEIVE", "HAND_OVER",
                "HAND_OVER", "REQUEST_SUPPLEMENT", "SUPPLEMENT", "EXTEND", "RESOLVE", "RETURN");

        // 7. anyone with the receipt reads the status through the gateway, without a token: no personal data
        String lookup = gw + "/api/public/dossiers/" + dossierCode + "?secret=";
        Api.Reply found = api.get(lookup + secret, null);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.text("status")).isEqualTo("RETURNED");
        assertThat(found.text("code")).isEqualTo(dossierCode);
        assertThat(found.text("timeliness")).isEqualTo("EARLY");
        assertThat(found.body()).doesNotContain("Lê Thị Mai", "020190001235", "0912000111", "xuly.ls",
                "lanhdao.ls", "tiepnhan.ls", "Thiếu bản sao", "Vi Đức Hải", "portal-20");
        // a secret of the receipt's shape (ten of its alphabet), but not this one: the same 404 as an unknown code
        String wrongSecret = (secret.charAt(0) == '2' ? "3" : "2") + secret.substring(1);
        Api.Reply wrong = api.get(lookup + wrongSecret, null);
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(404);
        assertThat(wrong.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");

        // 8. the evaluation (Circular 01/2018 Art. 13: indicator 1 early 2 points, judged against the date before
        //    the apology; 3: one supplement 1 point; 7: early and no complaint 2) and the quarter's report count it
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Api.Reply evaluation = api.get(gw + "/api/evaluations/dossiers/" + id, admin);
            assertThat(evaluation.status()).as(evaluation.body()).isEqualTo(200);
            assertThat(evaluation.text("status")).isEqualTo("EVALUATED");
            assertThat(Evaluations.points(evaluation.json(), 1)).as(evaluation.body()).isEqualTo(2);
            assertThat(Evaluations.points(evaluation.json(), 3)).isEqualTo(1);
            assertThat(Evaluations.points(evaluation.json(), 7)).isEqualTo(2);
            assertThat(evaluation.json().at("/officers").findValuesAsText("officer")).contains("tiepnhan.ls",
                    "xuly.ls");
        });
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode report = api.get(reportUrl, admin).json();
            assertThat(Reports.total(report, "received.total")).isEqualTo(Reports.total(before, "received.total") + 1);
            assertThat(Reports.total(report, "resolved.early")).isEqualTo(Reports.total(before, "resolved.early") + 1);
        });
    }

    @Test
    void aSupplementDuringAppraisalRestartsTheTimeLimitFromItsCompletion() {
        String admin = api.login("quantri.ls");
        String desk = api.login("tiepnhan.ls");
        String officer = api.login("xuly.ls");
        String code = publishedProcedure(admin, 5);
        // received at the desk two working days ago (a paper dossier recorded late): inside the 3 working days in
        // which a supplement may be asked, and at least one working day before the restart's first counted day
        WorkingDays calendar = WorkingDays.of(api, "20");
        LocalDate day = calendar.before(LocalDate.now(WorkingDays.VIETNAM), 2);
        Instant receivedAt = day.atTime(LocalTime.of(9, 0)).atZone(WorkingDays.VIETNAM).toInstant();
        String body = """
                {"procedureCode":"%s","channel":"DIRECT_CENTRE","receivedAt":"%s",
                 "applicant":{"name":"Hoàng Văn Nam","idNumber":"020190001234"}}""".formatted(code, receivedAt);
        Api.Reply received = untilKnown(() -> api.post(gw + "/api/dossiers", desk, body,
                Map.of("Idempotency-Key", "restart-" + code)));
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        String dossier = gw + "/api/dossiers/" + received.text("id");
        assertThat(api.post(dossier + "/hand-over", desk, "{\"toUnit\":\"QLCN\"}").status()).isEqualTo(200);

        Api.Reply requested = api.post(dossier + "/request-supplement", officer, "{\"reason\":\"Thiếu bản vẽ\"}");
        assertThat(requested.status()).as(requested.body()).isEqualTo(200);
        Api.Reply supplemented = api.post(dossier + "/supplement", desk, null,
                Map.of("Idempotency-Key", "restart-supplement-" + code));
        assertThat(supplemented.status()).as(supplemented.body()).isEqualTo(200);

        assertThat(supplemented.text("originalDueAt")).isEqualTo(received.text("dueAt"));
        assertThat(Instant.parse(supplemented.text("dueAt"))).isAfter(Instant.parse(received.text("dueAt")));
        // a second request is refused: once only (Art. 19 cl. 5)
        Api.Reply second = api.post(dossier + "/request-supplement", officer, "{\"reason\":\"Thiếu nữa\"}");
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.text("type")).isEqualTo("urn:mot-cua:problem:supplement-already-requested");
    }

    private String publishedProcedure(String admin, int workingDays) {
        String code = Codes.next();
        Api.Reply drafted = api.post(gw + "/api/catalog/procedures", admin,
                ProcedureBodies.draft(code, "Cấp Giấy chứng nhận đủ điều kiện hoạt động dịch vụ", "SKHCN-20",
                        workingDays));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        Api.Reply published = api.post(gw + "/api/catalog/procedures/" + drafted.text("id") + "/publish", admin,
                ProcedureBodies.publication());
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return code;
    }

    /** The dossier service learns a new procedure from the catalogue's event within seconds. */
    private static Api.Reply untilKnown(java.util.function.Supplier<Api.Reply> call) {
        Api.Reply[] last = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> {
            last[0] = call.get();
            return last[0].status() != 422 || !last[0].body().contains("unknown-procedure");
        });
        return last[0];
    }
}
