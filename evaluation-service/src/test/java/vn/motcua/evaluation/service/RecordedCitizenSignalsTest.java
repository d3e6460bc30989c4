package vn.motcua.evaluation.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.evaluation.domain.DossierFacts;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.evaluation.domain.UnitPeriodFacts;
import vn.motcua.evaluation.flow.DossierStory;
import vn.motcua.evaluation.rest.KnownDossiers;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.security.RatingTicket;
import vn.motcua.platform.tenant.TenantRunner;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.Tokens;

/** What the scorecards read of the ratings, the feedback register and the manual items, as one province. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class RecordedCitizenSignalsTest {
    static final RatingTicket TICKETS = new RatingTicket("mot-cua-rating-ticket-demo-key-change-me-000001");
    /** Q2 2026 cut on the 15th: 15/3 – 14/6 (ReportingPeriod). */
    static final ReportingPeriod Q2 = ReportingPeriod.quarter(2026, 2, 15);

    @Inject
    CitizenSignals signals;

    @Inject
    DossierDirectory directory;

    @Inject
    TenantRunner tenants;

    final String agency = "SIG" + Math.abs(UUID.randomUUID().hashCode() % 100_000) + "-20";

    DossierStory dossier(boolean returned) {
        return KnownDossiers.known(tenants, directory, "20", agency, returned);
    }

    String feedback(String extra, String receivedAt) {
        return given().auth().oauth2(Tokens.provinceAdmin("20")).contentType(ContentType.JSON).body("""
                {"agency": "%s", "kind": "PETITION", "conduct": false, "summary": "s", "receivedAt": "%s"%s}"""
                .formatted(agency, receivedAt, extra)).post("/api/evaluations/feedback")
                .then().statusCode(201).extract().path("id");
    }

    void handled(String id, String at, String finding) {
        given().auth().oauth2(Tokens.provinceAdmin("20")).contentType(ContentType.JSON)
                .body("{\"handledAt\": \"" + at + "\", \"finding\": \"" + finding + "\"}")
                .post("/api/evaluations/feedback/{id}/handling", id).then().statusCode(200);
    }

    <T> T asLangSon(java.util.function.Supplier<T> read) {
        return tenants.callAs(new ProvinceCode("20"), read);
    }

    @Test
    void aRatingIsReadBackWithItsScoresAndCountedInItsPeriod() {
        UUID liked = dossier(true).id;
        UUID disliked = dossier(true).id;
        for (var rating : Map.of(liked, "{\"THOI_GIAN\": 2, \"THAI_DO\": 2}", disliked,
                "{\"THOI_GIAN\": 1, \"THAI_DO\": 0}").entrySet()) {
            given().contentType(ContentType.JSON).body("{\"ticket\": \"" + TICKETS.issue(rating.getKey(),
                            new ProvinceCode("20"), Instant.now()) + "\", \"contents\": " + rating.getValue() + "}")
                    .post("/api/evaluations/ratings").then().statusCode(201);
        }
        DossierFacts.Rating read = asLangSon(() -> signals.ratingOf(disliked)).orElseThrow();
        assertThat(read.scores()).isEqualTo(Map.of("THOI_GIAN", 1, "THAI_DO", 0));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        ReportingPeriod now = ReportingPeriod.range(today.minusDays(1), today.plusDays(1));
        assertThat(asLangSon(() -> signals.ratingsIn(agency, now)))
                .isEqualTo(new CitizenSignals.RatingCounts(2, 1));
        assertThat(asLangSon(() -> signals.ratingsIn(agency, Q2))).isEqualTo(new CitizenSignals.RatingCounts(0, 0));
        // another province reads none of it
        assertThat(tenants.callAs(new ProvinceCode("04"), () -> signals.ratingOf(disliked))).isEmpty();
    }

    @Test
    void theFeedbackOfAPeriodIsWhatCameInAndWhatWasStillOpenAtItsStart() {
        KnownDossiers.langSonCalendar(tenants, directory);
        String inQ2 = feedback("", "2026-04-24T03:00:00Z");
        handled(inQ2, "2026-05-08T03:00:00Z", "UNFOUNDED");
        String openFromQ1 = feedback("", "2026-03-10T03:00:00Z");
        String closedInQ1 = feedback("", "2026-03-02T03:00:00Z");
        handled(closedInQ1, "2026-03-05T03:00:00Z", "FOUNDED");
        String inQ3 = feedback("", "2026-06-20T03:00:00Z");
        // 14/6 17:30 in Lạng Sơn is still Q2; 15/6 00:30 there (14/6 17:30 UTC) is Q3
        String lastEveningOfQ2 = feedback("", "2026-06-14T10:30:00Z");
        String firstNightOfQ3 = feedback("", "2026-06-14T17:30:00Z");

        List<UnitPeriodFacts.FeedbackItem> q2 = asLangSon(() -> signals.feedbackOf(agency, Q2));
        assertThat(q2).extracting(f -> f.id().toString())
                .containsExactly(openFromQ1, inQ2, lastEveningOfQ2);
        UnitPeriodFacts.FeedbackItem first = q2.get(1);
        assertThat(first.receivedAt()).isEqualTo(Instant.parse("2026-04-24T03:00:00Z"));
        assertThat(first.dueAt()).isEqualTo(Instant.parse("2026-05-19T16:59:59Z"));
        assertThat(first.handledAt()).isEqualTo(Instant.parse("2026-05-08T03:00:00Z"));
        assertThat(asLangSon(() -> signals.feedbackOf(agency, ReportingPeriod.quarter(2026, 3, 15))))
                .extracting(f -> f.id().toString())
                .containsExactly(openFromQ1, lastEveningOfQ2, firstNightOfQ3, inQ3);
    }

    @Test
    void complaintsAboutADossierCarryTheOfficerConductAndFinding() {
        DossierStory story = dossier(false);
        UUID id = story.id;
        String pending = feedback(", \"dossierCode\": \"" + story.code + "\", \"officer\": \"xuly.ls\"",
                "2026-11-21T03:00:00Z");
        String founded = feedback(", \"dossierCode\": \"" + story.code + "\", \"officer\": \"xuly.ls\"",
                "2026-11-22T03:00:00Z");
        handled(founded, "2026-11-23T03:00:00Z", "FOUNDED");
        assertThat(asLangSon(() -> signals.complaintsAbout(id))).containsExactly(
                new DossierFacts.Complaint(UUID.fromString(pending), "xuly.ls", false, DossierFacts.Finding.PENDING,
                        Instant.parse("2026-11-21T03:00:00Z")),
                new DossierFacts.Complaint(UUID.fromString(founded), "xuly.ls", false, DossierFacts.Finding.FOUNDED,
                        Instant.parse("2026-11-22T03:00:00Z")));
    }

    @Test
    void manualItemsAreTheLatestOfEachItemOfTheQuarterOrTheYear() {
        given().auth().oauth2(Tokens.provinceAdmin("20")).contentType(ContentType.JSON).body("""
                {"items": [{"item": "HEAD_SELF_ASSESSMENT", "points": 14, "note": "lần 1"}]}""")
                .put("/api/evaluations/assessments/{agency}?period=2026-Q2", agency).then().statusCode(200);
        given().auth().oauth2(Tokens.provinceAdmin("20")).contentType(ContentType.JSON).body("""
                {"items": [{"item": "HEAD_SELF_ASSESSMENT", "points": 15.5, "note": "lần 2"}]}""")
                .put("/api/evaluations/assessments/{agency}?period=2026-Q2", agency).then().statusCode(200);
        List<CitizenSignals.ManualItem> items = asLangSon(() -> signals.manualItems(agency, Q2));
        assertThat(items).hasSize(1);
        assertThat(items.getFirst().item()).isEqualTo("HEAD_SELF_ASSESSMENT");
        assertThat(items.getFirst().label()).isEqualTo("Tự đánh giá của người đứng đầu");
        assertThat(items.getFirst().points()).isEqualByComparingTo(new BigDecimal("15.5"));
        assertThat(items.getFirst().note()).isEqualTo("lần 2");
        assertThat(items.getFirst().enteredBy()).isEqualTo("admin-20");
        assertThat(asLangSon(() -> signals.manualItems(agency, ReportingPeriod.year(2026, 15)))).hasSize(1);
        assertThat(asLangSon(() -> signals.manualItems(agency, ReportingPeriod.quarter(2026, 1, 15)))).isEmpty();
    }
}
