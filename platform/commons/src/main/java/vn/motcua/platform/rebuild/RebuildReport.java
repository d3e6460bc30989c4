package vn.motcua.platform.rebuild;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a rebuild did and how fast: the replay through the store and the store's finish ({@code events},
 * {@code seconds}, {@code eventsPerSecond}: the read model is whole only after the finish), a raw consumer reading the same topics to the same offsets right after with no
 * processing (the ceiling the replay is measured against), and what the store's {@link RebuildableStore#finish()}
 * says changed (e.g. {@code evaluationsChanged}).
 *
 * @param malformed records the replay skipped because they are not readable events (the live consumer parked
 *        them in the dead-letter topic); counted in {@code events}
 */
public record RebuildReport(long events, double seconds, double eventsPerSecond, RawConsumer rawConsumer,
                            Map<String, Long> changes, long malformed) {

    public RebuildReport {
        changes = Map.copyOf(changes);
    }

    /** The raw consumer's pass over the same records. */
    public record RawConsumer(long events, double seconds, double eventsPerSecond) {
        static RawConsumer of(long events, long nanos) {
            return new RawConsumer(events, toSeconds(nanos), rate(events, nanos));
        }
    }

    static RebuildReport of(long events, long nanos, RawConsumer raw, Map<String, Long> changes, long malformed) {
        return new RebuildReport(events, toSeconds(nanos), rate(events, nanos), raw, changes, malformed);
    }

    /**
     * The answer of {@code POST /q/rebuild}: the store's changes beside the rates at the top level
     * ({@code {events, seconds, eventsPerSecond, rawConsumer:{…}, malformed, evaluationsChanged, …}}).
     */
    public Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("events", events);
        json.put("seconds", seconds);
        json.put("eventsPerSecond", eventsPerSecond);
        json.put("rawConsumer", rawConsumer);
        json.put("malformed", malformed);
        changes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(change -> json.putIfAbsent(change.getKey(), change.getValue()));
        return json;
    }

    /** Milliseconds, as seconds: finer is noise. */
    private static double toSeconds(long nanos) {
        return Math.round(nanos / 1_000_000.0) / 1000.0;
    }

    /** Events per second, one decimal; 0 when nothing was read. */
    private static double rate(long events, long nanos) {
        return nanos <= 0 ? 0 : Math.round(events * 10 * 1e9 / nanos) / 10.0;
    }
}
