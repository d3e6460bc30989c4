package vn.motcua.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.ToIntFunction;
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
            "2026-05,                2026-04-15, 2026-05-14",
            "2026-H2,                2026-06-15, 2026-12-14",
            "2026-03-01..2026-05-31, 2026-03-01, 2026-05-31",
            "2026-03-01..2026-03-01, 2026-03-01, 2026-03-01",
            // 366 days, both ends included: a whole leap year, or a year and a day
            "2025-01-01..2026-01-01, 2025-01-01, 2026-01-01",
            "2024-01-01..2024-12-31, 2024-01-01, 2024-12-31",
    })
    void parsesTheShapes(String text, LocalDate from, LocalDate to) {
        ReportingPeriod period = ReportingPeriod.parse(text, 15);

        assertThat(period.from()).isEqualTo(from);
        assertThat(period.to()).isEqualTo(to);
        assertThat(period.label()).isEqualTo(text);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @NullSource
    @ValueSource(strings = {"", " 2026", "2026-Q5", "2026-Q0", "2026Q2", "26", "2026-q2", "2026-13", "2026-00", "2026-6", "2026-H3", "2026-H0",
            "2026-05-31..2026-03-01", "2026-02-30..2026-03-01", "2025-01-01..2026-01-02", "2026-01-01..",
            "２０２６", "2026-Q2 ", "2026-03-01...2026-03-02"})
    void refusesAnythingElse(String text) {
        assertThatThrownBy(() -> ReportingPeriod.parse(text, 15)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}-{1}, cut-off {2} = {3}..{4}")
    @CsvSource({
            "2026,  5, 15, 2026-04-15, 2026-05-14",
            "2026,  1, 15, 2025-12-15, 2026-01-14",
            "2026, 12, 15, 2026-11-15, 2026-12-14",
            "2026,  5,  1, 2026-05-01, 2026-05-31",
            // leap years: February of 2024 has 29 days, of 2026 28
            "2024,  2,  1, 2024-02-01, 2024-02-29",
            "2026,  2,  1, 2026-02-01, 2026-02-28",
            "2024,  3, 28, 2024-02-28, 2024-03-27",
            "2023,  3,  5, 2023-02-05, 2023-03-04",
    })
    void aMonthRunsFromTheCutOffOfTheMonthBefore(int year, int month, int cutoff, LocalDate from, LocalDate to) {
        assertThat(ReportingPeriod.month(year, month, cutoff)).isEqualTo(new ReportingPeriod(
                ReportingPeriod.Kind.MONTH, "%d-%02d".formatted(year, month), from, to));
    }

    @ParameterizedTest(name = "{0}-H{1}, cut-off {2} = {3}..{4}")
    @CsvSource({
            "2026, 1, 15, 2025-12-15, 2026-06-14",
            "2026, 2, 15, 2026-06-15, 2026-12-14",
            "2023, 1,  5, 2022-12-05, 2023-06-04",
            "2024, 1,  1, 2024-01-01, 2024-06-30",
            "2024, 2,  1, 2024-07-01, 2024-12-31",
    })
    void aHalfYearRunsFromTheCutOffOfDecemberOrJune(int year, int h, int cutoff, LocalDate from, LocalDate to) {
        assertThat(ReportingPeriod.halfYear(year, h, cutoff))
                .isEqualTo(new ReportingPeriod(ReportingPeriod.Kind.HALF_YEAR, year + "-H" + h, from, to));
    }

    @ParameterizedTest(name = "{0}, cut-off {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "2022-Q2                | 15 | Quý II năm 2022 (từ ngày 15/03/2022 đến ngày 14/06/2022)",
            "2023-Q1                |  5 | Quý I năm 2023 (từ ngày 05/12/2022 đến ngày 04/03/2023)",
            "2026-Q4                | 15 | Quý IV năm 2026 (từ ngày 15/09/2026 đến ngày 14/12/2026)",
            "2026-05                | 15 | Tháng 5 năm 2026 (từ ngày 15/04/2026 đến ngày 14/05/2026)",
            "2026-H1                | 15 | 6 tháng đầu năm 2026 (từ ngày 15/12/2025 đến ngày 14/06/2026)",
            "2026-H2                |  1 | 6 tháng cuối năm 2026 (từ ngày 01/07/2026 đến ngày 31/12/2026)",
            "2026                   | 15 | Năm 2026 (từ ngày 15/12/2025 đến ngày 14/12/2026)",
            "2026-03-01..2026-05-31 | 15 | Từ ngày 01/03/2026 đến ngày 31/05/2026",
    })
    void theTextOfficialsWrite(String label, int cutoff, String text) {
        assertThat(ReportingPeriod.parse(label, cutoff).text()).isEqualTo(text);
    }

    /** Cao Bằng moved from the 15th to the 5th on 2023-01-01 (a made-up history): each label takes its anchor's. */
    static final ToIntFunction<LocalDate> FIFTEEN_THEN_FIVE = day -> day.isBefore(LocalDate.of(2023, 1, 1)) ? 15 : 5;

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource({
            // anchored on 2022-10-01: the 15th still in force
            "2022-Q4, 2022-09-15, 2022-12-14",
            "2022-12, 2022-11-15, 2022-12-14",
            "2022-H2, 2022-06-15, 2022-12-14",
            // anchored on 2023-01-01: the 5th, though the period begins in December 2022
            "2023-Q1, 2022-12-05, 2023-03-04",
            "2023-01, 2022-12-05, 2023-01-04",
            "2023,    2022-12-05, 2023-12-04",
            "2022,    2021-12-15, 2022-12-14",
    })
    void aLabelIsCutWithTheCutOffInForceOnItsAnchor(String label, LocalDate from, LocalDate to) {
        ReportingPeriod period = ReportingPeriod.parse(label, FIFTEEN_THEN_FIVE);

        assertThat(period.from()).isEqualTo(from);
        assertThat(period.to()).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} {1} is in {2}")
    @CsvSource({
            "MONTH,     2026-05-14, 2026-05",
            "MONTH,     2026-05-15, 2026-06",
            "MONTH,     2026-12-15, 2027-01",
            "HALF_YEAR, 2026-06-14, 2026-H1",
            "HALF_YEAR, 2026-06-15, 2026-H2",
            "HALF_YEAR, 2025-12-15, 2026-H1",
            "QUARTER,   2026-06-15, 2026-Q3",
            "YEAR,      2026-12-15, 2027",
            // the move from the 15th to the 5th puts 5-14/12/2022 in 2022-12 and 2023-01: its calendar month's
            "MONTH,     2022-12-10, 2022-12",
    })
    void thePeriodOfADay(ReportingPeriod.Kind kind, LocalDate day, String label) {
        ToIntFunction<LocalDate> cutoffs = day.getYear() == 2022 ? FIFTEEN_THEN_FIVE : d -> 15;

        assertThat(ReportingPeriod.containing(kind, day, cutoffs).label()).isEqualTo(label);
    }

    @org.junit.jupiter.api.Test
    void theDaysAMoveToALaterCutOffLeavesToNoLabelGoToTheNextOne() {
        // the 5th until 2023, then the 15th: 2022-12 ends on 4/12, 2023-01 starts on 15/12
        ToIntFunction<LocalDate> fiveThenFifteen = day -> day.isBefore(LocalDate.of(2023, 1, 1)) ? 5 : 15;

        assertThat(ReportingPeriod.containing(ReportingPeriod.Kind.MONTH, LocalDate.of(2022, 12, 10), fiveThenFifteen)
                .label()).isEqualTo("2023-01");
    }

    @ParameterizedTest(name = "{0} minus {1} = {2}")
    @CsvSource({
            "2026-Q2, 1, 2026-Q1",
            "2026-Q1, 1, 2025-Q4",
            "2026-01, 13, 2024-12",
            "2026-H1, 1, 2025-H2",
            "2026,    2, 2024",
    })
    void periodsBefore(String label, int steps, String before) {
        assertThat(ReportingPeriod.parse(label, 15).minus(steps, d -> 15).label()).isEqualTo(before);
    }

    @ParameterizedTest(name = "cut-off {0}")
    @ValueSource(ints = {1, 5, 15, 28})
    void monthsAndHalvesTileTheYears(int cutoff) {
        for (int year = 2020; year <= 2028; year++) {
            for (int m = 1; m < 12; m++) {
                assertThat(ReportingPeriod.month(year, m + 1, cutoff).from())
                        .isEqualTo(ReportingPeriod.month(year, m, cutoff).to().plusDays(1));
            }
            assertThat(ReportingPeriod.halfYear(year, 1, cutoff).from()).isEqualTo(ReportingPeriod.year(year, cutoff)
                    .from());
            assertThat(ReportingPeriod.halfYear(year, 2, cutoff).from())
                    .isEqualTo(ReportingPeriod.halfYear(year, 1, cutoff).to().plusDays(1));
            assertThat(ReportingPeriod.halfYear(year, 2, cutoff).to()).isEqualTo(ReportingPeriod.month(year, 12, cutoff)
                    .to());
        }
    }

    @ParameterizedTest(name = "cut-off {0} is refused")
    @ValueSource(ints = {0, 29, 31, -1})
    void theCutOffIsADayThatEveryMonthHas(int cutoff) {
        assertThatThrownBy(() -> ReportingPeriod.quarter(2026, 1, cutoff)).isInstanceOf(IllegalArgumentException.class);
    }
}
