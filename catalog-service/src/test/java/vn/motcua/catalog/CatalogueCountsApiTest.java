package vn.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

/** Issue 12 item 6: the catalogue counts of form II.03b through the API, against generated catalogues. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class CatalogueCountsApiTest {
    private static final String COUNTS = "/api/catalog/counts";
    private static final String PROVINCE = "48";
    // the second quarter by the national cut-off: 15/3 to 14/6 (Decree 09/2019 Art. 12, domain.md §7)
    private static final LocalDate FROM = LocalDate.of(2026, 3, 15);
    private static final LocalDate TO = LocalDate.of(2026, 6, 14);
    private static final String[] MODES = {"NONE", "LEVEL_2", "LEVEL_3", "LEVEL_4", "PARTIAL", "FULL"};

    @Inject
    DataSource dataSource;

    /** One generated version, kept to count it independently of the service. */
    record Generated(String code, int version, String agency, LocalDate from, LocalDate to, LocalDate abolished,
            String level, String mechanism, String mode, boolean postalReceipt, boolean postalReturn, boolean four,
            LocalDate decided) {
    }

    record Abolished(String code, String agency, LocalDate decided) {
    }

    @Test
    void catalogueCountsForAGeneratedQuarterEqualAnIndependentCountOverTheProceduresVersions() {
        Random random = new Random(20260614);
        CatalogueRows rows = new CatalogueRows(dataSource);
        List<Generated> versions = new ArrayList<>();
        List<Abolished> abolitions = new ArrayList<>();
        for (int p = 0; p < 150; p++) {
            String code = String.format("2.%06d", p);
            String agency = random.nextBoolean() ? "SKHCN-48" : "SYT-48";
            int count = 1 + random.nextInt(3);
            List<LocalDate> starts = new ArrayList<>();
            LocalDate start = LocalDate.of(2025, 6, 1).plusDays(random.nextInt(500));
            for (int n = 0; n < count; n++) {
                starts.add(start);
                start = start.plusDays(20 + random.nextInt(200));
            }
            LocalDate lastStart = starts.getLast();
            LocalDate abolished = random.nextInt(5) == 0 ? lastStart.plusDays(1 + random.nextInt(200)) : null;
            LocalDate abolitionDecided = abolished == null ? null : abolished.minusDays(random.nextInt(20));
            // the catalogue may close the last version when an abolition takes effect, or leave it open
            boolean closeOnAbolition = random.nextBoolean();
            List<CatalogueRows.Version> inserted = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                LocalDate from = starts.get(n - 1);
                LocalDate to = n < count ? starts.get(n) : abolished != null && closeOnAbolition ? abolished : null;
                Generated g = new Generated(code, n, agency, from, to, abolished,
                        random.nextInt(10) < 8 ? "CENTRAL" : "LOCAL", random.nextBoolean() ? "ONE_STOP" : "INTER_CONNECTED",
                        MODES[random.nextInt(MODES.length)], random.nextBoolean(), random.nextBoolean(),
                        random.nextInt(3) == 0, from.minusDays(random.nextInt(40)));
                versions.add(g);
                inserted.add(CatalogueRows.version("Thủ tục " + code + " bản " + n).agency(agency)
                        .issuingLevel(g.level()).mechanism(g.mechanism()).onlineMode(g.mode())
                        .postal(g.postalReceipt(), g.postalReturn()).fourOnTheSpot(g.four())
                        .decision(n + "/QĐ-" + code, g.decided()).from(from).to(to));
            }
            UUID id = rows.procedure(PROVINCE, code, inserted.toArray(CatalogueRows.Version[]::new));
            if (abolished != null) {
                rows.abolish(id, abolished, "BB/QĐ-" + code, abolitionDecided);
                abolitions.add(new Abolished(code, agency, abolitionDecided));
            }
        }
        // a draft and another province's procedure never count
        rows.procedure(PROVINCE, "2.999998", CatalogueRows.version("Bản nháp").draft());
        rows.procedure("49", "2.999999", CatalogueRows.version("Tỉnh khác").agency("SKHCN-49"));

        compare(versions, abolitions, null);
        compare(versions, abolitions, "SYT-48");
    }

    private static void compare(List<Generated> all, List<Abolished> allAbolitions, String agency) {
        List<Generated> versions = all.stream().filter(v -> agency == null || v.agency().equals(agency)).toList();
        List<Generated> inForce = new ArrayList<>();
        for (Generated v : versions) {
            boolean started = v.from().compareTo(TO) <= 0;
            boolean notEnded = v.to() == null || v.to().compareTo(TO) > 0;
            boolean notAbolished = v.abolished() == null || v.abolished().compareTo(TO) > 0;
            if (started && notEnded && notAbolished) {
                inForce.add(v);
            }
        }
        long online = inForce.stream().filter(v -> List.of("LEVEL_3", "LEVEL_4", "PARTIAL", "FULL").contains(v.mode()))
                .count();
        long fourOnline = inForce.stream().filter(v -> v.four() && !v.mode().equals("NONE")
                && !v.mode().equals("LEVEL_2")).count();
        List<String> published = codesDecidedInPeriod(versions.stream().filter(v -> v.version() == 1).toList());
        List<String> amended = codesDecidedInPeriod(versions.stream().filter(v -> v.version() > 1).toList());
        List<String> abolished = allAbolitions.stream()
                .filter(a -> agency == null || a.agency().equals(agency))
                .filter(a -> !a.decided().isBefore(FROM) && !a.decided().isAfter(TO))
                .map(Abolished::code).sorted().toList();

        var request = given().auth().oauth2(Tokens.provinceAdmin(PROVINCE)).queryParam("from", FROM.toString())
                .queryParam("to", TO.toString());
        if (agency != null) {
            request.queryParam("agency", agency);
        }
        JsonPath answer = request.get(COUNTS).then().statusCode(200).extract().jsonPath();

        assertThat(inForce).hasSizeGreaterThan(30); // the generator made a quarter worth counting
        assertThat(answer.getLong("inForce.total")).isEqualTo(inForce.size());
        assertThat(answer.getLong("inForce.issuingLevel.central")).isEqualTo(count(inForce, "CENTRAL", Generated::level));
        assertThat(answer.getLong("inForce.issuingLevel.local")).isEqualTo(count(inForce, "LOCAL", Generated::level));
        assertThat(answer.getLong("inForce.mechanism.oneStop")).isEqualTo(count(inForce, "ONE_STOP", Generated::mechanism));
        assertThat(answer.getLong("inForce.mechanism.interConnected"))
                .isEqualTo(count(inForce, "INTER_CONNECTED", Generated::mechanism));
        assertThat(answer.getLong("inForce.onlineMode.none")).isEqualTo(count(inForce, "NONE", Generated::mode));
        assertThat(answer.getLong("inForce.onlineMode.level2")).isEqualTo(count(inForce, "LEVEL_2", Generated::mode));
        assertThat(answer.getLong("inForce.onlineMode.level3")).isEqualTo(count(inForce, "LEVEL_3", Generated::mode));
        assertThat(answer.getLong("inForce.onlineMode.level4")).isEqualTo(count(inForce, "LEVEL_4", Generated::mode));
        assertThat(answer.getLong("inForce.onlineMode.partial")).isEqualTo(count(inForce, "PARTIAL", Generated::mode));
        assertThat(answer.getLong("inForce.onlineMode.full")).isEqualTo(count(inForce, "FULL", Generated::mode));
        assertThat(answer.getLong("inForce.onlineMode.online")).isEqualTo(online);
        assertThat(answer.getLong("inForce.postal.receipt")).isEqualTo(inForce.stream().filter(Generated::postalReceipt).count());
        assertThat(answer.getLong("inForce.postal.returnOfResult"))
                .isEqualTo(inForce.stream().filter(Generated::postalReturn).count());
        assertThat(answer.getLong("inForce.fourOnTheSpot.total")).isEqualTo(inForce.stream().filter(Generated::four).count());
        assertThat(answer.getLong("inForce.fourOnTheSpot.ofOnline")).isEqualTo(fourOnline);
        assertThat(answer.getLong("inForce.fourOnTheSpot.online")).isEqualTo(online);
        assertThat(new BigDecimal(answer.getString("inForce.fourOnTheSpot.sharePercentOfOnline")))
                .isEqualTo(BigDecimal.valueOf(fourOnline * 1000).divide(BigDecimal.valueOf(online), 0, RoundingMode.HALF_UP)
                        .movePointLeft(1));
        assertThat(answer.getList("changes.published.code", String.class).stream().sorted().toList()).isEqualTo(published);
        assertThat(answer.getList("changes.amended.code", String.class).stream().sorted().toList()).isEqualTo(amended);
        assertThat(answer.getList("changes.abolished.code", String.class).stream().sorted().toList()).isEqualTo(abolished);
        assertThat(published).isNotEmpty();
        assertThat(amended).isNotEmpty();
        assertThat(abolished).isNotEmpty();
    }

    private static List<String> codesDecidedInPeriod(List<Generated> versions) {
        return versions.stream().filter(v -> !v.decided().isBefore(FROM) && !v.decided().isAfter(TO))
                .map(Generated::code).sorted().toList();
    }

    private static long count(List<Generated> versions, String value, java.util.function.Function<Generated, String> f) {
        return versions.stream().filter(v -> f.apply(v).equals(value)).count();
    }

    @Test
    void aChangeListsItsDecision() {
        CatalogueRows rows = new CatalogueRows(dataSource);
        rows.procedure("47", "3.000001",
                CatalogueRows.version("Đăng ký chuyển giao công nghệ").agency("SKHCN-47")
                        .decision("1234/QĐ-UBND", LocalDate.of(2026, 4, 2)).from(LocalDate.of(2026, 4, 15)));

        given().auth().oauth2(Tokens.provinceAdmin("47")).queryParam("from", "2026-03-15").queryParam("to", "2026-06-14")
                .get(COUNTS)
                .then().statusCode(200)
                .body("from", equalTo("2026-03-15")).body("to", equalTo("2026-06-14"))
                .body("inForce.total", equalTo(1))
                .body("changes.published.code", contains("3.000001"))
                .body("changes.published[0].name", equalTo("Đăng ký chuyển giao công nghệ"))
                .body("changes.published[0].decision.number", equalTo("1234/QĐ-UBND"))
                .body("changes.published[0].decision.date", equalTo("2026-04-02"))
                .body("changes.published[0].decision.issuer", equalTo("UBND tỉnh"))
                .body("changes.published[0].effectiveFrom", equalTo("2026-04-15"));
    }

    @Test
    void whoMayReadWhichProvincesCounts() {
        String period = "?from=2026-03-15&to=2026-06-14";
        String auditor = Tokens.user("kiemtra").roles("national-auditor").sign();
        given().auth().oauth2(auditor).get(COUNTS + period + "&province=47").then().statusCode(200);
        given().auth().oauth2(auditor).get(COUNTS + period)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("province"));
        given().auth().oauth2(Tokens.provinceAdmin("04")).get(COUNTS + period + "&province=47")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:foreign-province"));
        given().auth().oauth2(Tokens.receptionOfficer("47")).get(COUNTS + period).then().statusCode(200);
        given().auth().oauth2(Tokens.user("head").roles("agency-head").province("47").agency("SKHCN-47").sign())
                .get(COUNTS + period).then().statusCode(200);
        given().auth().oauth2(Tokens.processingOfficer("47")).get(COUNTS + period).then().statusCode(403);
        given().auth().oauth2(Tokens.user("dan").roles("citizen").province("47").sign()).get(COUNTS + period)
                .then().statusCode(403);
        given().get(COUNTS + period).then().statusCode(401);
    }

    @Test
    void aBadPeriodIsAProblemNamingTheParameter() {
        String admin = Tokens.provinceAdmin("47");
        given().auth().oauth2(admin).get(COUNTS + "?from=2026-06-15&to=2026-06-14")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("to"));
        given().auth().oauth2(admin).get(COUNTS + "?to=2026-06-14")
                .then().statusCode(400).body("errors.field", contains("from"));
        given().auth().oauth2(admin).get(COUNTS + "?from=1999-12-31&to=2026-06-14")
                .then().statusCode(400).body("errors.field", contains("from"));
        given().auth().oauth2(admin).get(COUNTS + "?from=2026-03-15&to=2026-06-14&agency=a%20b")
                .then().statusCode(400).body("errors.field", contains("agency"));
    }
}
