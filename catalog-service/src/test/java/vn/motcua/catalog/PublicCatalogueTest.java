package vn.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;

/**
 * Issue 12 item 5: the public catalogue, read without a token. Each test writes its rows with SQL into a province of
 * its own (V2's tables), so tests never see each other's procedures.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class PublicCatalogueTest {
    private static final String SEARCH = "/api/catalog/public/{province}/procedures";
    private static final String ONE = "/api/catalog/public/{province}/procedures/{code}";
    private static int nextProvince = 50;

    @Inject
    DataSource dataSource;

    CatalogueRows rows;
    String province;

    @BeforeEach
    void freshProvince() {
        rows = new CatalogueRows(dataSource);
        province = Integer.toString(nextProvince++);
    }

    @Test
    void accentFreeLowerCaseTextFindsTheVietnameseName() {
        rows.procedure(province, "1.004227", CatalogueRows.version("Cấp giấy phép sử dụng thiết bị X-quang chẩn đoán trong y tế"));
        rows.procedure(province, "1.004228", CatalogueRows.version("Cấp giấy phép tiến hành công việc bức xạ"));
        rows.procedure(province, "1.004229", CatalogueRows.version("Đăng ký hoạt động khoa học và công nghệ"));

        for (String q : new String[] {"cap giay phep x quang", "CẤP GIẤY PHÉP X-QUANG", "x-quang cap phep",
                Normalizer.normalize("cấp giấy phép x quang", Normalizer.Form.NFD)}) {
            given().queryParam("q", q).get(SEARCH, province)
                    .then().statusCode(200)
                    .body("total", equalTo(1))
                    .body("items.code", contains("1.004227"))
                    .body("items[0].name", equalTo("Cấp giấy phép sử dụng thiết bị X-quang chẩn đoán trong y tế"));
        }
        // đ folds to d
        given().queryParam("q", "dang ky hoat dong").get(SEARCH, province)
                .then().statusCode(200).body("items.code", contains("1.004229"));
    }

    @Test
    void bestMatchFirstAndTiesByCode() {
        rows.procedure(province, "1.000010", CatalogueRows.version("Cấp lại giấy phép tiến hành công việc bức xạ"));
        rows.procedure(province, "1.000030", CatalogueRows.version("Cấp giấy phép sử dụng thiết bị X-quang"));
        rows.procedure(province, "1.000020", CatalogueRows.version("Cấp giấy phép tiến hành công việc bức xạ"));
        rows.procedure(province, "1.000040", CatalogueRows.version("Gia hạn giấy phép tiến hành công việc bức xạ"));

        given().queryParam("q", "cap giay phep").get(SEARCH, province)
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.code", contains("1.000020", "1.000030", "1.000010"));
        // no text: the whole catalogue, by code
        given().get(SEARCH, province)
                .then().statusCode(200)
                .body("items.code", contains("1.000010", "1.000020", "1.000030", "1.000040"));
    }

    @Test
    void filtersNarrowTheList() {
        rows.procedure(province, "1.000001", CatalogueRows.version("Thủ tục một").agency("SKHCN-" + province)
                .field("G14-KH01").mechanism("ONE_STOP").onlineMode("FULL"));
        rows.procedure(province, "1.000002", CatalogueRows.version("Thủ tục hai").agency("SYT-" + province)
                .field("G14-KH02").mechanism("INTER_CONNECTED").onlineMode("PARTIAL"));
        rows.procedure(province, "1.000003", CatalogueRows.version("Thủ tục ba").agency("SKHCN-" + province)
                .field("G14-KH02").mechanism("ONE_STOP").onlineMode("NONE"));

        given().queryParam("agency", "SKHCN-" + province).get(SEARCH, province)
                .then().body("items.code", contains("1.000001", "1.000003"));
        given().queryParam("field", "G14-KH02").get(SEARCH, province)
                .then().body("items.code", contains("1.000002", "1.000003"));
        given().queryParam("mechanism", "INTER_CONNECTED").get(SEARCH, province)
                .then().body("items.code", contains("1.000002"));
        given().queryParam("onlineMode", "FULL").get(SEARCH, province)
                .then().body("items.code", contains("1.000001"));
        given().queryParam("agency", "SKHCN-" + province).queryParam("field", "G14-KH02").queryParam("q", "thu tuc")
                .get(SEARCH, province)
                .then().body("total", equalTo(1)).body("items.code", contains("1.000003"));
    }

    @Test
    void theVersionListedIsTheOneInForceOnTheDayAsked() {
        rows.procedure(province, "1.000100",
                CatalogueRows.version("Đăng ký tên cũ").from(LocalDate.of(2024, 1, 1)).to(LocalDate.of(2026, 7, 1)),
                CatalogueRows.version("Đăng ký tên mới").from(LocalDate.of(2026, 7, 1)).to(LocalDate.of(2099, 1, 1)),
                CatalogueRows.version("Đăng ký tên tương lai").from(LocalDate.of(2099, 1, 1)));
        rows.procedure(province, "1.000200", CatalogueRows.version("Đăng ký sau này").from(LocalDate.of(2099, 1, 1)));

        given().queryParam("on", "2026-06-30").get(SEARCH, province)
                .then().body("on", equalTo("2026-06-30"))
                .body("items.name", contains("Đăng ký tên cũ")).body("items.version", contains(1));
        given().queryParam("on", "2026-07-01").get(SEARCH, province)
                .then().body("items.name", contains("Đăng ký tên mới"));
        given().queryParam("on", "2023-12-31").get(SEARCH, province)
                .then().body("total", equalTo(0)).body("items", empty());
        // today (the test runs between 2026-07-01 and 2098): the second version, and no procedure not yet in force
        given().queryParam("q", "dang ky").get(SEARCH, province)
                .then().body("items.name", contains("Đăng ký tên mới"));
    }

    @Test
    void pagesCarryTheTotal() {
        for (int i = 1; i <= 5; i++) {
            rows.procedure(province, "1.00030" + i, CatalogueRows.version("Công bố hợp quy sản phẩm " + i));
        }

        given().queryParam("q", "cong bo hop quy").queryParam("size", 2).queryParam("page", 1).get(SEARCH, province)
                .then().statusCode(200)
                .body("total", equalTo(5)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.code", contains("1.000303", "1.000304"));
        given().queryParam("q", "cong bo hop quy").queryParam("size", 2).queryParam("page", 9).get(SEARCH, province)
                .then().statusCode(200).body("total", equalTo(5)).body("items", empty());
    }

    @Test
    void oneProvincesCatalogueNeverShowsAnotherProvincesRowsOrAnyDraft() {
        String other = Integer.toString(nextProvince++);
        rows.procedure(other, "1.000401", CatalogueRows.version("Cấp giấy phép bức xạ tỉnh khác"));
        rows.procedure(province, "1.000402", CatalogueRows.version("Cấp giấy phép bức xạ đang soạn").draft());
        rows.procedure(province, "1.000403", CatalogueRows.version("Cấp giấy phép bức xạ đã công bố"),
                CatalogueRows.version("Cấp giấy phép bức xạ bản sửa đang soạn").draft());

        given().queryParam("q", "cap giay phep buc xa").get(SEARCH, province)
                .then().body("total", equalTo(1)).body("items.code", contains("1.000403"))
                .body("items.name", contains("Cấp giấy phép bức xạ đã công bố"));
        given().get(SEARCH, province).then().body("items.code", contains("1.000403"));
        given().get(ONE, province, "1.000401").then().statusCode(404).contentType("application/problem+json");
        given().get(ONE, province, "1.000402").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:not-found"));
        given().get(ONE, province, "1.000403").then().statusCode(200)
                .body("current.name", equalTo("Cấp giấy phép bức xạ đã công bố"))
                .body("past", empty()).body("scheduled", empty());
        given().get(ONE, other, "1.000401").then().statusCode(200).body("province", equalTo(other));
    }

    @Test
    void oneProcedureWithItsPastCurrentAndScheduledVersions() {
        UUID id = rows.procedure(province, "1.000500",
                CatalogueRows.version("Thẩm định hồ sơ bản một").localCode("1.000500.000.00.00.H38")
                        .from(LocalDate.of(2024, 1, 1)).to(LocalDate.of(2026, 1, 1))
                        .decision("100/QĐ-UBND", LocalDate.of(2023, 12, 20)),
                CatalogueRows.version("Thẩm định hồ sơ bản hai").days(7).from(LocalDate.of(2026, 1, 1))
                        .to(LocalDate.of(2026, 9, 1)).decision("200/QĐ-UBND", LocalDate.of(2025, 12, 15)),
                CatalogueRows.version("Thẩm định hồ sơ bản ba").from(LocalDate.of(2026, 9, 1))
                        .decision("300/QĐ-UBND", LocalDate.of(2026, 8, 1)));

        given().queryParam("on", "2026-03-02").get(ONE, province, "1.000500")
                .then().statusCode(200)
                .body("code", equalTo("1.000500")).body("on", equalTo("2026-03-02"))
                .body("current.version", equalTo(2))
                .body("current.caseVariants[0].timeLimit.value", equalTo(7))
                .body("current.caseVariants[0].timeLimit.unit", equalTo("WORKING_DAYS"))
                .body("current.decision.number", equalTo("200/QĐ-UBND"))
                .body("current.decision.date", equalTo("2025-12-15"))
                .body("past.version", contains(1))
                .body("past[0].localCode", equalTo("1.000500.000.00.00.H38"))
                .body("scheduled.version", contains(3))
                .body("abolishedFrom", nullValue());

        rows.abolish(id, LocalDate.of(2026, 10, 1), "400/QĐ-UBND", LocalDate.of(2026, 9, 20));
        given().queryParam("on", "2026-10-01").get(ONE, province, "1.000500")
                .then().statusCode(200)
                .body("current", nullValue()).body("past.version", contains(1, 2, 3))
                .body("abolishedFrom", equalTo("2026-10-01"))
                .body("abolition.number", equalTo("400/QĐ-UBND"));
        given().queryParam("on", "2026-10-01").get(SEARCH, province).then().body("total", equalTo(0));
        given().queryParam("on", "2026-09-30").get(SEARCH, province).then().body("items.version", contains(3));
    }

    @Test
    void theFoldedNameLeavesV2sFrozenVersionRuleAsItWas() throws Exception {
        UUID id = rows.procedure(province, "1.000600", CatalogueRows.version("Cấp giấy phép bức xạ"));
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            // closing an open published version is the one change V2 allows
            s.executeUpdate("update procedure_version set effective_to = date '2030-01-01' where procedure_id = '" + id + "'");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeUpdate(
                    "update procedure_version set name = 'Tên khác' where procedure_id = '" + id + "'"))
                    .hasMessageContaining("never changes");
        }
        given().queryParam("q", "cap giay phep buc xa").get(SEARCH, province)
                .then().body("items.code", contains("1.000600"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            mechanism  | BOTH
            onlineMode | level_4
            size       | 0
            size       | 1000
            page       | -1
            page       | x
            on         | 2026-13-01
            on         | 1900-01-01
            agency     | SKHCN 20
            field      | '%'
            """)
    void invalidFiltersAreProblemsNamingTheParameter(String parameter, String value) {
        given().queryParam(parameter, value).get(SEARCH, "20")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains(parameter));
    }

    @Test
    void invalidTextAndProvinceAreProblemsNamingTheParameter() {
        given().queryParam("q", "a".repeat(201)).get(SEARCH, "20")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("q"));
        given().queryParam("q", "cap\u0001phep").get(SEARCH, "20")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("q"));
        given().get(SEARCH, "2a")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("province"));
        given().get(ONE, "20", "1.0%2500")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("code"));
        given().queryParam("q", "a".repeat(200)).get(SEARCH, "20").then().statusCode(200);
    }
}
