package vn.motcua.gateway.console;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import vn.motcua.gateway.config.ConsoleConfig;

/**
 * Serves the console's files (the {@code console} module, classpath folder {@code console/}) at {@code /} and
 * {@code /assets/}. Every answer carries a content security policy that allows only the gateway's own scripts
 * and styles, no inline code and no framing: a procedure name or an address that slipped past escaping still
 * cannot run as script, and the console cannot be framed to trick a click. Files are revalidated on each load
 * ({@code no-cache} with their ETag), so officials get a new page the moment a gateway with it is deployed.
 */
public final class ConsoleFiles {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final String CLASSPATH_ROOT = "console";

    private ConsoleFiles() {
    }

    public static void mount(Router router, ConsoleConfig config) {
        if (!config.enabled()) {
            return;
        }
        // a handler on a wildcard route serves paths relative to the route: one per folder
        StaticHandler pages = files(config, "");
        StaticHandler assets = files(config, "/assets");
        for (HttpMethod method : new HttpMethod[] {HttpMethod.GET, HttpMethod.HEAD}) {
            router.route(method, "/").handler(ConsoleFiles::headers).handler(pages);
            router.route(method, "/index.html").handler(ConsoleFiles::headers).handler(pages);
            router.route(method, "/assets/*").handler(ConsoleFiles::headers).handler(assets);
        }
    }

    private static StaticHandler files(ConsoleConfig config, String folder) {
        return config.dir()
                .map(dir -> StaticHandler.create(FileSystemAccess.ROOT, dir.toAbsolutePath() + folder)
                        .setCachingEnabled(false)
                        .setFilesReadOnly(false))
                .orElseGet(() -> StaticHandler.create(CLASSPATH_ROOT + folder))
                .setIndexPage("index.html")
                .setDefaultContentEncoding("UTF-8")
                .setDirectoryListing(false)
                .setIncludeHidden(false)
                .setSendVaryHeader(false);
    }

    private static void headers(RoutingContext rc) {
        rc.response().headers()
                .set("Content-Security-Policy", POLICY)
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "same-origin")
                .set(HttpHeaders.CACHE_CONTROL, "no-cache");
        rc.next();
    }
}
