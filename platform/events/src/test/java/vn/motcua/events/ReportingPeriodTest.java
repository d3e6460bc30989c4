package vn.motcua.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kỳ báo cáo as a province cuts it (Decree 09/2019/NĐ-CP Art. 12): Lạng Sơn on the 15th (seed 000), Cao Bằng on the
 * 5th (seed 002), calendar quarters with a cut-off of 1.
 */
class ReportingPeriodTest {

    @ParameterizedTest(name = "{0}-Q{1}, cut-off {2} = {3}..{4}")
    @CsvSource({
            // seed 000: Lạng Sơn Q2 2022
            "2022, 2, 15, 2022-03-15, 2022-06-14",
            // seed 002: Cao Bằng Q1 2023 starts in December of the year before
            "2023, 1,  5, 2022-12-05, 2023-03-04",
            "2026, 4, 15, 2026-09-15, 2026-12-14",
            "2026, 1,  1, 2026-01-01, 2026-03-31",
            "2026, 2,  1, 2026-04-01, 2026-06-30",
            "2024, 1, 28, 2023-12-28, 2024-03-27",
    })
    void aQuarterRunsFromTheCutOffOfTheMonthBefore(int year, int q, int cutoff, LocalDate from, LocalDate to) {
        ReportingPeriod quarter = ReportingPeriod.quarter(year, q, cutoff);

        assertThat(quarter).isEqualTo(new ReportingPeriod(ReportingPeriod.Kind.QUARTER, year + "-Q" + q, from, to));
    }

    @ParameterizedTest(name = "{0}, cut-off {1} = {2}..{3}")
    @CsvSource({
            "2022, 15, 2021-12-15, 2022-12-14",
            "2023,  5, 2022-12-05, 2023-12-04",
            "2024,  1, 2024-01-01, 2024-12-31",
    })
    void aYearRunsFromTheCutOffOfDecemberBefore(int year, int cutoff, LocalDate from, LocalDate to) {
        assertThat(ReportingPeriod.year(year, cutoff))
                .isEqualTo(new ReportingPeriod(ReportingPeriod.Kind.YEAR, Integer.toString(year), from, to));
    }

    @ParameterizedTest(name = "{0}, cut-off {1} is in {2}")
    @CsvSource({
            "2022-03-14, 15, 2022-Q1",
            "2022-03-15, 15, 2022-Q2",
            "2022-06-14, 15, 2022-Q2",
            "2022-06-15, 15, 2022-Q3",
            "2022-12-14, 15, 2022-Q4",
            // the year's end belongs to the next year's first quarter
            "2022-12-15, 15, 2023-Q1",
            "2022-12-31, 15, 2023-Q1",
            "2023-01-01, 15, 2023-Q1",
            "2023-01-31, 15, 2023-Q1",
            "2023-03-04,  5, 2023-Q1",
            "2023-03-05,  5, 2023-Q2",
            "2022-12-04,  5, 2022-Q4",
            "2022-12-05,  5, 2023-Q1",
            "2026-03-31,  1, 2026-Q1",
            "2026-04-01,  1, 2026-Q2",
            "2026-12-31,  1, 2026-Q4",
    })
    void quarterOfADay(LocalDate day, int cutoff, String label) {
        ReportingPeriod quarter = ReportingPeriod.quarterOf(day, cutoff);

        assertThat(quarter.label()).isEqualTo(label);
        assertThat(quarter.contains(day)).isTrue();
    }

    /** Every day of 2020-2028 lies in exactly the quarter and year quarterOf and yearOf give; quarters tile the year. */
    @ParameterizedTest(name = "cut-off {0}")
    @ValueSource(ints = {1, 5, 15, 28})
    void quartersTileTheYearsWithoutGapOrOverlap(int cutoff) {
        for (int year = 2020; year <= 2028; year++) {
            ReportingPeriod whole = ReportingPeriod.year(year, cutoff);
            assertThat(ReportingPeriod.quarter(year, 1, cutoff).from()).isEqualTo(whole.from());
            assertThat(ReportingPeriod.quarter(year, 4, cutoff).to()).isEqualTo(whole.to());
            for (int q = 1; q < 4; q++) {
                assertThat(ReportingPeriod.quarter(year, q + 1, cutoff).from())
                        .isEqualTo(ReportingPeriod.quarter(year, q, cutoff).to().plusDays(1));
            }
            assertThat(ReportingPeriod.quarter(year + 1, 1, cutoff).from()).isEqualTo(whole.to().plusDays(1));
        }
        for (LocalDate day = LocalDate.of(2020, 1, 1); day.getYear() < 2029; day = day.plusDays(1)) {
            ReportingPeriod quarter = ReportingPeriod.quarterOf(day, cutoff);
            ReportingPeriod year = ReportingPeriod.yearOf(day, cutoff);
            assertThat(quarter.contains(day)).as("%s in %s", day, quarter).isTrue();
            assertThat(year.contains(day)).as("%s in %s", day, year).isTrue();
            assertThat(quarter.label()).startsWith(year.label() + "-Q");
        }
    }

    @ParameterizedTest(name = "{0}, cut-off {1} is in {2}")
    @CsvSource({
            "2022-12-14, 15, 2022",
            "2022-12-15, 15, 2023",
            "2026-12-31,  1, 2026",
            "2027-01-01,  1, 2027",
    })
    void yearOfADay(LocalDate day, int cutoff, String label) {
        assertThat(ReportingPeriod.yearOf(day, cutoff).label()).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource({
            "2022-Q2,                2022-03-15, 2022-06-14",
            "2023,                   2022-12-15, 2023-12-14",
            "2026-03-01..2026-05-31, 2026-03-01, 2026-05-31",
            "2026-03-01..2026-03-01, 2026-03-01, 2026-03-01",
            // 366 days, both ends included: a whole leap year, or a year and a day
            "2025-01-01..2026-01-01, 2025-01-01, 2026-01-01",
            "2024-01-01..2024-12-31, 2024-01-01, 2024-12-31",
    })
    void parsesTheThreeShapes(String text, LocalDate from, LocalDate to) {
        ReportingPeriod period = ReportingPeriod.parse(text, 15);

        assertThat(period.from()).isEqualTo(from);
        assertThat(period.to()).isEqualTo(to);
        assertThat(period.label()).isEqualTo(text);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @NullSource
    @ValueSource(strings = {"", " 2026", "2026-Q5", "2026-Q0", "2026Q2", "26", "2026-q2", "2026-06",
            "2026-05-31..2026-03-01", "2026-02-30..2026-03-01", "2025-01-01..2026-01-02", "2026-01-01..",
            "２０２６", "2026-Q2 ", "2026-03-01...2026-03-02"})
    void refusesAnythingElse(String text) {
        assertThatThrownBy(() -> ReportingPeriod.parse(text, 15)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "cut-off {0} is refused")
    @ValueSource(ints = {0, 29, 31, -1})
    void theCutOffIsADayThatEveryMonthHas(int cutoff) {
        assertThatThrownBy(() -> ReportingPeriod.quarter(2026, 1, cutoff)).isInstanceOf(IllegalArgumentException.class);
    }
}
