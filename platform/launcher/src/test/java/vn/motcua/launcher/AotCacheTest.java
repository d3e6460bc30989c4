package vn.motcua.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {
    @TempDir
    Path app;
    Path jar;

    @BeforeEach
    void built() throws IOException {
        jar = app.resolve("quarkus-run.jar");
        write("quarkus-run.jar", 1_000_000);
    }

    @Test
    void theFirstStartOfABuildRecordsToAFileOfItsPort() {
        assertThat(AotCache.options(jar, 8082, 25))
                .containsExactly("-XX:AOTCacheOutput=" + app.resolve("app.trained-8082.aot.part"));
        assertThat(AotCache.options(jar, 18092, 26))
                .containsExactly("-XX:AOTCacheOutput=" + app.resolve("app.trained-18092.aot.part"));
        assertThat(AotCache.options(jar, 8082, 21)).as("JDK 21 has no AOT cache").isEmpty();
    }

    @Test
    void aFinishedRecordingIsTakenByTheNextStartOfItsPortAndMapped() throws IOException {
        write("app.trained-8082.aot.part", 2_000_000);

        assertThat(AotCache.options(jar, 8082, 25)).containsExactly("-XX:AOTCache=" + app.resolve("app.trained.aot"));
        assertThat(app.resolve("app.trained-8082.aot.part")).doesNotExist();
        assertThat(app.resolve("app.trained.aot")).hasContent("app.trained-8082.aot.part");
        assertThat(AotCache.options(jar, 18092, 25)).as("a second instance maps the same cache")
                .containsExactly("-XX:AOTCache=" + app.resolve("app.trained.aot"));
    }

    @Test
    void anotherPortsRecordingIsLeftToItsWriter() throws IOException {
        write("app.trained-18092.aot.part", 2_000_000);

        assertThat(AotCache.options(jar, 8082, 25))
                .containsExactly("-XX:AOTCacheOutput=" + app.resolve("app.trained-8082.aot.part"));
        assertThat(app.resolve("app.trained-18092.aot.part")).exists();
    }

    @Test
    void aRecordingCutShortIsDroppedAndRecordedAgain() throws IOException {
        write("app.trained-8082.aot.part", 2_000_000);
        write("app.trained-8082.aot.part.config", 2_000_000);

        assertThat(AotCache.options(jar, 8082, 25))
                .containsExactly("-XX:AOTCacheOutput=" + app.resolve("app.trained-8082.aot.part"));
        assertThat(app.resolve("app.trained-8082.aot.part")).doesNotExist();
        assertThat(app.resolve("app.trained-8082.aot.part.config")).doesNotExist();
        assertThat(app.resolve("app.trained.aot")).doesNotExist();
    }

    @Test
    void aCacheOlderThanAJarBesideItIsRecordedAgain() throws IOException {
        write("app.trained.aot", 2_000_000);
        Files.createDirectories(app.resolve("lib/main"));
        write("lib/main/rebuilt.jar", 3_000_000);

        assertThat(AotCache.options(jar, 8082, 25))
                .containsExactly("-XX:AOTCacheOutput=" + app.resolve("app.trained-8082.aot.part"));
    }

    @Test
    void onlyARecordingServiceIsGivenTimeToWriteItsCacheAsItStops() {
        assertThat(AotCache.records(List.of("java", "-XX:AOTCacheOutput=/app/app.trained-8082.aot.part", "-jar")))
                .isTrue();
        assertThat(AotCache.records(List.of("java", "-XX:AOTCache=/app/app.trained.aot", "-jar"))).isFalse();
    }

    private void write(String file, long modifiedMillis) throws IOException {
        Files.writeString(app.resolve(file), file);
        Files.setLastModifiedTime(app.resolve(file), FileTime.fromMillis(modifiedMillis));
    }
}
