package vn.motcua.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** A thin HTTP client for the platform as a portal or an officer's browser sees it: tokens from Keycloak, JSON. */
public final class Api {
    public static final String DEMO_CLIENT = "mot-cua-web";
    public static final String DEMO_PASSWORD = "demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Endpoints endpoints;

    public Api(Endpoints endpoints) {
        this.endpoints = endpoints;
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    /** A response: status, body as JSON (or null), and the raw body. */
    public record Reply(int status, JsonNode json, String body, HttpResponse<String> raw) {
        public String text(String field) {
            return json == null || json.get(field) == null ? null : json.get(field).asText();
        }
    }

    /** A demo user's access token (password grant on the public demo client). */
    public String login(String username) {
        return token(Map.of("grant_type", "password", "client_id", DEMO_CLIENT, "username", username,
                "password", DEMO_PASSWORD));
    }

    public String login(String clientId, String username) {
        return token(Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", DEMO_PASSWORD));
    }

    /** A portal's machine token (client credentials). */
    public String clientToken(String clientId, String secret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    private String token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Reply r = send(HttpRequest.newBuilder(URI.create(endpoints.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (r.status() != 200) {
            throw new IllegalStateException("Keycloak refused a token: " + r.status() + " " + r.body());
        }
        return r.text("access_token");
    }

    public Reply get(String url, String token) {
        return send(request(url, token, Map.of()).GET());
    }

    public Reply post(String url, String token, String json) {
        return post(url, token, json, Map.of());
    }

    public Reply post(String url, String token, String json, Map<String, String> headers) {
        HttpRequest.Builder b = request(url, token, headers);
        b.header("Content-Type", "application/json");
        return send(b.POST(json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            if (r.body() != null && !r.body().isBlank() && r.headers().firstValue("Content-Type")
                    .map(t -> t.contains("json")).orElse(false)) {
                json = JSON.readTree(r.body());
            }
            return new Reply(r.statusCode(), json, r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder request(String url, String token, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        return b;
    }
}
