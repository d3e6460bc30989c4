package vn.motcua.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SessionRoutesTest {

    private static String token(String claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".sig";
    }

    @Test
    void theConsoleLearnsTheOfficialsVietnameseNameRolesAndJurisdiction() {
        JsonObject me = SessionRoutes.describe(token("""
                {"preferred_username":"tiepnhan.ls","name":"Lan Hoàng Thị","given_name":"Lan",
                 "family_name":"Hoàng Thị","province":"20","agency":"SKHCN-20",
                 "realm_access":{"roles":["default-roles-mot-cua","offline_access","reception-officer"]}}"""));

        assertThat(me.encode()).isEqualTo("{\"signedIn\":true,\"username\":\"tiepnhan.ls\","
                + "\"name\":\"Hoàng Thị Lan\",\"roles\":[\"reception-officer\"],\"province\":\"20\","
                + "\"agency\":\"SKHCN-20\"}");
    }

    @Test
    void aMalformedTokenIsNoOne() {
        assertThat(SessionRoutes.describe("not-a-jwt").encode()).isEqualTo("{\"signedIn\":false}");
    }
}
