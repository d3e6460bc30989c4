package vn.motcua.gateway.session;

import io.quarkus.oidc.TenantResolver;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The console's tenant ({@link ConsoleSession#TENANT}) for its sign-in paths, where no session cookie exists yet;
 * Quarkus OIDC itself picks it for a request carrying the session cookie. A request with a bearer token (portals,
 * scripts) keeps the default tenant: its cookies were dropped before authentication ({@link BearerOrSession}).
 */
@ApplicationScoped
public class ConsoleTenantResolver implements TenantResolver {

    @Override
    public String resolve(RoutingContext rc) {
        if (ConsoleSession.carries(rc) || rc.normalizedPath().startsWith("/auth/")
                && !rc.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
            return ConsoleSession.TENANT;
        }
        return null;
    }
}
