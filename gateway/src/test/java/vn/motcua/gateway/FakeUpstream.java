package vn.motcua.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A service stand-in that answers every request with what it received (method, path, query, headers, body
 * length and SHA-256). {@code GET /__received} says how many requests reached it, so a test can prove the
 * gateway rejected one without calling the service. Paths containing {@code /slow} answer after 3 s; paths
 * containing {@code /trickle} send their 200 at once, then one byte every 200 ms for 3 s.
 * <p>
 * Routes: catalog, dossiers and reports point here (reports with a 1 s timeout and a 2 s deadline); evaluations
 * points at a closed port.
 */
public class FakeUpstream implements QuarkusTestResourceLifecycleManager {
    static final String RECEIVED = "/__received";

    private final AtomicInteger received = new AtomicInteger();
    private HttpServer server;
    private ExecutorService executor;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            executor = Executors.newVirtualThreadPerTaskExecutor();
            server.setExecutor(executor);
            server.createContext("/", this::handle);
            server.start();
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            return Map.of(
                    "motcua.gateway.routes.catalog.url", url,
                    "motcua.gateway.routes.dossiers.url", url,
                    "motcua.gateway.routes.reports.url", url,
                    "motcua.gateway.routes.reports.timeout", "1s",
                    "motcua.gateway.routes.reports.deadline", "2s",
                    "motcua.gateway.routes.evaluations.url", "http://127.0.0.1:" + closedPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestURI().getPath().equals(RECEIVED)) {
                respond(exchange, new JsonObject().put("count", received.get()));
                return;
            }
            received.incrementAndGet();
            byte[] body = exchange.getRequestBody().readAllBytes();
            JsonObject headers = new JsonObject();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            if (exchange.getRequestURI().getPath().contains("/trickle")) {
                trickle(exchange);
                return;
            }
            if (exchange.getRequestURI().getPath().contains("/slow")) {
                Thread.sleep(3000);
            }
            // like the services, echo the correlation id: the gateway must not send it twice
            String correlationId = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
            if (correlationId != null) {
                exchange.getResponseHeaders().set("X-Correlation-Id", correlationId);
            }
            respond(exchange, new JsonObject()
                    .put("method", exchange.getRequestMethod())
                    .put("path", exchange.getRequestURI().getRawPath())
                    .put("query", exchange.getRequestURI().getRawQuery())
                    .put("headers", headers)
                    .put("bodyLength", body.length)
                    .put("bodySha256", sha256(body)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the gateway gave up on a slow answer and closed the connection: expected
        }
    }

    /** Never silent for as long as the route's 1 s timeout, yet done only after 3 s: only a deadline stops it. */
    private static void trickle(HttpExchange exchange) throws IOException, InterruptedException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 15; i++) {
                out.write('.');
                out.flush();
                Thread.sleep(200);
            }
        }
    }

    /** Answers 200 with a JSON body (also the round-robin tests' stub instances). */
    public static void respond(HttpExchange exchange, JsonObject json) throws IOException {
        byte[] bytes = json.encode().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
