package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One province reaching for another's data every way it can, and tokens that must not work: at the gateway
 * and at each service's own port (every service checks the token again).
 */
@ExtendWith(RunningPlatform.class)
class IsolationAndTokensIT {
    private static final Api API = new Api(Endpoints.local());
    private static String dossierOfLangSon;
    private static String procedureOfLangSon;

    @BeforeAll
    static void aLangSonDossier() {
        String gw = API.endpoints().gateway();
        String admin = API.login("quantri.ls");
        String code = Codes.next();
        procedureOfLangSon = API.post(gw + "/api/catalog/procedures", admin, ProcedureBodies.draft(code, "Thủ tục của Lạng Sơn", "SKHCN-20", 7)).text("id");
        API.post(gw + "/api/catalog/procedures/" + procedureOfLangSon + "/publish", admin, ProcedureBodies.publication());
        String reception = API.login("tiepnhan.ls");
        String body = """
                {"procedureCode":"%s","channel":"POSTAL","applicant":{"name":"Phạm Văn Đức"}}""".formatted(code);
        Api.Reply[] r = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> {
            r[0] = API.post(gw + "/api/dossiers", reception, body);
            return r[0].status() == 201;
        });
        dossierOfLangSon = r[0].text("id");
        // by post it is registered, then accepted (issue 13: Decree 118/2025 Art. 17 cl. 2-3)
        API.post(gw + "/api/dossiers/" + dossierOfLangSon + "/accept", reception, null);
        API.post(gw + "/api/dossiers/" + dossierOfLangSon + "/resolve", API.login("xuly.ls"), null);
    }

    @Test
    void caoBangCannotReadOrChangeLangSonsData() {
        String gw = API.endpoints().gateway();
        String officer = API.login("tiepnhan.cb");
        String processing = API.login("xuly.cb");
        String admin = API.login("quantri.cb");
        String portal = API.clientToken("portal-04", "portal-04-secret");

        assertThat(API.get(gw + "/api/dossiers/" + dossierOfLangSon, officer).status()).isEqualTo(404);
        assertThat(API.get(gw + "/api/dossiers/" + dossierOfLangSon, portal).status()).isEqualTo(404);
        assertThat(API.post(gw + "/api/dossiers/" + dossierOfLangSon + "/resolve", processing, null).status())
                .isIn(403, 404);
        assertThat(API.get(gw + "/api/catalog/procedures/" + procedureOfLangSon, admin).status()).isEqualTo(404);
        assertThat(API.post(gw + "/api/catalog/procedures/" + procedureOfLangSon + "/publish", admin,
                ProcedureBodies.publication()).status()).isEqualTo(404);
        assertThat(API.get(gw + "/api/evaluations/dossiers/" + dossierOfLangSon, admin).status()).isEqualTo(404);
        assertThat(API.get(gw + "/api/reports/forms/II.06b?period=2026-Q4&province=20", admin).status())
                .isEqualTo(403);
        // a province named in a header or the query changes nothing
        Api.Reply list = API.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(gw + "/api/dossiers?province=20"))
                .header("Authorization", "Bearer " + officer).header("X-Province", "20").GET());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(dossierOfLangSon);
    }

    @Test
    void theNationalAuditorReadsAnyProvincesReportButChangesNothing() {
        String gw = API.endpoints().gateway();
        String auditor = API.login("kiemtra.qg");
        assertThat(API.get(gw + "/api/reports/forms/II.06b?period=2026-Q4&province=20", auditor).status())
                .isEqualTo(200);
        assertThat(API.get(gw + "/api/dossiers/" + dossierOfLangSon, auditor).status()).isIn(403, 404);
        assertThat(API.post(gw + "/api/catalog/procedures", auditor, "{}").status()).isEqualTo(403);
    }

    @Test
    void forgedTamperedAndExpiredTokensAreRejectedAtTheGatewayAndAtEveryService() throws Exception {
        Endpoints e = API.endpoints();
        String real = API.login("tiepnhan.ls");
        String tampered = tamper(real);
        var key = KeyPairGenerator.getInstance("RSA");
        key.initialize(2048);
        long now = Instant.now().getEpochSecond();
        String forged = signRs256(kidOf(real), """
                {"iss":"%s/realms/mot-cua","aud":"mot-cua","sub":"intruder","preferred_username":"intruder",
                 "province":"20","realm_access":{"roles":["province-admin"]},"iat":%d,"exp":%d}"""
                .formatted(e.keycloak(), now, now + 300), key.generateKeyPair().getPrivate());
        String expired = shortLivedToken("tiepnhan.ls");
        // valid while it lives: its 401 below is the expiry, not a missing audience or claim
        assertThat(API.get(e.dossier() + "/api/dossiers", expired).status()).isEqualTo(200);
        Thread.sleep(Duration.ofSeconds(6));

        List<String> urls = List.of(e.gateway() + "/api/dossiers", e.catalog() + "/api/catalog/procedures",
                e.dossier() + "/api/dossiers", e.evaluation() + "/api/evaluations/dossiers/" + dossierOfLangSon,
                e.reporting() + "/api/reports/forms/II.06b?period=2026-Q4");
        for (String url : urls) {
            for (String token : List.of(tampered, forged, expired)) {
                assertThat(API.get(url, token).status()).as(url).isEqualTo(401);
            }
            assertThat(API.get(url, null).status()).as(url).isEqualTo(401);
        }
        assertThat(API.get(e.dossier() + "/api/dossiers", real).status()).isEqualTo(200);
    }

    /** A real Keycloak token that expires after four seconds: a throw-away client with that lifespan. */
    private static String shortLivedToken(String username) {
        Api.Reply admin = API.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        API.endpoints().keycloak() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=admin&password=admin")));
        String adminToken = admin.text("access_token");
        String clientId = "e2e-short-lived-" + Instant.now().toEpochMilli();
        Api.Reply created = API.post(API.endpoints().keycloak() + "/admin/realms/mot-cua/clients", adminToken, """
                {"clientId":"%s","publicClient":true,"directAccessGrantsEnabled":true,"standardFlowEnabled":false,
                 "attributes":{"access.token.lifespan":"4"}}""".formatted(clientId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return API.login(clientId, username);
    }

    private static String tamper(String jwt) {
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"20\"", "\"04\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** A well-formed RS256 token, with the realm's key id, signed by a key Keycloak never had. */
    private static String signRs256(String kid, String claims, java.security.PrivateKey key) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}";
        String signingInput = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b64.encodeToString(rsa.sign());
    }

    private static String kidOf(String jwt) {
        String header = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8);
        return header.replaceAll(".*\"kid\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }
}
