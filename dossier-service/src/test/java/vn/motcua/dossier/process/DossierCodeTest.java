package vn.motcua.dossier.process;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Catalogue;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.Organisation;
import vn.motcua.dossier.TestClock;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.ProvinceCode;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/**
 * Mã hồ sơ {@code <issuer official code>-YYMMDD-NNNN} (Circular 01/2018 Art. 19; Decree 118/2025 Art. 28 cl. 2)
 * from the agency replica (catalog.organisation.v1). Provinces 62 and 63: no other test uses them.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class DossierCodeTest {
    @Inject
    DataSource db;

    static String receive(String province, String procedure) {
        return given().auth().oauth2(Tokens.receptionOfficer(province)).contentType(ContentType.JSON)
                .body(Dossiers.request(procedure, "DIRECT_CENTRE")).post("/api/dossiers")
                .then().statusCode(201).extract().path("code");
    }

    @Test
    void fiftyAcceptancesAtOnceGetFiftyConsecutiveNumbersOfTheIssuersDay() throws Exception {
        Catalogue.send("62", Organisation.agency("62", "SKHCN-62", "000.00.15.H62", null, 1, "QLKH"));
        Catalogue.publish("62", "1.006262", 5);
        Organisation.await(db, "select count(*) from agency_replica where province_code = '62'", "1");
        Organisation.await(db, "select count(*) from procedure_version_replica where province_code = '62'", "1");

        List<String> codes = new ArrayList<>();
        TestClock.at(Instant.parse("2026-03-05T03:00:00Z"), () -> {
            ExecutorService pool = Executors.newFixedThreadPool(10);
            try {
                List<Callable<String>> receptions = IntStream.range(0, 50)
                        .<Callable<String>>mapToObj(i -> () -> receive("62", "1.006262")).toList();
                for (Future<String> f : pool.invokeAll(receptions)) {
                    codes.add(f.get());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                pool.shutdown();
            }
        });
        assertThat(codes).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 50)
                .mapToObj(n -> "000.00.15.H62-260305-%04d".formatted(n)).toList());
    }

    @Test
    void aLaterRevisionOfTheAgencyWinsAndAnAgencyNotYetAnnouncedKeepsTheProvincesCode() throws Exception {
        Catalogue.publish("63", "1.006363", 5);
        Organisation.await(db, "select count(*) from procedure_version_replica where province_code = '63'", "1");
        String[] before = new String[1];
        TestClock.at(Instant.parse("2026-03-06T03:00:00Z"), () -> before[0] = receive("63", "1.006363"));
        assertThat(before[0]).isEqualTo("63-260306-0001");

        Catalogue.send("63", Organisation.agency("63", "SKHCN-63", "000.00.15.H63", null, 2, "QLKH", "QLCN"));
        Organisation.await(db, "select coalesce(max(revision || official_code), '') from agency_replica"
                + " where code = 'SKHCN-63'", "2000.00.15.H63");
        // revision 1 arriving late changes nothing (it is in the inbox, the row keeps revision 2)
        EventEnvelope late = EventEnvelope.of(Organisation.agency("63", "SKHCN-63", "000.77.15.H63", null, 1,
                "QLKH"), new ProvinceCode("63"), Instant.now());
        TestKafka.publish(late);
        Organisation.await(db, "select count(*) from inbox_message where event_id = '" + late.id() + "'", "1");
        assertThat(vn.motcua.testing.Sql.row(db, "select revision, official_code, jsonb_array_length(units) from "
                + "agency_replica where code = 'SKHCN-63'")).isEqualTo("2|000.00.15.H63|2");

        String[] after = new String[1];
        TestClock.at(Instant.parse("2026-03-06T04:00:00Z"), () -> after[0] = receive("63", "1.006363"));
        assertThat(after[0]).isEqualTo("000.00.15.H63-260306-0001");
    }
}
