package vn.motcua.gateway.proxy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.json.JsonObject;
import vn.motcua.gateway.FakeUpstream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two instances of one service, {@code A} and {@code B}, each answering with its name and the path it received
 * ({@code GET /__received?path=...} counts the requests for a path), a port nothing listens on, and an instance
 * that takes a request and hangs up without answering. Routes, each its own so their turns do not mix:
 * {@code /api/twins} (A, B), {@code /api/half-down} (the closed port, then A), {@code /api/all-down} (two closed
 * ports), {@code /api/hangs-up} (the instance that hangs up, then B).
 */
public class ServiceInstances implements QuarkusTestResourceLifecycleManager {
    static final String RECEIVED = "/__received";

    private final Map<String, HttpServer> servers = new HashMap<>();
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private ExecutorService executor;
    private ServerSocket hangsUp;

    @Override
    public Map<String, String> start() {
        try {
            executor = Executors.newVirtualThreadPerTaskExecutor();
            String a = serve("A");
            String b = serve("B");
            hangsUp = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
            executor.submit(this::hangUpOnEveryone);
            String hangsUpUrl = "http://127.0.0.1:" + hangsUp.getLocalPort();
            Map<String, String> config = new HashMap<>();
            route(config, "twins", a + "," + b);
            route(config, "half-down", closed() + "," + a);
            route(config, "all-down", closed() + "," + closed());
            route(config, "hangs-up", hangsUpUrl + "," + b);
            config.put("instances.a", a);
            config.put("instances.b", b);
            return config;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void route(Map<String, String> config, String name, String urls) {
        config.put("motcua.gateway.routes." + name + ".prefix", "/api/" + name);
        config.put("motcua.gateway.routes." + name + ".url", urls);
    }

    @Override
    public void stop() {
        servers.values().forEach(server -> server.stop(0));
        try {
            if (hangsUp != null) {
                hangsUp.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private String serve(String name) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/", exchange -> handle(name, exchange));
        server.start();
        servers.put(name, server);
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(String name, HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(RECEIVED)) {
                String asked = exchange.getRequestURI().getQuery().substring("path=".length());
                FakeUpstream.respond(exchange, new JsonObject().put("count",
                        received.getOrDefault(name + " " + asked, new AtomicInteger()).get()));
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.computeIfAbsent(name + " " + path, key -> new AtomicInteger()).incrementAndGet();
            FakeUpstream.respond(exchange, new JsonObject().put("instance", name).put("path", path)
                    .put("body", new String(body, StandardCharsets.UTF_8)));
        }
    }

    /** Reads the start of each request, then closes the connection: the request may have been acted on. */
    private void hangUpOnEveryone() {
        while (!hangsUp.isClosed()) {
            try (Socket socket = hangsUp.accept(); InputStream in = socket.getInputStream()) {
                in.read(new byte[8192]);
            } catch (IOException e) {
                // closed at the end of the test, or the gateway gave up
            }
        }
    }

    private static String closed() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }
}
