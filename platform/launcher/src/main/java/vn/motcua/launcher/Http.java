package vn.motcua.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** The few HTTP calls the launcher makes: readiness probes, tokens, and the demo data. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration IMPORT_TIMEOUT = Duration.ofSeconds(180);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    record Response(int status, String body) {

        JsonNode json() {
            try {
                return body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
            } catch (IOException e) {
                return MissingNode.getInstance();
            }
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private Http() {
    }

    /** The status of a GET, or -1 when nothing answers. */
    static int status(String url) {
        try {
            return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET()).status();
        } catch (IOException e) {
            return -1;
        }
    }

    static Response get(String url, String token) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(CALL_TIMEOUT)
                .header("Authorization", "Bearer " + token).GET());
    }

    static Response postForm(String url, Map<String, String> form) throws IOException {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(CALL_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static Response postJson(String url, String token, Object body, Map<String, String> headers)
            throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(CALL_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        headers.forEach(b::header);
        return send(b);
    }

    /** A PUT of a JSON body (a whole resource replaced, e.g. a province's plan targets of a year). */
    static Response putJson(String url, String token, Object body) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(CALL_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /**
     * A POST without a body or a token that may run for {@code timeout}: an operator's call on a service's own
     * port ({@code /q/rebuild}).
     */
    static Response post(String url, Duration timeout) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A CSV file as the catalogue's import takes it: UTF-8 text, said so in the media type. */
    /**
     * A bulk import (hundreds of rows in one transaction): given longer than other calls, since on a busy machine
     * it outlasts their 30 s; sending it again is safe, as the import reports what it already made as unchanged.
     */
    static Response postCsv(String url, String token, String csv) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(IMPORT_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
    }

    /**
     * Polls {@code url} until it answers 200. Gives up when {@code alive} turns false (the process died) or
     * after {@code timeout}.
     */
    static boolean awaitOk(String url, Duration timeout, BooleanSupplier alive) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && alive.getAsBoolean()) {
            if (status(url) == 200) {
                return true;
            }
            sleep(Duration.ofMillis(500));
        }
        return false;
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Response send(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<String> r = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
