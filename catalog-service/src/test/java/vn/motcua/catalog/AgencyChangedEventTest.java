package vn.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.catalog.OrganisationFixtures.fieldBody;
import static vn.motcua.catalog.OrganisationFixtures.fieldCode;
import static vn.motcua.catalog.OrganisationFixtures.officialCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.Topics;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/** Every write of the register announces the agency's whole snapshot on catalog.organisation.v1. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class AgencyChangedEventTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static void send(String method, String path, String body, Object... params) {
        given().auth().oauth2(Tokens.provinceAdmin("20")).contentType(ContentType.JSON).body(body)
                .request(method, path, params).then().statusCode(method.equals("POST") ? 201 : 200);
    }

    @Test
    void eachWriteOfAnAgencyItsUnitsAndFieldsPublishesItsSnapshotInOrder() throws Exception {
        String so = OrganisationFixtures.createAgency("20", null);
        String code = OrganisationFixtures.agencyCode();
        String official = officialCode();
        String field = fieldCode();

        send("POST", "/api/catalog/agencies", """
                {"code":"%s","officialCode":"%s","name":"Chi cục Tiêu chuẩn Đo lường Chất lượng","parent":"%s",
                 "activeFrom":"2025-07-01"}""".formatted(code, official, so));
        send("POST", "/api/catalog/agencies/{code}/units", """
                {"code":"QLTDC","name":"Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng","kind":"PROFESSIONAL_UNIT"}""",
                code);
        send("POST", "/api/catalog/fields", fieldBody(field, code));
        send("PUT", "/api/catalog/agencies/{code}", """
                {"officialCode":"%s","name":"Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Lạng Sơn","parent":"%s",
                 "activeFrom":"2025-07-01","activeTo":"2026-12-31"}""".formatted(official, so), code);

        String key = "20:" + code;
        try (TestKafka.Reader reader = TestKafka.reader(Topics.CATALOG_ORGANISATION)) {
            List<ConsumerRecord<String, String>> events = reader.await(r -> key.equals(r.key()), 4,
                    Duration.ofSeconds(20));
            assertThat(events).extracting(r -> TestKafka.header(r, CloudEventCodec.H_TYPE))
                    .containsOnly("vn.motcua.catalog.agency.changed.v1");
            assertThat(events).extracting(r -> TestKafka.header(r, CloudEventCodec.H_TENANT)).containsOnly("20");
            assertThat(events).extracting(r -> TestKafka.header(r, CloudEventCodec.H_SUBJECT)).containsOnly(key);
            assertThat(events).extracting(r -> JSON.readTree(r.value()).get("revision").asInt())
                    .containsExactly(1, 2, 3, 4);

            JsonNode first = JSON.readTree(events.getFirst().value());
            assertThat(first.get("province").asText()).isEqualTo("20");
            assertThat(first.get("code").asText()).isEqualTo(code);
            assertThat(first.get("parent").asText()).isEqualTo(so);
            assertThat(first.get("units")).isEmpty();

            JsonNode last = JSON.readTree(events.getLast().value());
            assertThat(last.get("officialCode").asText()).isEqualTo(official);
            assertThat(last.get("name").asText()).isEqualTo("Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Lạng Sơn");
            assertThat(last.get("activeFrom").asText()).isEqualTo("2025-07-01");
            assertThat(last.get("activeTo").asText()).isEqualTo("2026-12-31");
            assertThat(last.get("units").get(0).get("code").asText()).isEqualTo("QLTDC");
            assertThat(last.get("units").get(0).get("kind").asText()).isEqualTo("PROFESSIONAL_UNIT");
            assertThat(last.get("units").get(0).get("officialCode").isNull()).isTrue();
            assertThat(last.get("fields").get(0).get("code").asText()).isEqualTo(field);
            assertThat(last.get("fields").get(0).get("name").asText()).isEqualTo("Hoạt động khoa học và công nghệ");
        }
    }

    @Test
    void movingAFieldAnnouncesBothAgenciesAndARefusedWritePublishesNothing() throws Exception {
        String from = OrganisationFixtures.createAgency("20", null);
        String to = OrganisationFixtures.createAgency("20", null);
        String field = fieldCode();
        send("POST", "/api/catalog/fields", fieldBody(field, from));
        given().auth().oauth2(Tokens.provinceAdmin("20")).contentType(ContentType.JSON)
                .body(fieldBody(field, from)).post("/api/catalog/fields").then().statusCode(409);
        send("PUT", "/api/catalog/fields/{code}", """
                {"name":"Sở hữu trí tuệ","agency":"%s"}""".formatted(to), field);

        try (TestKafka.Reader reader = TestKafka.reader(Topics.CATALOG_ORGANISATION)) {
            List<ConsumerRecord<String, String>> fromEvents = reader.await(r -> ("20:" + from).equals(r.key()), 3,
                    Duration.ofSeconds(20));
            assertThat(fromEvents).extracting(r -> JSON.readTree(r.value()).get("fields").size())
                    .containsExactly(0, 1, 0);
            List<ConsumerRecord<String, String>> toEvents = reader.await(r -> ("20:" + to).equals(r.key()), 2,
                    Duration.ofSeconds(20));
            assertThat(JSON.readTree(toEvents.getLast().value()).get("fields").get(0).get("name").asText())
                    .isEqualTo("Sở hữu trí tuệ");
            assertThat(reader.within(r -> ("20:" + from).equals(r.key()), Duration.ofSeconds(2)))
                    .as("the refused duplicate added no event").hasSize(3);
        }
    }
}
