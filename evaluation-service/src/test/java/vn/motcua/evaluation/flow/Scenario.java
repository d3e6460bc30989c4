package vn.motcua.evaluation.flow;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.motcua.testing.TestKafka;
import vn.motcua.testing.Tokens;

/**
 * A small hand-made quarter of one agency of Lạng Sơn (20), its own codes so other tests' dossiers never count in
 * it: a reception officer accepted three dossiers, a processing officer of unit PQLKH resolved them on 10/4 and
 * 13/4 (before the due day 15/4: 2 points) and on 15/4 (the due day: 1 point).
 */
public final class Scenario {
    public static final String LANG_SON = "20";
    public static final String CAO_BANG = "04";
    public static final String UNIT = "PQLKH";
    public static final Duration EVENTUALLY = Duration.ofSeconds(30);

    public final String agency;
    public final String reception;
    public final String processing;
    public final List<DossierStory> dossiers;

    private Scenario() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        agency = "SKHCN-" + tag;
        reception = "tiepnhan-" + tag;
        processing = "xuly-" + tag;
        dossiers = List.of(resolvedOn("2026-04-10T03:00:00Z"), resolvedOn("2026-04-13T03:00:00Z"),
                resolvedOn("2026-04-15T03:00:00Z"));
    }

    /** Publishes the quarter and waits until the agency's scorecard counts its three dossiers. */
    public static Scenario published() {
        Scenario s = new Scenario();
        s.dossiers.forEach(d -> d.events().forEach(TestKafka::publish));
        await().atMost(EVENTUALLY).until(() -> given().auth().oauth2(Tokens.provinceAdmin(LANG_SON))
                .queryParam("subject", s.agency).queryParam("period", "2026-Q2")
                .get("/api/evaluations/scorecards/AGENCY/detail").path("dossiers").equals(3));
        return s;
    }

    public String unitSubject() {
        return agency + "/" + UNIT;
    }

    /** An officer of the agency with the roles given, in unit PQLKH. */
    public String token(String name, String... roles) {
        return Tokens.user(name).roles(roles).province(LANG_SON).agency(agency).unit(UNIT).sign();
    }

    private DossierStory resolvedOn(String at) {
        return DossierStory.of(LANG_SON, agency).received(reception).handedTo(UNIT, processing)
                .resolved(Instant.parse(at), UNIT, processing);
    }
}
