package vn.motcua.dossier.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Limits of the public status lookup (tra cứu hồ sơ), which anyone may call without signing in. The secret has
 * about 49 bits (LookupSecret); these limits keep guessing it hopeless, and a scraper from walking the codes.
 */
@ConfigMapping(prefix = "motcua.dossier.lookup")
public interface LookupConfig {
    /** Lookups one client address may make per {@link #addressWindow()}. */
    @WithDefault("10")
    int perAddress();

    @WithDefault("1m")
    Duration addressWindow();

    /** Wrong secrets (or lookups of a code that does not exist) after which a code is refused for a while. */
    @WithDefault("5")
    int wrongSecretsPerCode();

    @WithDefault("15m")
    Duration codeWindow();
}
