package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12, "done when", through the gateway with real Keycloak tokens, PostgreSQL and Kafka: a procedure amended
 * effective next month keeps the dossiers received before that date on the old version (the dossiers from that
 * date get the new one: dossier-service's ProcedureVersionPinningTest, on a stopped clock); overlapping versions,
 * unknown codes and a second province's writes each get their own problem+json and change nothing.
 */
@ExtendWith(RunningPlatform.class)
class ProcedureVersionsIT {
    private static final String PROBLEM = "application/problem+json";
    private final Api api = new Api(Endpoints.local());
    private final String gw = api.endpoints().gateway();
    private final String procedures = gw + "/api/catalog/procedures";

    @Test
    void anAmendmentInForceNextMonthLeavesTodaysDossiersOnTheVersionBeforeIt() throws InterruptedException {
        String admin = api.login("quantri.ls");
        String desk = api.login("tiepnhan.ls");
        String code = Codes.next();
        LocalDate nextMonth = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(1);

        String id = api.post(procedures, admin, ProcedureBodies.draft(code, "Cấp giấy phép thiết bị đo phóng xạ", "SKHCN-20", 10))
                .text("id");
        Api.Reply v1 = api.post(procedures + "/" + id + "/publish", admin, ProcedureBodies.publication());
        assertThat(v1.status()).as(v1.body()).isEqualTo(200);
        Api.Reply v2 = api.post(procedures + "/" + id + "/amendments", admin, ProcedureBodies.amendment(
                ProcedureBodies.terms("Cấp giấy phép thiết bị đo phóng xạ (rút ngắn)", "SKHCN-20", 7), "45/QĐ-UBND", nextMonth));
        assertThat(v2.status()).as(v2.body()).isEqualTo(201);
        assertThat(v2.json().at("/version").asInt()).isEqualTo(2);
        assertThat(v2.text("effectiveFrom")).isEqualTo(nextMonth.toString());

        String body = """
                {"procedureCode":"%s","channel":"DIRECT_CENTRE","applicant":{"name":"Đỗ Thị Lan"}}""".formatted(code);
        Api.Reply[] today = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> {
            today[0] = api.post(gw + "/api/dossiers", desk, body, Map.of("Idempotency-Key", "versions-" + code));
            return today[0].status() == 201;
        });
        assertThat(today[0].json().at("/procedureVersion").asInt()).isEqualTo(1);
        assertThat(today[0].text("caseVariant")).isEqualTo("CHUNG");
        // once the amendment's event has surely followed the publication's (same key, same partition), a dossier
        // of last week is version 1 too: version 2 waits for its day
        Thread.sleep(Duration.ofSeconds(3));
        String lastWeek = Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        Api.Reply backDated = api.post(gw + "/api/dossiers", desk, """
                {"procedureCode":"%s","channel":"DIRECT_CENTRE","receivedAt":"%s","applicant":{"name":"Đỗ Văn Hùng"}}"""
                .formatted(code, lastWeek));
        assertThat(backDated.status()).as(backDated.body()).isEqualTo(201);
        assertThat(backDated.json().at("/procedureVersion").asInt()).isEqualTo(1);

        Api.Reply read = api.get(procedures + "/" + id, desk);
        assertThat(read.json().at("/inForce/version").asInt()).isEqualTo(1);
        assertThat(read.json().at("/inForce/effectiveTo").asText()).isEqualTo(nextMonth.toString());
        assertThat(read.json().at("/versions").size()).isEqualTo(2);
    }

    @Test
    void overlapsUnknownCodesAndAnotherProvincesWritesAreProblemsThatChangeNothing() {
        String admin = api.login("quantri.ls");
        String desk = api.login("tiepnhan.ls");
        String code = Codes.next();
        LocalDate nextMonth = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(1);
        String id = api.post(procedures, admin, ProcedureBodies.draft(code, "Thủ tục có phiên bản", "SKHCN-20", 5))
                .text("id");
        api.post(procedures + "/" + id + "/publish", admin, ProcedureBodies.publication());
        String amendment = ProcedureBodies.amendment(ProcedureBodies.terms("Thủ tục sửa đổi", "SKHCN-20", 4),
                "46/QĐ-UBND", nextMonth);
        assertThat(api.post(procedures + "/" + id + "/amendments", admin, amendment).status()).isEqualTo(201);
        String before = api.get(procedures + "/" + id, admin).body();

        // overlapping versions: the same date again, and a date before the scheduled version
        for (LocalDate date : new LocalDate[] {nextMonth, nextMonth.minusDays(1)}) {
            Api.Reply overlap = api.post(procedures + "/" + id + "/amendments", admin, ProcedureBodies.amendment(
                    ProcedureBodies.terms("Thủ tục chồng lấn", "SKHCN-20", 3), "47/QĐ-UBND", date));
            assertProblem(overlap, 409, "version-overlap", "effectiveFrom");
        }
        // abolishing while version 2 waits for its day
        assertProblem(api.post(procedures + "/" + id + "/abolition", admin,
                ProcedureBodies.decision("9/QĐ-UBND", nextMonth.plusDays(5))), 409, "version-scheduled",
                "effectiveFrom");

        // unknown codes: a procedure code no province published, a case the procedure does not have
        assertProblem(api.post(gw + "/api/dossiers", desk, """
                {"procedureCode":"%s","channel":"DIRECT_CENTRE","applicant":{"name":"Mai Văn Tú"}}"""
                .formatted(Codes.next())), 422, "unknown-procedure", "procedureCode");
        Api.Reply[] unknownCase = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> {
            unknownCase[0] = api.post(gw + "/api/dossiers", desk, """
                    {"procedureCode":"%s","channel":"DIRECT_CENTRE","caseVariant":"CAP_LAI",
                     "applicant":{"name":"Mai Văn Tú"}}""".formatted(code));
            return unknownCase[0].status() != 422 || !unknownCase[0].body().contains("unknown-procedure");
        });
        assertProblem(unknownCase[0], 422, "unknown-case-variant", "caseVariant");
        assertProblem(api.post(procedures + "/00000000-0000-0000-0000-000000000000/amendments", admin, amendment),
                404, "not-found", null);

        // Cao Bằng's admin, naming Lạng Sơn's procedure: as if it did not exist
        String caoBang = api.login("quantri.cb");
        String theirs = ProcedureBodies.amendment(ProcedureBodies.terms("Sửa của Cao Bằng", "SKHCN-04", 1),
                "1/QĐ-UBND", nextMonth.plusMonths(1));
        assertProblem(api.post(procedures + "/" + id + "/amendments", caoBang, theirs), 404, "not-found", null);
        assertProblem(api.post(procedures + "/" + id + "/abolition", caoBang,
                ProcedureBodies.decision("2/QĐ-UBND", nextMonth.plusMonths(2))), 404, "not-found", null);
        assertProblem(api.post(procedures + "/" + id + "/publish", caoBang, ProcedureBodies.publication()),
                404, "not-found", null);
        // and drafting for a Lạng Sơn agency: Cao Bằng's register does not know it
        assertProblem(api.post(procedures, caoBang, ProcedureBodies.draft(Codes.next(), "Thủ tục mượn", "SKHCN-20",
                3)), 422, "unknown-agency", "terms.agencyCode");

        assertThat(api.get(procedures + "/" + id, admin).body()).isEqualTo(before);
    }

    private static void assertProblem(Api.Reply reply, int status, String type, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith(PROBLEM));
        assertThat(reply.text("type")).isEqualTo("urn:mot-cua:problem:" + type);
        if (field != null) {
            assertThat(reply.json().at("/errors/0/field").asText()).isEqualTo(field);
        }
    }
}
