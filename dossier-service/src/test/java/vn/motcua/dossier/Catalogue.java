package vn.motcua.dossier;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import vn.motcua.events.DomainEvent;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.ProcedurePublished;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.events.ProcedureTerms.CaseVariant;
import vn.motcua.events.ProcedureTerms.TimeLimit;
import vn.motcua.events.ProcedureTerms.TimeUnit;
import vn.motcua.events.ProvinceCode;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/** Publishes procedures the way catalog-service does: as events on its topic. No catalog-service runs here. */
public final class Catalogue {
    /** Version 1 of the test procedures is in force from this day: long before any reception of the tests. */
    public static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);

    private Catalogue() {
    }

    /** Version 1, in force since {@link #LONG_AGO}, with one case ("CHUNG") of {@code workingDays}. */
    public static UUID publish(String province, String code, int workingDays) {
        UUID id = UUID.randomUUID();
        send(province, new ProcedurePublished(id, code, terms(province, 1, LONG_AGO,
                List.of(variant("CHUNG", workingDays, TimeUnit.WORKING_DAYS))), Instant.now()));
        return id;
    }

    public static void send(String province, DomainEvent event) {
        TestKafka.publish(EventEnvelope.of(event, new ProvinceCode(province), Instant.now()));
    }

    public static CaseVariant variant(String code, int value, TimeUnit unit) {
        return new CaseVariant(code, "Trường hợp " + code, new TimeLimit(value, unit));
    }

    public static ProcedureTerms terms(String province, int version, LocalDate effectiveFrom,
            List<CaseVariant> variants) {
        return new ProcedureTerms(version, effectiveFrom, null, null, "Thủ tục phiên bản " + version,
                "000.00.15.H39-KHCN", "SKHCN-" + province, ProcedureTerms.IssuingLevel.CENTRAL,
                ProcedureTerms.Mechanism.ONE_STOP, List.of(), ProcedureTerms.OnlineMode.PARTIAL, false, false, false,
                List.of(), List.of(), variants, List.of(),
                new ProcedureTerms.Decision(version + "/QĐ-UBND", effectiveFrom.minusDays(5), "Chủ tịch UBND tỉnh"));
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
