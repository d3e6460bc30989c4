package vn.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;
import vn.motcua.testing.fuzz.RawHttp;

/**
 * One test per class of bad input found by probing the platform from outside (issue 11, item 8). The rules
 * live in platform/commons and hold for every service; the catalogue is where they are exercised over HTTP.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class InputHardeningTest {
    private static final String PROCEDURES = "/api/catalog/procedures";

    private static String admin() {
        return Tokens.provinceAdmin("20");
    }

    private static String body(String code, String name) {
        return """
                {"code":"%s","terms":{"name":"%s","fieldCode":"G19-ATBX","agencyCode":"SKHCN-20","issuingLevel":"CENTRAL",
                 "mechanism":"ONE_STOP","onlineMode":"NONE","postalReceipt":false,"postalReturn":false,
                 "fourOnTheSpot":false,"caseVariants":[{"code":"MOI","name":"Cấp mới",
                 "timeLimit":{"unit":"WORKING_DAYS","value":10}}]}}"""
                .formatted(code, name);
    }

    private static RawHttp raw() {
        return new RawHttp("localhost", RestAssured.port, 30_000);
    }

    private static JsonPath problem(RawHttp.Answer answer) {
        assertThat(answer.contentType()).as(answer.status() + " " + answer.text()).startsWith("application/problem+json");
        return JsonPath.from(answer.text());
    }

    @Test
    void textIsComposedAndInvisibleOrUnstorableCharactersAreRefusedNamingTheField() {
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(body(Procedures.newCode(), "Thu\u0309 tu\u0323c c\u00E2\u0301p phe\u0301p"))
                .post(PROCEDURES)
                .then().statusCode(201).body("draft.terms.name", equalTo("Thủ tục cấp phép"));
        for (String bad : List.of("a\\u0000b", "a\\u001bb", "abc\\u202Eexe", "x\\uFFFF", "x\\uD800y")) {
            given().auth().oauth2(admin()).contentType(ContentType.JSON)
                    .body(body(Procedures.newCode(), bad))
                    .post(PROCEDURES)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:mot-cua:problem:validation"))
                    .body("errors[0].field", equalTo("terms.name"));
        }
        // a refused text does not hide the other invalid fields
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(body("X-1", "a\\u0000b").replace("10}", "-1}"))
                .post(PROCEDURES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("code", "terms.caseVariants[0].timeLimit.value", "terms.name"))
                .body("errors[2].message", equalTo("contains a control character (U+0000) at position 1"));
    }

    @Test
    void typesAreStrictAndEveryRefusalNamesTheFieldInTheCallersTerms() {
        Map<String, String> cases = Map.of(
                body(Procedures.newCode(), "n").replace("10}", "\"10\"}"), "terms.caseVariants[0].timeLimit.value",
                body(Procedures.newCode(), "n").replace("10}", "99999999999}"), "terms.caseVariants[0].timeLimit.value",
                body(Procedures.newCode(), "n").replace("10}", "1e400}"), "terms.caseVariants[0].timeLimit.value",
                body(Procedures.newCode(), "n").replace("10}", "true}"), "terms.caseVariants[0].timeLimit.value",
                body(Procedures.newCode(), "n").replace("{", "{\"code\":\"1.000001\","), "code",
                body("1.004227", "n").replace("\"1.004227\"", "1.004227"), "code");
        cases.forEach((json, field) -> given().auth().oauth2(admin()).contentType(ContentType.JSON).body(json)
                .post(PROCEDURES)
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:validation"))
                .body("errors[0].field", equalTo(field))
                .body("detail", not(containsString("Bad Request")))
                .body("detail", not(containsString("java")))
                .body("detail", not(containsString("Numeric value"))));

        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(body(Procedures.newCode(), "n").replace("10}", "99999999999}"))
                .post(PROCEDURES)
                .then().statusCode(400).body("errors[0].message", equalTo("is out of range"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(body(Procedures.newCode(), "n").replace("{", "{\"code\":\"1.000001\","))
                .post(PROCEDURES)
                .then().statusCode(400).body("errors[0].message", equalTo("is given more than once"));

        // invalid UTF-8 (0xC3 0x28) inside the name
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] halves = body(Procedures.newCode(), "AB").split("AB");
        bytes.writeBytes(halves[0].getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
        bytes.writeBytes(halves[1].getBytes(StandardCharsets.UTF_8));
        JsonPath answer = problem(raw().send("POST", PROCEDURES,
                List.of("Authorization: Bearer " + admin(), "Content-Type: application/json"), bytes.toByteArray()));
        assertThat(answer.getInt("status")).isEqualTo(400);
        assertThat(answer.getString("errors[0].field")).isEqualTo("terms.name");
        assertThat(answer.getString("errors[0].message")).isEqualTo("is not valid UTF-8 text");
    }

    @Test
    void parameterErrorsNameTheParameterAndHideJavasMessage() {
        given().auth().oauth2(admin()).get(PROCEDURES + "/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:validation"))
                .body("errors[0].field", equalTo("id"))
                .body("detail", not(containsString("Invalid UUID string")));
        given().auth().oauth2(admin()).get(PROCEDURES + "?province=20&province=04")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("province"))
                .body("errors[0].message", equalTo("is given more than once"));
    }

    @Test
    void aBodyThatIsNotJsonInUtf8IsUnsupported() {
        for (String type : List.of("text/plain", "*/*", "application/json; charset=UTF-16", "application/xml")) {
            given().auth().oauth2(admin()).contentType(type)
                    .body(body(Procedures.newCode(), "n").getBytes(StandardCharsets.UTF_8))
                    .post(PROCEDURES)
                    .then().log().ifValidationFails().statusCode(415).contentType("application/problem+json")
                    .body("type", equalTo("urn:mot-cua:problem:unsupported-media-type"));
        }
        given().auth().oauth2(admin()).contentType("application/json; charset=utf-8")
                .body(body(Procedures.newCode(), "n").getBytes(StandardCharsets.UTF_8))
                .post(PROCEDURES)
                .then().statusCode(201);
    }

    @Test
    void concurrentCreationsOfOneCodeGiveOneProcedureAndConflictsNeverAServerError() throws Exception {
        String code = Procedures.newCode();
        String token = admin();
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<CompletableFuture<io.restassured.response.Response>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return given().auth().oauth2(token).contentType(ContentType.JSON).body(body(code, "n"))
                            .post(PROCEDURES);
                }, pool));
            }
            start.countDown();
            Map<Integer, Long> statuses = answers.stream().map(CompletableFuture::join)
                    .peek(r -> {
                        if (r.statusCode() == 409) {
                            assertThat(r.contentType()).startsWith("application/problem+json");
                            assertThat(r.jsonPath().getString("type")).isIn(
                                    "urn:mot-cua:problem:duplicate-procedure", "urn:mot-cua:problem:conflict");
                            assertThat(r.jsonPath().getString("detail")).doesNotContainIgnoringCase("insert")
                                    .doesNotContainIgnoringCase("constraint");
                        }
                    })
                    .collect(Collectors.groupingBy(io.restassured.response.Response::statusCode,
                            Collectors.counting()));
            assertThat(statuses).isEqualTo(Map.of(201, 1L, 409, 7L));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void errorsAnsweredBeforeAnyResourceAreProblemsToo() {
        Function<RawHttp.Answer, JsonPath> problem = InputHardeningTest::problem;
        List<String> auth = List.of("Authorization: Bearer " + admin());

        RawHttp.Answer unknown = raw().send("GET", "/api/nothing-here", auth, null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(problem.apply(unknown).getString("type")).isEqualTo("urn:mot-cua:problem:not-found");

        RawHttp.Answer unknownQ = raw().send("GET", "/q/nothing-here", List.of(), null);
        assertThat(unknownQ.status()).isEqualTo(404);
        problem.apply(unknownQ);

        RawHttp.Answer dotDot = raw().send("GET", "/api/catalog/../../etc/passwd", auth, null);
        assertThat(dotDot.status()).isEqualTo(404);
        problem.apply(dotDot);

        RawHttp.Answer badlyEncoded = raw().send("GET", PROCEDURES + "/%zz", auth, null);
        assertThat(badlyEncoded.status()).isEqualTo(400);
        problem.apply(badlyEncoded);

        RawHttp.Answer longUri = raw().send("GET", PROCEDURES + "?q=" + "a".repeat(5000), auth, null);
        assertThat(longUri.status()).isEqualTo(414);
        assertThat(problem.apply(longUri).getString("type")).isEqualTo("urn:mot-cua:problem:uri-too-long");

        RawHttp.Answer largeHeaders = raw().send("GET", PROCEDURES,
                List.of(auth.get(0), "X-Padding: " + "b".repeat(30_000)), null);
        assertThat(largeHeaders.status()).isEqualTo(431);
        problem.apply(largeHeaders);

        byte[] large = ("{\"name\":\"" + "c".repeat(11 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer tooLarge = raw().send("POST", PROCEDURES,
                List.of(auth.get(0), "Content-Type: application/json"), large);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(problem.apply(tooLarge).getString("type")).isEqualTo("urn:mot-cua:problem:payload-too-large");
    }
}
