package vn.motcua.e2e.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The CPU samples of a JDK Flight Recorder file by {@link ProfileArea}, and the platform's own methods whose calls
 * hold the most samples: where a service's time went under {@code ./mot-cua load} (README, Load harness). Record
 * with {@code jcmd <pid> JFR.start settings=profile filename=x.jfr} before the run and {@code JFR.stop} after, then
 * {@code java -cp platform/e2e/target/classes vn.motcua.e2e.load.JfrBreakdown x.jfr [...]}.
 */
public final class JfrBreakdown {
    private JfrBreakdown() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: JfrBreakdown <recording.jfr> [...]");
            System.exit(2);
        }
        for (String file : args) {
            print(file, RecordingFile.readAllEvents(Path.of(file)));
        }
    }

    private static void print(String file, List<RecordedEvent> events) {
        Map<ProfileArea, Integer> areas = new EnumMap<>(ProfileArea.class);
        Map<String, Integer> platform = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : events) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            areas.merge(ProfileArea.of(frames.stream().map(f -> f.getMethod().getType().getName()).toList()), 1,
                    Integer::sum);
            frames.stream().filter(f -> f.getMethod().getType().getName().startsWith("vn.motcua.")).findFirst()
                    .ifPresent(f -> platform.merge(f.getMethod().getType().getName().replace("vn.motcua.", "") + "."
                            + f.getMethod().getName(), 1, Integer::sum));
        }
        int total = Math.max(1, samples);
        System.out.printf(Locale.ROOT, "%s: %d CPU samples%n", file, samples);
        areas.entrySet().stream().sorted(Map.Entry.<ProfileArea, Integer>comparingByValue().reversed())
                .forEach(a -> System.out.printf(Locale.ROOT, "  %-40s %5.1f %%%n", a.getKey().label,
                        100.0 * a.getValue() / total));
        System.out.println("  the platform's methods whose calls hold the most samples:");
        platform.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10)
                .forEach(m -> System.out.printf(Locale.ROOT, "    %5.1f %%  %s%n", 100.0 * m.getValue() / total,
                        m.getKey()));
    }
}
