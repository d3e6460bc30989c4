package vn.motcua.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The demo quarter has the seed report's shape (Lạng Sơn Q2 2022: 65 % desk, 24 % national portal and single
 * window, 10 % department; about 90 % early, 2-3 % on time, 7 % in progress), the same every time, on working days.
 * Its file for 29/11/2026 (Q3 2026) is copied into dossier-service's test resources, where DemoQuarterImportTest
 * imports it; {@code -Ddemo.quarter.write=true} rewrites the copies after a change to the generator.
 */
class DemoQuarterTest {
    private static final RepoLayout REPO = RepoLayout.locate();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    static List<DemoQuarter.Generated> generated(String province, int count) throws IOException {
        List<DemoQuarter.Case> cases = DemoQuarter.cases(Files.readString(
                REPO.catalogueDemo("catalogue-" + province + ".csv"), StandardCharsets.UTF_8));
        return DemoQuarter.generate(province, DemoQuarter.Quarter.lastCompletedBefore(TODAY), count, cases);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2026-11-29, 2026Q3, 2026-07-01, 2026-09-30",
            "2026-10-01, 2026Q3, 2026-07-01, 2026-09-30",
            "2026-09-30, 2026Q2, 2026-04-01, 2026-06-30",
            "2026-01-15, 2025Q4, 2025-10-01, 2025-12-31"})
    void theQuarterIsTheLastCalendarQuarterEndedBeforeToday(LocalDate today, String quarter, LocalDate first,
            LocalDate last) {
        DemoQuarter.Quarter q = DemoQuarter.Quarter.lastCompletedBefore(today);
        assertThat(q).hasToString(quarter);
        assertThat(q.first()).isEqualTo(first);
        assertThat(q.last()).isEqualTo(last);
    }

    @Test
    void langSonsQuarterHasTheSeedsChannelMixAndOutcomes() throws IOException {
        List<DemoQuarter.Generated> quarter = generated("20", 480);

        assertThat(count(quarter, DemoQuarter.Generated::channel)).isEqualTo(Map.of("DIRECT_CENTRE", 312L,
                "DIRECT_AGENCY", 48L, "ONLINE_NATIONAL_PORTAL", 91L, "NATIONAL_SINGLE_WINDOW", 29L));
        assertThat(count(quarter, d -> d.fate().name())).isEqualTo(Map.of("EARLY", 429L, "ON_TIME", 12L,
                "LATE", 5L, "IN_PROGRESS", 34L));
        assertThat(quarter.stream().filter(DemoQuarter.Generated::supplement).count()).isEqualTo(24);
        assertThat(quarter.stream().filter(DemoQuarter.Generated::apology).count()).isEqualTo(10);
        assertThat(count(quarter, d -> d.cells().get(20))).isEqualTo(Map.of("", 34L, "DESK", 281L, "ONLINE", 87L, "POST", 78L));
    }

    @Test
    void caoBangsQuarterIsSmallerWithTheSameShape() throws IOException {
        List<DemoQuarter.Generated> quarter = generated("04", 200);

        assertThat(count(quarter, DemoQuarter.Generated::channel)).isEqualTo(Map.of("DIRECT_CENTRE", 130L,
                "DIRECT_AGENCY", 20L, "ONLINE_NATIONAL_PORTAL", 38L, "NATIONAL_SINGLE_WINDOW", 12L));
        assertThat(count(quarter, d -> d.fate().name())).isEqualTo(Map.of("EARLY", 179L, "ON_TIME", 5L,
                "LATE", 2L, "IN_PROGRESS", 14L));
        assertThat(quarter.stream().filter(DemoQuarter.Generated::supplement).count()).isEqualTo(10);
        assertThat(quarter.stream().filter(DemoQuarter.Generated::apology).count()).isEqualTo(4);
    }

    @Test
    void theSameSeedGivesTheSameFileAndTheProvincialPortalOnlyBeforeItsMerger() throws IOException {
        assertThat(DemoQuarter.csv(generated("20", 480))).isEqualTo(DemoQuarter.csv(generated("20", 480)));
        assertThat(DemoQuarter.quota(480, new DemoQuarter.Quarter(2022, 2)).stream()
                .filter("ONLINE_PROVINCIAL_PORTAL"::equals)).hasSize(5);
    }

    @Test
    void everyDateIsAWorkingDayAndEveryStoryEndsBeforeToday() throws IOException {
        for (DemoQuarter.Generated d : generated("20", 480)) {
            for (int column : List.of(8, 9, 10, 12, 13, 16, 19)) {
                String value = d.cells().get(column);
                if (value.isEmpty() || column == 8) {
                    continue; // a portal takes submissions at night and on weekends
                }
                LocalDate day = OffsetDateTime.parse(value).toLocalDate();
                assertThat(DemoQuarter.working(day)).as(d.sourceId() + " column " + column + " " + value).isTrue();
                if (column != 10 && column != 13) {
                    assertThat(day).as(d.sourceId() + " " + value).isBefore(TODAY);
                }
            }
        }
    }

    @Test
    void dossierServiceTestsImportTheGeneratorsOwnFiles() throws IOException {
        for (String province : List.of("20", "04")) {
            String csv = DemoQuarter.csv(generated(province, province.equals("20") ? 480 : 200));
            Path copy = REPO.root().resolve("dossier-service/src/test/resources/demo-quarter-" + province + ".csv");
            if (Boolean.getBoolean("demo.quarter.write")) {
                Files.writeString(copy, csv, StandardCharsets.UTF_8);
            }
            assertThat(Files.readString(copy, StandardCharsets.UTF_8)).as(copy + " (rewrite with "
                    + "-Ddemo.quarter.write=true)").isEqualTo(csv);
        }
    }

    private static Map<String, Long> count(List<DemoQuarter.Generated> quarter,
            Function<DemoQuarter.Generated, String> key) {
        return quarter.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
