package vn.motcua.gateway.session;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The console's sign-in paths. {@code /auth/login} and {@code /auth/callback} are authenticated by the console
 * tenant, so Quarkus OIDC runs the code flow there (PKCE, state cookie) and comes back to {@code /auth/login},
 * which then sends the browser to the page it came from. {@code /auth/me} tells the console who is signed in;
 * {@code /auth/logout} is handled by Quarkus OIDC (RP-initiated logout at the realm) while a session lives, and
 * only lands here when there is none.
 */
public final class SessionRoutes {
    /** Only a console page (#/...) is a place to return to: anything else is an open redirect in waiting. */
    private static final Pattern NEXT = Pattern.compile("#/[A-Za-z0-9\\-._~/?=&%]{0,200}");
    /** The roles the console knows; Keycloak's own (default-roles-..., offline_access) are left out. */
    private static final Set<String> ROLES = Set.of("citizen", "reception-officer", "processing-officer",
            "unit-lead", "agency-head", "province-admin", "national-auditor");

    private SessionRoutes() {
    }

    public static void mount(Router router) {
        router.route(HttpMethod.GET, ConsoleSession.LOGIN).handler(SessionRoutes::login);
        router.route(HttpMethod.GET, ConsoleSession.CALLBACK).handler(SessionRoutes::login);
        router.route(HttpMethod.GET, ConsoleSession.LOGOUT).handler(rc -> redirect(rc, "/"));
        router.route(HttpMethod.GET, "/auth/me").handler(SessionRoutes::me);
    }

    private static void login(RoutingContext rc) {
        String next = rc.request().getParam("next");
        redirect(rc, "/" + (next != null && NEXT.matcher(next).matches() ? next : "#/"));
    }

    private static void redirect(RoutingContext rc, String location) {
        rc.response().setStatusCode(303)
                .putHeader(HttpHeaders.LOCATION, location)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end();
    }

    private static void me(RoutingContext rc) {
        String token = TokenRelay.accessToken(rc);
        JsonObject me = token == null ? new JsonObject().put("signedIn", false) : describe(token);
        rc.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(me.encode());
    }

    /** Family name first, as Vietnamese names are written (Hoàng Thị Lan); the token's "name" is given-first. */
    private static String vietnameseName(JsonObject claims) {
        Object family = claims.getValue("family_name");
        Object given = claims.getValue("given_name");
        if (family instanceof String f && given instanceof String g) {
            return (f + " " + g).strip();
        }
        return claims.getValue("name") instanceof String name ? name : null;
    }

    /** From the access token Quarkus verified: what the console shows and which menus it offers. */
    static JsonObject describe(String token) {
        JsonObject claims;
        try {
            String[] parts = token.split("\\.");
            claims = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return new JsonObject().put("signedIn", false);
        }
        JsonArray roles = new JsonArray();
        JsonObject realmAccess = claims.getJsonObject("realm_access", new JsonObject());
        realmAccess.getJsonArray("roles", new JsonArray()).forEach(role -> {
            if (role instanceof String name && ROLES.contains(name)) {
                roles.add(name);
            }
        });
        JsonObject me = new JsonObject()
                .put("signedIn", true)
                .put("username", claims.getString("preferred_username"))
                .put("name", vietnameseName(claims))
                .put("roles", roles);
        for (String claim : new String[] {"province", "agency", "unit"}) {
            Object value = claims.getValue(claim);
            if (value instanceof String text) {
                me.put(claim, text);
            }
        }
        return me;
    }
}
