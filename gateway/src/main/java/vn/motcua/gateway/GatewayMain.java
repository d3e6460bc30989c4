package vn.motcua.gateway;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Quarkus checks every request target with {@code java.net.URI} before any route runs and answers a bad one with
 * an empty 400, which a portal cannot read. The switch for that check is a system property Quarkus reads once,
 * when its HTTP recorder loads, so it is set here, before Quarkus starts; the gateway makes the same check itself
 * and answers with problem+json ({@code edge.RequestTarget}). Tests set the property through Surefire.
 */
@QuarkusMain
public final class GatewayMain {
    static final String URI_VALIDATION_SWITCH = "vertx.disableURIValidation";

    private GatewayMain() {
    }

    public static void main(String... args) {
        System.setProperty(URI_VALIDATION_SWITCH, "true");
        Quarkus.run(args);
    }
}
