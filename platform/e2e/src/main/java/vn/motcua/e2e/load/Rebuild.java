package vn.motcua.e2e.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A read-model rebuild: {@code POST /q/rebuild} on a service's own port (what {@code ./mot-cua rebuild} calls), whose
 * answer already holds both figures (platform/commons' {@code RebuildReport}): the replay's rate and, right after
 * it, a raw consumer's rate over the same topics to the same offsets. The benchmark prints them as the launcher's
 * rebuild command does, one beside the other; it measures nothing itself, so the two commands cannot disagree.
 */
final class Rebuild {
    /** A rebuild answers when it is done; the demo quarter and a benchmark's dossiers take seconds, not hours. */
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    /** The replay and the raw consumer, in events per second, and how many events were replayed. */
    record Rates(long events, double replay, double rawConsumer) {
        double ratio() {
            return replay / rawConsumer;
        }
    }

    private Rebuild() {
    }

    static Rates of(String serviceUrl) throws Exception {
        HttpResponse<String> answer;
        try (HttpClient http = HttpClient.newHttpClient()) {
            answer = http.send(HttpRequest.newBuilder(URI.create(serviceUrl + "/q/rebuild")).timeout(TIMEOUT)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        }
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("POST " + serviceUrl + "/q/rebuild answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        JsonNode report = new ObjectMapper().readTree(answer.body());
        return new Rates(report.path("events").asLong(), report.path("eventsPerSecond").asDouble(),
                report.path("rawConsumer").path("eventsPerSecond").asDouble());
    }
}
