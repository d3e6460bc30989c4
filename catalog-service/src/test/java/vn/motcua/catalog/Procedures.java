package vn.motcua.catalog;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import vn.motcua.testing.Tokens;

/** Request bodies of the catalogue's tests, in the shape the API documents. */
final class Procedures {
    static final String PATH = "/api/catalog/procedures";
    static final String LANG_SON = "20";
    static final String CAO_BANG = "04";
    private static final AtomicInteger SEQ = new AtomicInteger(100);

    private Procedures() {
    }

    static String newCode() {
        return String.format("1.%06d", SEQ.incrementAndGet());
    }

    /** Today where the provinces are (the catalogue's zone). */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** A Sở KH&CN radiation licence: two cases of 10 and 5 working days, one-stop, partial online, three steps. */
    static String terms(String agency, String name) {
        return """
                {"localCode":"1.004227.000.00.00.H39","name":"%s","fieldCode":"G19-ATBX",
                 "agencyCode":"%s","issuingLevel":"CENTRAL","mechanism":"ONE_STOP","cooperatingAgencies":[],
                 "onlineMode":"PARTIAL","postalReceipt":true,"postalReturn":true,"fourOnTheSpot":false,
                 "fees":[{"description":"Phí thẩm định, mỗi thiết bị","amountVnd":2000000}],
                 "requiredPapers":["Đơn đề nghị cấp giấy phép"],
                 "caseVariants":[{"code":"MOI","name":"Cấp mới","timeLimit":{"value":10,"unit":"WORKING_DAYS"}},
                                 {"code":"GIA_HAN","name":"Gia hạn","timeLimit":{"value":5,"unit":"WORKING_DAYS"}}],
                 "steps":[{"unitCode":"MOT_CUA","role":"reception-officer","sharePercent":10},
                          {"unitCode":"QLCN","role":"processing-officer","sharePercent":70},
                          {"unitCode":"LANH_DAO","role":"agency-head","sharePercent":20}]}"""
                .formatted(name, agency);
    }

    static String terms(String agency) {
        return terms(agency, "Cấp giấy phép tiến hành công việc bức xạ");
    }

    static String body(String code) {
        return body(code, "SKHCN-20");
    }

    static String body(String code, String agency) {
        return "{\"code\":\"" + code + "\",\"terms\":" + terms(agency) + "}";
    }

    static String decision(String number, LocalDate effectiveFrom) {
        return """
                {"decision":{"number":"%s","date":"%s","issuer":"Chủ tịch UBND tỉnh"},"effectiveFrom":"%s"}"""
                .formatted(number, effectiveFrom.minusDays(3), effectiveFrom);
    }

    static String amendment(String terms, String number, LocalDate effectiveFrom) {
        return """
                {"terms":%s,"decision":{"number":"%s","date":"%s","issuer":"Chủ tịch UBND tỉnh"},"effectiveFrom":"%s"}"""
                .formatted(terms, number, today(), effectiveFrom);
    }

    static String draft(String province, String code) {
        // an admin drafts for an agency of its own province (Sở KH&CN of that province)
        return given().auth().oauth2(Tokens.provinceAdmin(province)).contentType(ContentType.JSON)
                .body(body(code, "SKHCN-" + province))
                .post(PATH)
                .then().statusCode(201).extract().path("id");
    }

    /** Drafted and published, in force since {@code effectiveFrom}. */
    static String published(String province, String code, LocalDate effectiveFrom) {
        String id = draft(province, code);
        given().auth().oauth2(Tokens.provinceAdmin(province)).contentType(ContentType.JSON)
                .body(decision("1/QĐ-UBND", effectiveFrom))
                .post(PATH + "/{id}/publish", id)
                .then().statusCode(200);
        return id;
    }
}
