package vn.motcua.catalog;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * How many times Quarkus OIDC verified a token of each user: its identity provider runs the augmentors after every
 * verification it accepted, and only then; an identity served from the token cache runs none. Changes nothing.
 */
@ApplicationScoped
public class CountedVerifications implements SecurityIdentityAugmentor {
    private static final Map<String, AtomicInteger> BY_USER = new ConcurrentHashMap<>();

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            BY_USER.computeIfAbsent(token.getName(), name -> new AtomicInteger()).incrementAndGet();
        }
        return Uni.createFrom().item(identity);
    }

    static int of(String username) {
        AtomicInteger count = BY_USER.get(username);
        return count == null ? 0 : count.get();
    }
}
