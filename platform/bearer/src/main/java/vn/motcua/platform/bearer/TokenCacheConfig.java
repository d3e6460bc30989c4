package vn.motcua.platform.bearer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Bearer tokens verified once and not again until they expire ({@link CachedBearerIdentities}): the RSA signature
 * check and the token's JSON parse were 42 % of the gateway's CPU and 17 % of dossier-service's under load.
 */
@ConfigMapping(prefix = "motcua.security.token-cache")
public interface TokenCacheConfig {
    /**
     * The most tokens kept, least recently used dropped first; one is a few KB (the parsed claims). A token lives
     * five minutes in the realm, so this is about the callers active at once across every province.
     */
    @WithDefault("4096")
    int maxTokens();
}
