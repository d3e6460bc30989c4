package vn.motcua.platform.web;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Hands the check of the request URI's syntax from Quarkus to {@link HttpEdgeProblems}. Quarkus's root handler
 * answers a URI that {@code java.net.URI} cannot parse ({@code /procedures/%zz}) with an empty 400, before any
 * route or mapper can make it a problem; it skips that check when the system property
 * {@code vertx.disableURIValidation} is set, and reads it once, when its HTTP recorder class loads. A config
 * source is the one piece of a library Quarkus loads before that (at static init, through the service loader),
 * so it sets the property here, unless the operator has set it. It provides no configuration itself.
 * HttpEdgeProblems then refuses a badly encoded path, as problem+json, before anything else reads it.
 */
public class UriCheckHandOver implements ConfigSource {
    static final String PROPERTY = "vertx.disableURIValidation";

    static {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "true");
        }
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public String getValue(String propertyName) {
        return null;
    }

    @Override
    public String getName() {
        return "mot-cua-uri-check-hand-over";
    }

    @Override
    public int getOrdinal() {
        return 0;
    }
}
