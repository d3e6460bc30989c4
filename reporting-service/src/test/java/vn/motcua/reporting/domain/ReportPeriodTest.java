package vn.motcua.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportPeriodTest {
    static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    // calendar quarters, cut at midnight in Vietnam (UTC+7), so each starts at 17:00 UTC the day before
    @ParameterizedTest(name = "{0} Q{1}: {2} .. {3}")
    @CsvSource({
            "2026, 1, 2026-01-01, 2026-03-31, 2025-12-31T17:00:00Z, 2026-03-31T17:00:00Z",
            "2026, 2, 2026-04-01, 2026-06-30, 2026-03-31T17:00:00Z, 2026-06-30T17:00:00Z",
            "2026, 3, 2026-07-01, 2026-09-30, 2026-06-30T17:00:00Z, 2026-09-30T17:00:00Z",
            "2026, 4, 2026-10-01, 2026-12-31, 2026-09-30T17:00:00Z, 2026-12-31T17:00:00Z",
            "2028, 1, 2028-01-01, 2028-03-31, 2027-12-31T17:00:00Z, 2028-03-31T17:00:00Z",
    })
    void aCalendarQuarterRunsFromItsFirstToItsLastDayInVietnamTime(int year, int quarter, LocalDate from,
            LocalDate to, Instant start, Instant end) {
        ReportPeriod p = ReportPeriod.calendarQuarter(year, quarter, VIETNAM);
        assertThat(p.from()).isEqualTo(from);
        assertThat(p.to()).isEqualTo(to);
        assertThat(p.start()).isEqualTo(start);
        assertThat(p.end()).isEqualTo(end);
        assertThat(p.contains(start)).isTrue();
        assertThat(p.contains(end.minusNanos(1))).isTrue();
        assertThat(p.contains(end)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1})
    void thereAreFourQuarters(int quarter) {
        assertThatThrownBy(() -> ReportPeriod.calendarQuarter(2026, quarter, VIETNAM))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "Q4 2026 as of {0} ends {1}")
    @CsvSource({
            // the quarter is running: it ends now, so a dossier due next week is not yet overdue
            "2026-11-23T03:00:00Z, 2026-11-23T03:00:00Z",
            // the quarter is over: its end is its end
            "2027-02-01T00:00:00Z, 2026-12-31T17:00:00Z",
            // asked before it began: empty, never negative
            "2026-01-01T00:00:00Z, 2026-09-30T17:00:00Z",
    })
    void aReportOfTheRunningQuarterIsCutAtNow(Instant now, Instant end) {
        assertThat(ReportPeriod.calendarQuarter(2026, 4, VIETNAM).asOf(now).end()).isEqualTo(end);
    }

    @org.junit.jupiter.api.Test
    void aPendingDossierDueAfterTodayIsWithinItsDeadlineInTheRunningQuarter() {
        ReportPeriod running = ReportPeriod.calendarQuarter(2026, 4, VIETNAM).asOf(Instant.parse("2026-11-23T03:00:00Z"));
        var pending = new DossierResults.Dossier(vn.motcua.events.Channel.DIRECT_CENTRE,
                Instant.parse("2026-11-20T03:00:00Z"), Instant.parse("2026-12-04T10:00:00Z"), null, null);

        assertThat(DossierResults.count(running, java.util.stream.Stream.of(pending)).pending().withinDeadline())
                .isEqualTo(1);
    }
}
