package vn.motcua.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Catalogue;
import vn.motcua.dossier.Organisation;
import vn.motcua.events.ProcedurePublished;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.platform.documents.PdfText;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

/**
 * Issue 14 item 2: the receipt (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) as a PDF whose text reads back in
 * Vietnamese; the lookup secret printed only when the caller gives the one of the acceptance, a reprint without it.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReceiptResourceTest {
    static final String PROVINCE = "71";
    static final String PROCEDURE = "1.007101";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static boolean published;

    @Inject
    DataSource db;

    @BeforeEach
    void publishOnce() {
        if (published) {
            return;
        }
        published = true;
        Catalogue.send(PROVINCE, Organisation.agency(PROVINCE, "SKHCN-" + PROVINCE, "000.00.15.H71", null, 1,
                "MOTCUA", "QLCN"));
        Organisation.await(db, "select count(*) from agency_replica where province_code = '" + PROVINCE + "'", "1");
        ProcedureTerms base = Catalogue.terms(PROVINCE, 1, Catalogue.LONG_AGO, List.of(
                Catalogue.variant("MOI", 10, ProcedureTerms.TimeUnit.WORKING_DAYS),
                Catalogue.variant("GIA_HAN", 5, ProcedureTerms.TimeUnit.WORKING_DAYS)));
        ProcedureTerms terms = new ProcedureTerms(1, base.effectiveFrom(), null, null,
                "Cấp giấy phép sử dụng thiết bị X-quang chẩn đoán trong y tế", base.fieldCode(), base.agencyCode(),
                base.issuingLevel(), base.mechanism(), List.of(), base.onlineMode(), false, false, false,
                List.of(new ProcedureTerms.Fee("Phí thẩm định", 2_000_000)),
                List.of("Đơn đề nghị cấp giấy phép", "Bản sao chứng chỉ nhân viên bức xạ"), base.caseVariants(),
                List.of(), base.decision());
        Catalogue.send(PROVINCE, new ProcedurePublished(UUID.randomUUID(), PROCEDURE, terms, Instant.now()));
        Organisation.await(db, "select count(*) from procedure_version_replica where code = '" + PROCEDURE + "'",
                "1");
    }

    static JsonPath receive(boolean accept) {
        return given().auth().oauth2(Tokens.receptionOfficer(PROVINCE)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "receipt-" + UUID.randomUUID())
                .body("""
                        {"procedureCode":"%s","caseVariant":"MOI","channel":"DIRECT_CENTRE","accept":%s,
                         "applicant":{"name":"Nguyễn Văn An","idNumber":"020190000123","phone":"0912345678",
                                      "address":"Số 12 đường Trần Đăng Ninh, Lạng Sơn"}}""".formatted(PROCEDURE, accept))
                .post("/api/dossiers").then().statusCode(201).extract().jsonPath();
    }

    static Response print(String token, String id, String body) {
        var request = given().auth().oauth2(token).accept("application/pdf");
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/api/dossiers/{id}/receipt", id);
    }

    static List<String> lines(byte[] pdf) throws IOException {
        return PdfText.lines(pdf);
    }

    @Test
    void theDeskPrintsTheReceiptWithTheSecretOfTheAcceptance() throws IOException {
        JsonPath dossier = receive(true);
        String code = dossier.getString("code");
        String secret = dossier.getString("receipt.lookupSecret");
        Response answer = print(Tokens.receptionOfficer(PROVINCE), dossier.getString("id"),
                "{\"lookupSecret\":\"" + secret.toLowerCase() + "\"}");
        answer.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"giay-tiep-nhan-" + code + ".pdf\"");
        List<String> lines = lines(answer.asByteArray());
        assertThat(code).startsWith("000.00.15.H71-");
        assertThat(lines).contains(
                "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                "Mã hồ sơ: " + code,
                "(Mẫu 01, Phụ lục I Thông tư 03/2025/TT-VPCP)",
                "Bộ phận tiếp nhận và trả kết quả: Phòng MOTCUA",
                "Tiếp nhận hồ sơ của: Nguyễn Văn An",
                "Địa chỉ: Số 12 đường Trần Đăng Ninh, Lạng Sơn",
                "1) Đơn đề nghị cấp giấy phép",
                "2) Bản sao chứng chỉ nhân viên bức xạ",
                "3. Thời gian giải quyết hồ sơ theo quy định là: 10 ngày làm việc",
                "4. Thời gian nhận hồ sơ: " + TIME.format(Instant.parse(dossier.getString("receivedAt"))),
                "5. Thời gian trả kết quả giải quyết hồ sơ: " + TIME.format(Instant.parse(dossier.getString("dueAt"))),
                "6. Đăng ký nhận kết quả tại: Phòng MOTCUA",
                "- Phí thẩm định: 2.000.000 đồng",
                "8. Mã tra cứu: " + secret,
                "Nguyễn Văn An reception-" + PROVINCE);
        assertThat(lines).anyMatch(l -> l.startsWith("CƠ QUAN SKHCN-" + PROVINCE)
                && l.endsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        assertThat(lines).anyMatch(l -> l.contains("Nội dung yêu cầu giải quyết: Cấp giấy phép sử dụng thiết bị"));
    }

    @Test
    void aWrongSecretIsRefusedNamingIt() {
        JsonPath dossier = receive(true);
        String wrong = dossier.getString("receipt.lookupSecret").startsWith("A") ? "BBBBBBBBBB" : "AAAAAAAAAA";
        print(Tokens.receptionOfficer(PROVINCE), dossier.getString("id"), "{\"lookupSecret\":\"" + wrong + "\"}")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("lookupSecret"));
        print(Tokens.receptionOfficer(PROVINCE), dossier.getString("id"), "{\"lookupSecret\":\"K7MP3QRS9O\"}")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("lookupSecret"));
    }

    @Test
    void aReprintSaysTheSecretWasGivenAtReceptionAndAnyReaderOfTheDossierMayPrintIt() throws IOException {
        JsonPath dossier = receive(true);
        Response answer = print(Tokens.processingOfficer(PROVINCE), dossier.getString("id"), null);
        answer.then().statusCode(200).contentType("application/pdf");
        List<String> lines = lines(answer.asByteArray());
        assertThat(lines).contains("Mã hồ sơ: " + dossier.getString("code"),
                "(Mẫu 01, Phụ lục I Thông tư 03/2025/TT-VPCP; bản in lại)",
                "8. Mã tra cứu: đã giao cho người nộp hồ sơ khi tiếp nhận, không in lại.");
        assertThat(String.join("\n", lines)).doesNotContain(dossier.getString("receipt.lookupSecret"));
    }

    @Test
    void anotherProvinceFindsNoReceiptAndADossierNotYetAcceptedHasNone() {
        JsonPath accepted = receive(true);
        print(Tokens.receptionOfficer("77"), accepted.getString("id"), null).then().statusCode(404)
                .contentType("application/problem+json");
        JsonPath submitted = receive(false);
        print(Tokens.receptionOfficer(PROVINCE), submitted.getString("id"), null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mot-cua:problem:not-received"));
    }
}
