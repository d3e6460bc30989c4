package vn.motcua.dossier;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.ProcedurePublished;
import vn.motcua.events.ProvinceCode;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/** Publishes procedures the way catalog-service does: as events on its topic. No catalog-service runs here. */
public final class Catalogue {
    private Catalogue() {
    }

    public static void publish(String province, String code, int workingDays) {
        ProcedurePublished p = new ProcedurePublished(UUID.randomUUID(), code, "Thủ tục " + code,
                "Hoạt động khoa học và công nghệ", "SKHCN-" + province, workingDays, 1, Instant.now());
        TestKafka.publish(EventEnvelope.of(p, new ProvinceCode(province), Instant.now()));
    }

    /** Waits until the dossier service accepts dossiers for the procedure, i.e. its replica has it. */
    public static void awaitReplica(String province, String code) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().auth().oauth2(Tokens.receptionOfficer(province)).contentType(ContentType.JSON)
                        .header("Idempotency-Key", "probe-" + code)
                        .body(Dossiers.request(code, "DIRECT_CENTRE"))
                        .post("/api/dossiers").statusCode() < 300);
    }
}
