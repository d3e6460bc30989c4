package vn.motcua.gateway.problem;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.ForbiddenException;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.util.Map;
import java.util.UUID;
import vn.motcua.gateway.proxy.CorrelationId;

/**
 * The router's failures as problem+json. 401s are written by {@code ProblemBearerMechanism}, so authentication
 * failures pass on to Quarkus, which asks that mechanism for its challenge. Covered here: a valid token on a path
 * it may not use, Keycloak unreachable before the gateway ever fetched its keys (Quarkus would answer a plain 500),
 * and the status codes Vert.x Web fails a request with before any route ran (such as a path it cannot parse).
 */
public final class FailureProblems {
    private static final Map<Integer, String[]> BY_STATUS = Map.of(
            400, new String[] {"bad-request", "Bad request", "The request cannot be read."},
            404, new String[] {"not-found", "Not found", "Nothing answers this path."},
            405, new String[] {"method-not-allowed", "Method not allowed", "This path does not take this method."},
            413, new String[] {"payload-too-large", "Request body too large", "The request body is too large."},
            414, new String[] {"uri-too-long", "Request target too long", "The path and query are too long."},
            431, new String[] {"header-fields-too-large", "Request headers too large", "The headers are too large."});

    private FailureProblems() {
    }

    public static void handle(RoutingContext rc) {
        Throwable failure = rc.failure();
        if (rc.response().ended()) {
            rc.next();
        } else if (failure instanceof ForbiddenException) {
            Problems.send(rc, 403, "forbidden", "Forbidden", "Your token does not allow this request.");
        } else if (causedBy(failure, OIDCException.class)) {
            Problems.send(rc, 503, "identity-provider-unavailable", "Sign-in service unavailable",
                    "Tokens cannot be checked right now; try again later.");
        } else if (failure == null || failure instanceof HttpException) {
            int status = failure instanceof HttpException http ? http.getStatusCode() : rc.statusCode();
            String[] problem = BY_STATUS.get(status);
            if (problem == null) {
                rc.next();
                return;
            }
            // a failure raised before any route ran skipped CorrelationId
            if (CorrelationId.of(rc.response()) == null) {
                rc.response().putHeader(CorrelationId.HEADER, UUID.randomUUID().toString());
            }
            Problems.send(rc, status, problem[0], problem[1], problem[2]);
        } else {
            rc.next();
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
