package vn.motcua.dossier.repository;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Catalogue;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.service.CalendarReplicaService;
import vn.motcua.events.CalendarChanged;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.ProcedureAbolished;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.tenant.TenantRunner;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

/**
 * The intake's and the dossier read's lookups are native SQL (ProvinceSql: Hibernate's tenant filter made it
 * translate their HQL again on every execution), so no filter guards them: each must name the caller's province
 * itself. Every one of them, run as Cao Bằng (04), finds nothing of Lạng Sơn (20), and through the API a key, a
 * dossier, a procedure or an abolition of 20 means nothing in 04. Calendars change every deadline of a province:
 * theirs are tried on 61 and 62, which no other test uses.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class NativeReadsTenancyTest {
    static final ProvinceCode LANG_SON = new ProvinceCode("20");
    static final ProvinceCode CAO_BANG = new ProvinceCode("04");
    /** Published in both provinces. */
    static final String BOTH = "1.009401";
    /** Published in Lạng Sơn only. */
    static final String ONLY_LANG_SON = "1.009402";
    /** Published in both, abolished in Lạng Sơn only. */
    static final String ABOLISHED_IN_LANG_SON = "1.009403";
    /** The same account name in both provinces (a portal's service account, say), so only the province differs. */
    static final String SUBMITTER = "cong-dich-vu";

    private static boolean published;

    @Inject
    TenantRunner tenants;

    @Inject
    CalendarReplicaService calendars;

    @Inject
    EntityManagerFactory factory;

    @BeforeEach
    void publishOnce() {
        if (published) {
            return;
        }
        published = true;
        Catalogue.publish(LANG_SON.value(), BOTH, 10);
        Catalogue.publish(CAO_BANG.value(), BOTH, 10);
        UUID abolished = Catalogue.publish(LANG_SON.value(), ABOLISHED_IN_LANG_SON, 10);
        Catalogue.publish(CAO_BANG.value(), ABOLISHED_IN_LANG_SON, 10);
        Catalogue.publish(LANG_SON.value(), ONLY_LANG_SON, 10);
        Catalogue.awaitReplica(LANG_SON.value(), ONLY_LANG_SON);
        for (ProvinceCode p : List.of(LANG_SON, CAO_BANG)) {
            Catalogue.awaitReplica(p.value(), BOTH);
            Catalogue.awaitReplica(p.value(), ABOLISHED_IN_LANG_SON);
        }
        Catalogue.send(LANG_SON.value(), new ProcedureAbolished(abolished, ABOLISHED_IN_LANG_SON, 1,
                LocalDate.of(2020, 6, 1), new ProcedureTerms.Decision("9/QĐ-UBND", LocalDate.of(2020, 5, 20),
                        "Chủ tịch UBND tỉnh"), Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> submit(LANG_SON, ABOLISHED_IN_LANG_SON, "probe-abolition-" + System.nanoTime())
                        .extract().statusCode() == 422);
    }

    @Test
    void anIdempotencyKeyOfLangSonReplayedInCaoBangMakesCaoBangsOwnDossier() {
        String key = "cross-province-" + System.nanoTime();
        String langSons = submit(LANG_SON, BOTH, key).statusCode(201).extract().path("id");

        String caoBangs = submit(CAO_BANG, BOTH, key).statusCode(201)
                .header("Idempotent-Replayed", "false").body("id", not(equalTo(langSons)))
                .extract().path("id");

        submit(LANG_SON, BOTH, key).statusCode(200).header("Idempotent-Replayed", "true")
                .body("id", equalTo(langSons));
        submit(CAO_BANG, BOTH, key).statusCode(200).header("Idempotent-Replayed", "true")
                .body("id", equalTo(caoBangs));
    }

    @Test
    void aLangSonDossierReadInCaoBangIsNotFound() {
        String id = submit(LANG_SON, BOTH, "read-" + System.nanoTime()).statusCode(201).extract().path("id");

        for (String path : List.of("/api/dossiers/{id}", "/api/dossiers/{id}/actions")) {
            given().auth().oauth2(Tokens.provinceAdmin(CAO_BANG.value())).get(path, id).then().statusCode(404);
            given().auth().oauth2(Tokens.provinceAdmin(LANG_SON.value())).get(path, id).then().statusCode(200);
        }
    }

    @Test
    void aProcedureOrAnAbolitionOfLangSonMeansNothingInCaoBang() {
        submit(CAO_BANG, ONLY_LANG_SON, "only-" + System.nanoTime()).statusCode(422)
                .body("type", equalTo("urn:mot-cua:problem:unknown-procedure"))
                .body("errors.field", contains("procedureCode"));

        submit(CAO_BANG, ABOLISHED_IN_LANG_SON, "abolished-" + System.nanoTime()).statusCode(201);
        submit(LANG_SON, ABOLISHED_IN_LANG_SON, "abolished-" + System.nanoTime()).statusCode(422)
                .body("type", equalTo("urn:mot-cua:problem:procedure-not-in-force"));
    }

    @Test
    void everyNativeLookupAsAnotherProvinceFindsNothingOfLangSon() {
        String key = "lookups-" + System.nanoTime();
        UUID id = UUID.fromString(submit(LANG_SON, BOTH, key).statusCode(201).extract().path("id"));

        List<Supplier<Optional<?>>> lookups = List.of(
                () -> Dossier.bySubmission(SUBMITTER, key),
                () -> Dossier.ofProvince(id),
                () -> DossierActionRecord.recordsOf(id).stream().findFirst(),
                () -> ProcedureVersionReplica.ofCode(ONLY_LANG_SON).stream().findFirst(),
                () -> ProcedureAbolitionReplica.ofCode(ABOLISHED_IN_LANG_SON));
        for (Supplier<Optional<?>> lookup : lookups) {
            assertThat(tenants.callAs(LANG_SON, lookup::get)).isPresent();
            assertThat(tenants.callAs(CAO_BANG, lookup::get)).isEmpty();
        }
    }

    @Test
    void theCalendarOfOneProvinceIsNotReadAsAnother() {
        ProvinceCode held = new ProvinceCode("61");
        ProvinceCode other = new ProvinceCode("62");
        CalendarChanged calendar = new CalendarChanged(held.value(), 3, "Asia/Ho_Chi_Minh",
                List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of(new CalendarChanged.OfficeHours(
                        LocalDate.parse("2022-01-01"), LocalTime.of(7, 30), LocalTime.of(11, 30),
                        LocalTime.of(13, 30), LocalTime.of(17, 0), LocalTime.of(15, 0))),
                List.of(), Instant.parse("2026-01-05T01:00:00Z"), null);
        tenants.inTransactionAs(held, () -> calendars.apply(EventEnvelope.of(calendar, held, Instant.now()),
                calendar));

        assertThat(tenants.callAs(held, CalendarReplica::currentRevision)).contains(3);
        assertThat(tenants.callAs(held, () -> CalendarReplica.current().map(c -> c.revision))).contains(3);
        assertThat(tenants.callAs(other, CalendarReplica::currentRevision)).isEmpty();
        assertThat(tenants.callAs(other, CalendarReplica::current)).isEmpty();
    }

    /**
     * Why these are native at all: their plans are kept. A lookup that added a plan per execution (a basic type
     * passed as a native query's result class does, in Hibernate 7.2) would also push every other plan out.
     */
    @Test
    void eachLookupKeepsOnePlan() {
        UUID id = UUID.randomUUID();
        Runnable all = () -> {
            Dossier.bySubmission(SUBMITTER, "no-such-key");
            Dossier.ofProvince(id);
            DossierActionRecord.recordsOf(id);
            ProcedureVersionReplica.ofCode(BOTH);
            ProcedureAbolitionReplica.ofCode(BOTH);
            CalendarReplica.currentRevision();
            CalendarReplica.current();
        };
        tenants.inTransactionAs(LANG_SON, all);
        int before = cachedPlans();
        for (int i = 0; i < 20; i++) {
            tenants.inTransactionAs(i % 2 == 0 ? LANG_SON : CAO_BANG, all);
        }
        // 20 executions of each: fewer than 20 new plans whatever the consumers meanwhile planned for the first time
        assertThat(cachedPlans() - before).isLessThan(20);
    }

    private int cachedPlans() {
        return factory.unwrap(SessionFactoryImplementor.class).getQueryEngine().getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }

    private static ValidatableResponse submit(ProvinceCode province, String procedure, String key) {
        String portal = Tokens.user(SUBMITTER).roles("portal").province(province.value()).sign();
        return given().auth().oauth2(portal).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Dossiers.request(procedure, "ONLINE_NATIONAL_PORTAL")).post("/api/dossiers").then();
    }
}
