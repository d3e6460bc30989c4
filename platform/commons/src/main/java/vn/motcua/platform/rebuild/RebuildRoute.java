package vn.motcua.platform.rebuild;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.problem.Problems;

/**
 * {@code POST /q/rebuild}: runs {@link Rebuild} and answers its {@link RebuildReport} as JSON. Only for operators,
 * so it is where {@code /q/health} is and nowhere a citizen or an officer reaches: under the non-application root
 * on the service's own port (the gateway forwards only {@code /api/*}, the Kubernetes ingress nothing under
 * {@code /q}; an operator reaches it with {@code kubectl port-forward}, or {@code ./mot-cua rebuild} locally).
 * When the management interface is enabled ({@code quarkus.management.enabled}), it moves there with the health
 * checks, under {@code quarkus.management.root-path}. Registered only in a service that has a
 * {@link RebuildableStore}.
 *
 * <p>The request holds until the rebuild is done, which runs on a virtual thread of its own: minutes of work on
 * neither an event loop nor a worker that Vert.x would report as blocked. A failure is problem+json 500 with the
 * reason (the channels are resumed by then); a second call during a rebuild, 409 {@code rebuild-running}.
 */
@Singleton
public class RebuildRoute {
    private static final Logger LOG = Logger.getLogger(RebuildRoute.class);
    static final String PATH = "/rebuild";

    @Inject
    Rebuild rebuild;

    @Inject
    ObjectMapper json;

    void onManagementInterface(@Observes ManagementInterface management) {
        // fired only when the management interface is enabled; its router holds absolute paths
        mount(management.router(), root(config().getOptionalValue("quarkus.management.root-path", String.class)
                .orElse("/q")));
    }

    void onMainRouter(@Observes Router router) {
        if (!config().getOptionalValue("quarkus.management.enabled", Boolean.class).orElse(false)) {
            mount(router, root(config().getOptionalValue("quarkus.http.non-application-root-path", String.class)
                    .orElse("q")));
        }
    }

    private void mount(Router router, String root) {
        if (rebuild.available()) {
            router.post(root + PATH).handler(this::handle);
            LOG.infof("POST %s%s rebuilds the read model (operators only: not behind the gateway)", root, PATH);
        }
    }

    /** {@code q}, {@code /q} or {@code /q/} to {@code /q}: services keep {@code quarkus.http.root-path} at "/". */
    static String root(String configured) {
        String trimmed = configured.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? "" : "/" + trimmed;
    }

    private void handle(RoutingContext request) {
        Context context = Vertx.currentContext();
        String instance = request.request().path();
        Thread.ofVirtual().name("rebuild").start(() -> {
            int status;
            Object body;
            try {
                body = rebuild.run().asJson();
                status = 200;
            } catch (ProblemException e) {
                status = e.status();
                body = Problems.of(status, e.slug(), e.title(), e.getMessage(), instance, e.errors());
            } catch (RuntimeException e) {
                LOG.error("rebuild failed", e);
                status = 500;
                body = Problems.of(status, "rebuild-failed", "Rebuild failed",
                        "Dựng lại dữ liệu không thành công: " + reason(e)
                                + ". Các kênh tiêu thụ sự kiện đã chạy lại; dữ liệu đọc còn dở, gọi lại để dựng lại.",
                        instance, List.of());
            }
            int answered = status;
            String text = write(body);
            context.runOnContext(ignored -> request.response().setStatusCode(answered)
                    .putHeader("Content-Type", answered == 200 ? "application/json" : Problem.MEDIA_TYPE)
                    .end(text));
        });
    }

    /** The first cause with a message, as the operator needs it (the full trace is in the log). */
    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Config config() {
        return ConfigProvider.getConfig();
    }
}
