package vn.motcua.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** The console (the web application at {@code /}) and the sign-in session the gateway keeps for it. */
@ConfigMapping(prefix = "motcua.console")
public interface ConsoleConfig {

    /**
     * A folder to serve the console from instead of the console jar, re-read on every request: for working on
     * the pages without rebuilding, e.g. {@code MOTCUA_CONSOLE_DIR=console/src/main/resources/console}.
     */
    Optional<Path> dir();

    /** Whether the gateway serves the console at all (an API-only gateway turns it off). */
    @WithDefault("true")
    boolean enabled();
}
