package vn.motcua.dossier.service;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.TestClock;
import vn.motcua.dossier.domain.ActionFacts;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.dossier.domain.LoggedAction;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.dossier.repository.DossierActionRecord;
import vn.motcua.events.Channel;
import vn.motcua.events.ProvinceCode;
import vn.motcua.events.RuleSet;
import vn.motcua.platform.tenant.TenantRunner;
import vn.motcua.testing.Tokens;

/**
 * Dossiers in the states the sweep and the lookup act on, made without the lifecycle endpoints of other work in
 * progress: received through the real POST, then moved by appending actions through {@link DossierLog}.
 */
@ApplicationScoped
public class SweepFixtures {
    @Inject
    TenantRunner tenants;

    @Inject
    DossierLog log;

    /** Accepted at the desk at {@code at} (the service's clock stopped there); its id. */
    public static String receiveAt(String province, String procedure, Instant at) {
        AtomicReference<String> id = new AtomicReference<>();
        TestClock.at(at, () -> id.set(given().auth().oauth2(Tokens.receptionOfficer(province))
                .contentType(ContentType.JSON).body(Dossiers.request(procedure, "DIRECT_CENTRE"))
                .post("/api/dossiers").then().statusCode(201).extract().path("id")));
        return id.get();
    }

    /** Yêu cầu bổ sung during appraisal at {@code at}, as an officer would (within the 3-day window). */
    public void requestSupplement(String province, String id, Instant at) {
        tenants.inTransactionAs(new ProvinceCode(province), () -> log.act(UUID.fromString(id), d -> {
        }, (d, state) -> DossierLifecycle.requestSupplement(state, "xuly.test", at, "Thiếu bản sao giấy phép", true)));
    }

    /** Phiếu yêu cầu bổ sung at reception, before acceptance, at {@code at}. */
    public void requestPapers(String province, String id, Instant at) {
        tenants.inTransactionAs(new ProvinceCode(province), () -> log.act(UUID.fromString(id), d -> {
        }, (d, state) -> DossierLifecycle.requestPapers(state, "tiepnhan.test", at, "Thiếu đơn đề nghị")));
    }

    /** The apology's new appointed date, set at {@code at}. */
    public void extend(String province, String id, Instant at, Instant newDueAt) {
        tenants.inTransactionAs(new ProvinceCode(province), () -> log.act(UUID.fromString(id), d -> {
        }, (d, state) -> DossierLifecycle.extend(state, "lanhdao.test", at, newDueAt,
                new ActionFacts.Extension("Chờ ý kiến cơ quan phối hợp", "Giám đốc Sở"))));
    }

    /** A dossier submitted through a portal at {@code at}, not yet accepted (status SUBMITTED); its id. */
    public String submitOnline(String province, String procedure, Instant at) {
        UUID id = UUID.randomUUID();
        tenants.inTransactionAs(new ProvinceCode(province), () -> {
            LoggedAction submitted = DossierLifecycle.submit("service-account-portal-" + province, at);
            Dossier d = new Dossier();
            d.id = id;
            d.procedureCode = procedure;
            d.ruleSet = RuleSet.DECREE_118_2025;
            d.agency = "SKHCN-" + province;
            d.channel = Channel.ONLINE_NATIONAL_PORTAL;
            d.applicantName = "Lê Văn Cường";
            d.submittedBy = "service-account-portal-" + province;
            d.show(DossierLifecycle.replay(List.of(submitted), java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
            d.persist();
            DossierActionRecord.append(d.id, submitted);
        });
        return id.toString();
    }
}
