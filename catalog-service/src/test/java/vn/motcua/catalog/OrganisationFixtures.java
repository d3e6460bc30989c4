package vn.motcua.catalog;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import vn.motcua.testing.Tokens;

/**
 * Codes no other test uses (the database is shared by every test class of the run) and the REST calls that
 * set an agency up. Official codes of tests end in the letter T, so they never meet the demo files' H codes.
 */
final class OrganisationFixtures {
    private static final AtomicInteger SEQ = new AtomicInteger(1);

    private OrganisationFixtures() {
    }

    static int next() {
        return SEQ.getAndIncrement();
    }

    static String agencyCode() {
        return "TEST-" + next();
    }

    static String officialCode() {
        int n = next();
        return String.format("%03d.%02d.%02d.T%02d", n % 1000, n / 1000 % 100, 15, 43);
    }

    static String fieldCode() {
        return "T01-F" + next();
    }

    static String agencyBody(String code, String officialCode, String parent) {
        return """
                {"code":"%s","officialCode":"%s","name":"Sở Khoa học và Công nghệ","activeFrom":"2025-07-01"%s}"""
                .formatted(code, officialCode, parent == null ? "" : ",\"parent\":\"" + parent + "\"");
    }

    static String createAgency(String province, String parent) {
        String code = agencyCode();
        given().auth().oauth2(Tokens.provinceAdmin(province)).contentType(ContentType.JSON)
                .body(agencyBody(code, officialCode(), parent))
                .post("/api/catalog/agencies")
                .then().statusCode(201);
        return code;
    }

    static String unitBody(String code, String kind) {
        return """
                {"code":"%s","name":"Phòng Quản lý khoa học","kind":"%s"}""".formatted(code, kind);
    }

    static String fieldBody(String code, String agency) {
        return """
                {"code":"%s","name":"Hoạt động khoa học và công nghệ","agency":"%s"}""".formatted(code, agency);
    }

    /** Rows of the register and the outbox in every province (plain JDBC, below the tenant filter). */
    static Map<String, Long> rows(DataSource dataSource) {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : new String[] {"agency", "org_unit", "field", "outbox_message"}) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }
}
