package vn.motcua.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Catalogue;
import vn.motcua.dossier.Fees;
import vn.motcua.dossier.TestClock;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.ProcedureTerms.Fee;
import vn.motcua.events.Topics;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/** Thu phí, lệ phí (Decree 118/2025 Art. 24): payments at the desk and through the portal, as users see them. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class PaymentResourceTest {
    /** Phí thẩm định 1,500,000 đ + lệ phí cấp phép 500,000 đ. */
    static final String WITH_FEES = "1.000551";
    /** A version that states no fee. */
    static final String WITHOUT_FEES = "1.000552";
    static final String PAYMENT_RECORDED = "vn.motcua.dossier.payment-recorded.v1";
    private static boolean published;

    @BeforeEach
    void publishOnce() {
        if (!published) {
            published = true;
            Fees.publish("20", WITH_FEES, List.of(new Fee("Phí thẩm định", 1_500_000),
                    new Fee("Lệ phí cấp giấy phép", 500_000)));
            Fees.publish("20", WITHOUT_FEES, List.of());
            Catalogue.awaitReplica("20", WITH_FEES);
            Catalogue.awaitReplica("20", WITHOUT_FEES);
        }
    }

    static String desk() {
        return Tokens.user("tiepnhan.ls").roles("reception-officer").province("20").agency("SKHCN-20").sign();
    }

    static String portal() {
        return Tokens.user("service-account-portal-20").roles("portal").province("20").sign();
    }

    static String file(String token, String procedure) {
        return file(token, procedure, "DIRECT_CENTRE");
    }

    /** Filed at the desk by a reception officer; submitted through the national portal by a portal. */
    static String file(String token, String procedure, String channel) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fees.request(procedure, channel, "020190444001"))
                .post("/api/dossiers").then().statusCode(201).extract().path("id");
    }

    static io.restassured.response.ValidatableResponse pay(String token, String id, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/dossiers/{id}/payments", id).then();
    }

    @Test
    void theDeskRecordsACashPaymentThatTheTimelineShowsAndTheEventCarries() {
        String[] id = new String[1];
        // accepted Mon 02/03/2026 at 10:00 in Vietnam; the fee was paid at the counter five minutes before
        TestClock.at(Instant.parse("2026-03-02T03:00:00Z"), () -> {
            id[0] = file(desk(), WITH_FEES);
            pay(desk(), id[0], """
                    {"amount":1500000,"method":"CASH","receiptReference":"BL-2026/000101",
                     "paidAt":"2026-03-02T02:55:00Z"}""")
                    .statusCode(201)
                    .header("Idempotent-Replayed", "false")
                    .body("amount", equalTo(1500000))
                    .body("method", equalTo("CASH"))
                    .body("online", equalTo(false))
                    .body("receiptReference", equalTo("BL-2026/000101"))
                    .body("paidAt", equalTo("2026-03-02T02:55:00Z"))
                    .body("recordedAt", equalTo("2026-03-02T03:00:00Z"))
                    .body("recordedBy", equalTo("tiepnhan.ls"));
        });

        given().auth().oauth2(desk()).get("/api/dossiers/{id}/payments", id[0]).then().statusCode(200)
                .body("receiptReference", contains("BL-2026/000101")).body("amount", contains(1500000));
        given().auth().oauth2(desk()).get("/api/dossiers/{id}/actions", id[0]).then().statusCode(200)
                .body("action", contains("RECEIVE", "PAY"))
                .body("actor", contains("tiepnhan.ls", "tiepnhan.ls"))
                .body("[1].at", equalTo("2026-03-02T03:00:00Z"));

        try (TestKafka.Reader reader = TestKafka.reader(Topics.DOSSIER_EVENTS)) {
            ConsumerRecord<String, String> event = reader.await(r -> id[0].equals(r.key())
                    && PAYMENT_RECORDED.equals(TestKafka.header(r, CloudEventCodec.H_TYPE)), 1, Duration.ofSeconds(20))
                    .getFirst();
            assertThat(TestKafka.header(event, CloudEventCodec.H_TENANT)).isEqualTo("20");
            JsonPath payload = JsonPath.from(event.value());
            assertThat(payload.getString("dossierId")).isEqualTo(id[0]);
            assertThat(payload.getString("agency")).isEqualTo("SKHCN-20");
            assertThat(payload.getLong("amount")).isEqualTo(1_500_000L);
            assertThat(payload.getString("method")).isEqualTo("CASH");
            assertThat(payload.getBoolean("online")).isFalse();
            assertThat(payload.getString("receiptReference")).isEqualTo("BL-2026/000101");
            assertThat(payload.getString("paidAt")).isEqualTo("2026-03-02T02:55:00Z");
            assertThat(payload.getBoolean("imported")).isFalse();
            assertThat(event.value()).doesNotContain("020190444001", "Lê Văn Nam");
        }
    }

    @Test
    void theSubmittingPortalRecordsOnlinePaymentsOnly() {
        String id = file(portal(), WITH_FEES, "ONLINE_NATIONAL_PORTAL");

        pay(portal(), id, """
                {"amount":2000000,"method":"ONLINE_PORTAL","receiptReference":"DVC-778812"}""")
                .statusCode(201).body("online", equalTo(true)).body("recordedBy", equalTo("service-account-portal-20"));
        // a portal never takes cash; the desk never records what was paid online
        pay(portal(), id, """
                {"amount":1,"method":"CASH","receiptReference":"DVC-778813"}""")
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:payment-method-not-allowed"))
                .body("errors.field", contains("method"));
        pay(desk(), id, """
                {"amount":1,"method":"ONLINE_PORTAL","receiptReference":"DVC-778814"}""")
                .statusCode(422).body("errors.field", contains("method"))
                .body("errors[0].message",
                        equalTo("an online payment is recorded by the portal it was made through, not at the desk"));
        // another portal does not learn the dossier exists; a processing officer does not record payments
        pay(Tokens.user("service-account-portal-20b").roles("portal").province("20").sign(), id, """
                {"amount":1,"method":"ONLINE_PORTAL","receiptReference":"DVC-778815"}""")
                .statusCode(404).body("type", equalTo("urn:mot-cua:problem:not-found"));
        pay(Tokens.user("tiepnhan.cb").roles("reception-officer").province("04").agency("SKHCN-04").sign(), id, """
                {"amount":1,"method":"CASH","receiptReference":"DVC-778816"}""").statusCode(404);
        pay(Tokens.user("xuly.ls").roles("processing-officer").province("20").agency("SKHCN-20").sign(), id, """
                {"amount":1,"method":"CASH","receiptReference":"DVC-778817"}""").statusCode(403);

        given().auth().oauth2(portal()).get("/api/dossiers/{id}/payments", id).then().statusCode(200)
                .body("receiptReference", contains("DVC-778812")).body("method", contains("ONLINE_PORTAL"));
    }

    @Test
    void theSameReceiptAgainIsARetryAndWithOtherDetailsAConflict() {
        String id = file(desk(), WITH_FEES);
        String body = """
                {"amount":500000,"method":"BANK_TRANSFER","receiptReference":"UNC-0042"}""";

        String first = pay(desk(), id, body).statusCode(201).extract().path("id");
        pay(desk(), id, body).statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        pay(desk(), id, """
                {"amount":400000,"method":"BANK_TRANSFER","receiptReference":"UNC-0042"}""")
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:receipt-reference-reused"))
                .body("errors.field", contains("receiptReference"));

        given().auth().oauth2(desk()).get("/api/dossiers/{id}/payments", id).then().body("$", hasSize(1));
        given().auth().oauth2(desk()).get("/api/dossiers/{id}/actions", id).then()
                .body("action", contains("RECEIVE", "PAY"));
        try (TestKafka.Reader reader = TestKafka.reader(Topics.DOSSIER_EVENTS)) {
            reader.await(r -> id.equals(r.key()) && PAYMENT_RECORDED.equals(TestKafka.header(r, CloudEventCodec.H_TYPE)),
                    1, Duration.ofSeconds(20));
            assertThat(reader.within(r -> id.equals(r.key())
                    && PAYMENT_RECORDED.equals(TestKafka.header(r, CloudEventCodec.H_TYPE)), Duration.ofSeconds(1)))
                    .hasSize(1);
        }
    }

    @Test
    void paymentsAddUpToNoMoreThanThePinnedVersionsFees() {
        String id = file(desk(), WITH_FEES);

        pay(desk(), id, """
                {"amount":2000001,"method":"CASH","receiptReference":"BL-0201"}""")
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:fee-exceeded"))
                .body("errors.field", contains("amount"))
                .body("errors[0].message", equalTo("the procedure's fees total 2000000 đồng and 0 đồng was already"
                        + " paid; at most 2000000 đồng may be recorded"));
        pay(desk(), id, """
                {"amount":1500000,"method":"CASH","receiptReference":"BL-0202"}""").statusCode(201);
        pay(desk(), id, """
                {"amount":500001,"method":"POS","receiptReference":"BL-0203"}""")
                .statusCode(422).body("errors[0].message", equalTo("the procedure's fees total 2000000 đồng and"
                        + " 1500000 đồng was already paid; at most 500000 đồng may be recorded"));
        pay(desk(), id, """
                {"amount":500000,"method":"POS","receiptReference":"BL-0203"}""").statusCode(201);
        // refusals change nothing: two payments, two PAY entries
        given().auth().oauth2(desk()).get("/api/dossiers/{id}/payments", id).then()
                .body("receiptReference", contains("BL-0202", "BL-0203"));
        given().auth().oauth2(desk()).get("/api/dossiers/{id}/actions", id).then()
                .body("action", contains("RECEIVE", "PAY", "PAY"));

        // a version that states no fee sets no ceiling: the receipt is recorded as it is
        String free = file(desk(), WITHOUT_FEES);
        pay(desk(), free, """
                {"amount":9000000,"method":"CASH","receiptReference":"BL-0204"}""").statusCode(201);
    }

    @Test
    void aPaymentIsNeitherInTheFutureNorBeforeTheDossierExisted() {
        TestClock.at(Instant.parse("2026-03-03T03:00:00Z"), () -> {
            String id = file(desk(), WITH_FEES);
            pay(desk(), id, """
                    {"amount":1000,"method":"CASH","receiptReference":"BL-0301","paidAt":"2026-03-02T16:59:59Z"}""")
                    .statusCode(422).body("type", equalTo("urn:mot-cua:problem:paid-before-submission"))
                    .body("errors.field", contains("paidAt"));
            // 00:00 on Tue 03/03 in Vietnam is 17:00 UTC the day before: the submission day, accepted
            pay(desk(), id, """
                    {"amount":1000,"method":"CASH","receiptReference":"BL-0302","paidAt":"2026-03-02T17:00:00Z"}""")
                    .statusCode(201);
        });
    }
}
