package vn.motcua.platform.bearer;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.motcua.platform.security.VerifiedTokens;

/**
 * The security identities Quarkus OIDC built for bearer tokens it verified, per token ({@link VerifiedTokens}).
 * Only an identity of the default (bearer) tenant whose credential is exactly the token read from the request is
 * kept, until the token's {@code exp} (or its {@code iat} plus {@code quarkus.oidc.token.age} if that is set) plus
 * {@code quarkus.oidc.token.lifespan-grace}, the skew the verifier allows. A failed verification never reaches
 * {@link #remember}; a console session of the gateway (code flow, its own tenant) is never cached.
 * <p>
 * OIDC puts the request's {@code RoutingContext} and blocking-call context into the identity it builds: they are
 * taken out before an identity is kept (a cached routing context would hold a finished request's buffers) and the
 * current request's are put in on every hit.
 */
@Singleton
public class CachedBearerIdentities {
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String BLOCKING_CONTEXT = AuthenticationRequestContext.class.getName();
    private static final String BEARER = "Bearer";

    private final VerifiedTokens<SecurityIdentity> tokens;
    private final Optional<Duration> maxAge;

    CachedBearerIdentities(TokenCacheConfig config,
            @ConfigProperty(name = "quarkus.oidc.token.lifespan-grace") OptionalInt lifespanGrace,
            @ConfigProperty(name = "quarkus.oidc.token.age") Optional<Duration> maxAge) {
        this.tokens = new VerifiedTokens<>(config.maxTokens(), lifespanGrace.orElse(0),
                InstantSource.system());
        this.maxAge = maxAge;
    }

    /**
     * The bearer token as Quarkus OIDC reads it (the first Authorization header, scheme {@code Bearer} in any case,
     * the rest after the first space), or null.
     */
    public static String bearerToken(HttpServerRequest request) {
        String value = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (value == null) {
            return null;
        }
        int space = value.indexOf(' ');
        if (space <= 0 || !BEARER.equalsIgnoreCase(value.substring(0, space)) || space == value.length() - 1) {
            return null;
        }
        return value.substring(space + 1);
    }

    /** The identity verified for exactly this token, for this request; null to verify it. */
    public SecurityIdentity find(String token, RoutingContext rc) {
        SecurityIdentity known = tokens.find(token);
        if (known == null) {
            return null;
        }
        return QuarkusSecurityIdentity.builder(known)
                .addAttribute(ROUTING_CONTEXT, rc)
                .addAttribute(BLOCKING_CONTEXT, rc.get(BLOCKING_CONTEXT))
                .build();
    }

    /** After Quarkus OIDC accepted a request: keeps its identity if it is that of this bearer token. */
    public void remember(String token, SecurityIdentity identity) {
        if (token == null || identity == null || identity.isAnonymous()
                || !OidcUtils.DEFAULT_TENANT_ID.equals(identity.getAttribute(OidcUtils.TENANT_ID_ATTRIBUTE))
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null || !token.equals(credential.getToken()) || jwt.getExpirationTime() <= 0) {
            return;
        }
        long validUntil = jwt.getExpirationTime();
        if (maxAge.isPresent() && jwt.getIssuedAtTime() > 0) {
            validUntil = Math.min(validUntil, jwt.getIssuedAtTime() + maxAge.get().toSeconds());
        }
        tokens.remember(token, withoutRequest(identity), validUntil);
    }

    /** How many tokens are kept: what tests observe. */
    public int size() {
        return tokens.size();
    }

    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.remove(ROUTING_CONTEXT);
        attributes.remove(BLOCKING_CONTEXT);
        return new QuarkusSecurityIdentity.Builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addAttributes(attributes)
                .addPermissions(identity.getPermissions())
                .build();
    }
}
