package vn.motcua.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The AOT cache of JDK 25 (JEP 483, 514, 515) a service starts with, trained by the service's own first run.
 * <p>
 * A cache trained at build time stops at the end of Quarkus' static init: Hibernate's, Flyway's, Kafka's and
 * OIDC's runtime start stayed outside it (7,200 of 17,600 classes), and a service took 2.8 to 3.4 s to start on
 * a quiet machine. A cache recorded through a real run holds them all: the same dossier-service started in 2.1 s
 * instead of 7.9 s beside two benchmarks, with the same memory (README, Start-up and memory). So the first start
 * of a build records ({@code -XX:AOTCacheOutput}): the JVM writes the cache when the service stops, which takes
 * some seconds, and every later start maps it ({@code -XX:AOTCache}).
 * <p>
 * Each instance records to a file of its own port, {@code app.trained-<port>.aot.part}; the next start of that
 * port (its previous process has then exited) promotes a finished recording to {@code app.trained.aot} by an
 * atomic rename, so a running instance never maps a file that is being written, and a second instance recording
 * at the same time writes its own file. The JVM deletes its {@code .config} file when the cache is complete: a
 * recording whose configuration is still there was cut short (the process killed while it wrote) and is
 * dropped, so the next start records again. A cache older than any jar beside it is not used either: JDK 25.0.3
 * still loaded 9,819 classes from a cache after a jar of the application had changed.
 */
final class AotCache {
    static final String TRAINED = "app.trained.aot";

    /** The first JDK whose AOT cache holds the profiles a training run records (JEP 514, 515). */
    static final int FIRST_JDK = 25;

    /** How long a stopping service that records may take: it writes its cache (10 to 40 s on two cores). */
    static final Duration RECORDING_STOP_GRACE = Duration.ofMinutes(2);

    private static final String OUTPUT_OPTION = "-XX:AOTCacheOutput=";

    private AotCache() {
    }

    /** The options of an instance listening on {@code port}: map the trained cache, or record one. */
    static List<String> options(Path jar, int port, int javaFeature) {
        if (javaFeature < FIRST_JDK) {
            return List.of();
        }
        Path trained = jar.resolveSibling(TRAINED);
        promote(recording(jar, port), trained);
        return Files.isRegularFile(trained) && !olderThanAJar(trained)
                ? List.of("-XX:AOTCache=" + trained)
                : List.of(OUTPUT_OPTION + recording(jar, port));
    }

    /** Whether a command line records a cache, so that stopping it must wait for the cache to be written. */
    static boolean records(List<String> command) {
        return command.stream().anyMatch(option -> option.startsWith(OUTPUT_OPTION));
    }

    static Path recording(Path jar, int port) {
        return jar.resolveSibling("app.trained-" + port + ".aot.part");
    }

    private static void promote(Path recording, Path trained) {
        Path config = recording.resolveSibling(recording.getFileName() + ".config");
        try {
            if (Files.exists(config)) {
                Files.deleteIfExists(recording);
                Files.delete(config);
            } else if (Files.isRegularFile(recording)) {
                Files.move(recording, trained, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the AOT cache recorded in " + recording, e);
        }
    }

    private static boolean olderThanAJar(Path cache) {
        try (Stream<Path> files = Files.walk(cache.getParent())) {
            long written = Files.getLastModifiedTime(cache).toMillis();
            return files.filter(f -> f.toString().endsWith(".jar")).anyMatch(f -> modified(f) > written);
        } catch (IOException e) {
            return true;
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
