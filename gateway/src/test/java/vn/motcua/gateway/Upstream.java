package vn.motcua.gateway;

import static io.restassured.RestAssured.get;

import org.eclipse.microprofile.config.ConfigProvider;

/** Asks {@link FakeUpstream} how many requests reached it. */
final class Upstream {
    private Upstream() {
    }

    static int received() {
        String url = ConfigProvider.getConfig().getValue("motcua.gateway.routes.dossiers.url", String.class);
        return get(url + FakeUpstream.RECEIVED).then().statusCode(200).extract().path("count");
    }
}
