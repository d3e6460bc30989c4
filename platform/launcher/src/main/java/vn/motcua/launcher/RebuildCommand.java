package vn.motcua.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code rebuild SERVICE}: {@code POST /q/rebuild} on the service's own port (platform/commons' rebuild: not
 * behind the gateway, which forwards only {@code /api/*}), then one line with the replay's rate beside a raw
 * consumer's over the same records, and what the service says changed.
 */
final class RebuildCommand {
    /** A big topic takes minutes; the service answers when the rebuild is done. */
    static final Duration TIMEOUT = Duration.ofHours(1);
    /** The report's own fields; every other number is something the store counted ({@code evaluationsChanged}). */
    private static final Set<String> REPORT_FIELDS = Set.of("events", "seconds", "eventsPerSecond", "rawConsumer",
            "malformed");

    private RebuildCommand() {
    }

    /** The services that may have a read model to rebuild: those with a database. */
    static List<String> services() {
        return Service.all(Ports.DEFAULT).stream().filter(s -> s.database().isPresent())
                .map(s -> s.name().replaceFirst("-service$", "")).toList();
    }

    /** {@code evaluation} or {@code evaluation-service} to {@code evaluation-service}. */
    static String service(String name) {
        String shortName = name.replaceFirst("-service$", "");
        if (!services().contains(shortName)) {
            throw new IllegalArgumentException("no service " + name + " to rebuild; one of "
                    + String.join(", ", services()));
        }
        return shortName + "-service";
    }

    static int run(Options options) {
        Service service = Service.named(options.ports(), options.service().orElseThrow()).orElseThrow();
        String url = service.url() + "/q/rebuild";
        Console.info("rebuilding " + service.name() + " (" + url + "); its consumers are paused meanwhile");
        Http.Response answer;
        try {
            answer = Http.post(url, TIMEOUT);
        } catch (IOException e) {
            throw new IllegalStateException(service.name() + " does not answer on " + service.url()
                    + " (./mot-cua status shows what runs; give rebuild the --port-base of the platform)");
        }
        if (answer.status() == 200) {
            System.out.println(summary(service.name(), answer.json()));
            return 0;
        }
        Console.error(failure(service.name(), answer));
        return 1;
    }

    /**
     * {@code rebuild evaluation-service: 123 456 events in 12.3 s = 10 037 events/s; raw consumer of the same
     * topics: 456 789 events/s (2.2 %); evaluationsChanged 0, scorecardsChanged 0}.
     */
    static String summary(String service, JsonNode report) {
        double rate = report.path("eventsPerSecond").asDouble();
        double raw = report.path("rawConsumer").path("eventsPerSecond").asDouble();
        StringBuilder line = new StringBuilder("rebuild ").append(service).append(": ")
                .append(grouped(report.path("events").asLong())).append(" events in ")
                .append(String.format(Locale.ROOT, "%.1f", report.path("seconds").asDouble())).append(" s = ")
                .append(grouped(Math.round(rate))).append(" events/s; raw consumer of the same topics: ")
                .append(grouped(Math.round(raw))).append(" events/s");
        if (raw > 0) {
            line.append(String.format(Locale.ROOT, " (%.1f %%)", 100 * rate / raw));
        }
        long malformed = report.path("malformed").asLong();
        if (malformed > 0) {
            line.append("; ").append(grouped(malformed)).append(" malformed records skipped");
        }
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : report.properties()) {
            if (!REPORT_FIELDS.contains(field.getKey()) && field.getValue().isNumber()) {
                changes.add(field.getKey() + " " + grouped(field.getValue().asLong()));
            }
        }
        if (!changes.isEmpty()) {
            line.append("; ").append(String.join(", ", changes));
        }
        return line.toString();
    }

    /** What went wrong, from the service's problem+json when it sent one. */
    static String failure(String service, Http.Response answer) {
        String detail = answer.json().path("detail").asText("");
        return switch (answer.status()) {
            case 404 -> service + " has no read model to rebuild (no POST /q/rebuild)";
            case 409 -> "a rebuild of " + service + " is already running" + (detail.isEmpty() ? "" : ": " + detail);
            default -> "rebuild " + service + " failed (HTTP " + answer.status() + ")"
                    + (detail.isEmpty() ? "" : ": " + detail);
        };
    }

    /** {@code 1234567} as {@code 1 234 567}: the grouping Vietnamese and SI both read. */
    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }
}
