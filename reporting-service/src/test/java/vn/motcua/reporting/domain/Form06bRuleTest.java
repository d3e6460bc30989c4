package vn.motcua.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.Channel;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.events.Timeliness;

/**
 * How one dossier counts in form II.06b of Lạng Sơn's Q2 2026 (cut-off 15: 15/03/2026 00:00 to 15/06/2026 00:00
 * Vietnam time). Columns: online (4), direct or postal (5), carried over (6), early (8), on time (9), late (10),
 * within due (12), overdue (13), stopped.
 */
class Form06bRuleTest {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final PeriodInstants Q2 = PeriodInstants.of(ReportingPeriod.quarter(2026, 2, 15), VIETNAM);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // case                                     | channel        | received         | resolved         | timeliness | withdrawn        | closed           | dues (from>due;...)                                  | counts
            "received online first day 00:00            | VNEID          | 2026-03-15T00:00 | -                | -          | -                | -                | 2026-03-15T00:00>2026-03-29T17:00                    | 1,0,0,0,0,0,0,1,0",
            "received the minute before the period      | DIRECT_CENTRE  | 2026-03-14T23:59 | -                | -          | -                | -                | 2026-03-14T23:59>2026-07-01T17:00                    | 0,0,1,0,0,0,1,0,0",
            "received last day 23:59 by post            | POSTAL         | 2026-06-14T23:59 | -                | -          | -                | -                | 2026-06-14T23:59>2026-06-28T17:00                    | 0,1,0,0,0,0,1,0,0",
            "received the day after 00:00               | POSTAL         | 2026-06-15T00:00 | -                | -          | -                | -                | 2026-06-15T00:00>2026-06-28T17:00                    | 0,0,0,0,0,0,0,0,0",
            "carried over, resolved early in the period | DIRECT_AGENCY  | 2026-03-01T09:00 | 2026-04-01T10:00 | EARLY      | -                | -                | 2026-03-01T09:00>2026-04-10T17:00                    | 0,0,1,1,0,0,0,0,0",
            "resolved at the first instant: carried     | DIRECT_AGENCY  | 2026-03-01T09:00 | 2026-03-15T00:00 | ON_TIME    | -                | -                | 2026-03-01T09:00>2026-03-20T17:00                    | 0,0,1,0,1,0,0,0,0",
            "resolved before the period: not counted    | DIRECT_AGENCY  | 2026-03-01T09:00 | 2026-03-14T23:59 | EARLY      | -                | -                | 2026-03-01T09:00>2026-03-20T17:00                    | 0,0,0,0,0,0,0,0,0",
            "received and resolved late in the period   | ONLINE_NATIONAL_PORTAL | 2026-04-01T09:00 | 2026-05-01T10:00 | LATE | -          | -                | 2026-04-01T09:00>2026-04-15T17:00                    | 1,0,0,0,0,1,0,0,0",
            "resolved after the end: in progress        | DIRECT_CENTRE  | 2026-05-01T09:00 | 2026-06-20T10:00 | LATE       | -                | -                | 2026-05-01T09:00>2026-06-10T17:00                    | 0,1,0,0,0,0,0,1,0",
            "resolved at the end instant: in progress   | DIRECT_CENTRE  | 2026-05-01T09:00 | 2026-06-15T00:00 | ON_TIME    | -                | -                | 2026-05-01T09:00>2026-06-20T17:00                    | 0,1,0,0,0,0,1,0,0",
            "due extended after the end: still overdue  | DIRECT_CENTRE  | 2026-05-01T09:00 | -                | -          | -                | -                | 2026-05-01T09:00>2026-06-10T17:00;2026-06-16T08:00>2026-07-01T17:00 | 0,1,0,0,0,0,0,1,0",
            "due extended before the end: within        | DIRECT_CENTRE  | 2026-05-01T09:00 | -                | -          | -                | -                | 2026-05-01T09:00>2026-06-10T17:00;2026-06-09T08:00>2026-07-01T17:00 | 0,1,0,0,0,0,1,0,0",
            "waiting for supplement at the end: within  | ONLINE_PROVINCIAL_PORTAL | 2026-05-01T09:00 | - | -        | -                | -                | 2026-05-01T09:00>2026-05-10T17:00;2026-05-08T08:00>- | 1,0,0,0,0,0,1,0,0",
            "supplemented after being overdue           | DIRECT_CENTRE  | 2026-05-01T09:00 | -                | -          | -                | -                | 2026-05-01T09:00>2026-05-10T17:00;2026-05-08T08:00>-;2026-05-20T08:00>2026-06-01T17:00 | 0,1,0,0,0,0,0,1,0",
            "withdrawn in the period: stopped           | DIRECT_CENTRE  | 2026-05-01T09:00 | -                | -          | 2026-05-05T10:00 | -                | 2026-05-01T09:00>2026-05-10T17:00                    | 0,1,0,0,0,0,0,0,1",
            "closed without supplement, carried over    | POSTAL         | 2026-02-01T09:00 | -                | -          | -                | 2026-04-05T10:00 | 2026-02-01T09:00>2026-02-10T17:00                    | 0,0,1,0,0,0,0,0,1",
            "withdrawn after the end: in progress       | POSTAL         | 2026-06-01T09:00 | -                | -          | 2026-06-20T10:00 | -                | 2026-06-01T09:00>2026-06-30T17:00                    | 0,1,0,0,0,0,1,0,0",
            "national single window counts online       | NATIONAL_SINGLE_WINDOW | 2026-04-01T09:00 | 2026-04-02T09:00 | EARLY | -        | -                | 2026-04-01T09:00>2026-04-10T17:00                    | 1,0,0,1,0,0,0,0,0",
            "no due history: within                     | DIRECT_CENTRE  | 2026-05-01T09:00 | -                | -          | -                | -                | -                                                    | 0,1,0,0,0,0,1,0,0",
    })
    void oneDossier(String story, Channel channel, String received, String resolved, Timeliness timeliness,
            String withdrawn, String closed, String dues, String counts) {
        DossierHistory d = new DossierHistory(null, channel, vn(received), vn(resolved), timeliness, vn(withdrawn),
                vn(closed), dues(dues));

        Form06bCounts c = Form06bRule.count(d, Q2);

        assertThat(List.of(c.receivedOnline(), c.receivedDirectOrPostal(), c.carriedOver(), c.resolvedEarly(),
                c.resolvedOnTime(), c.resolvedLate(), c.inProgressWithinDue(), c.inProgressOverdue(), c.stopped()))
                .as(story).containsExactlyElementsOf(java.util.Arrays.stream(counts.split(","))
                        .map(Long::valueOf).toList());
        // (3) = (7) + (11) + stopped
        assertThat(c.receivedTotal()).isEqualTo(c.resolvedTotal() + c.inProgressTotal() + c.stopped());
    }

    @ParameterizedTest(name = "{0}..{1} -> {2}, {3}")
    @CsvSource({
            "2026-03-15, 2026-06-14, 2026-03-14T17:00:00Z, 2026-06-14T17:00:00Z",
            "2024-02-01, 2024-02-29, 2024-01-31T17:00:00Z, 2024-02-29T17:00:00Z",
    })
    void aPeriodIsHalfOpenInVietnamTime(LocalDate from, LocalDate to, Instant start, Instant end) {
        assertThat(PeriodInstants.of(ReportingPeriod.range(from, to), VIETNAM))
                .isEqualTo(new PeriodInstants(start, end));
    }

    static Instant vn(String local) {
        return local == null ? null : LocalDateTime.parse(local).atZone(VIETNAM).toInstant();
    }

    static List<DossierHistory.Due> dues(String text) {
        List<DossierHistory.Due> dues = new ArrayList<>();
        if (text != null) {
            for (String row : text.split(";")) {
                String[] parts = row.split(">");
                dues.add(new DossierHistory.Due(vn(parts[0]), "-".equals(parts[1]) ? null : vn(parts[1])));
            }
        }
        return dues;
    }
}
