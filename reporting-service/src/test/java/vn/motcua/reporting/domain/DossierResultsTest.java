package vn.motcua.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.Channel;
import vn.motcua.events.Timeliness;
import vn.motcua.reporting.domain.DossierResults.Column;
import vn.motcua.reporting.domain.DossierResults.Dossier;

/** Form II.06b (Circular 01/2020/TT-VPCP) for Q4 2026: 1 Oct 00:00 to 1 Jan 00:00, Vietnam time. */
class DossierResultsTest {
    static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
    static final ReportPeriod Q4 = ReportPeriod.calendarQuarter(2026, 4, VIETNAM);

    // times are Vietnam local; an empty resolved time means still open
    @ParameterizedTest(name = "[{index}] {6}")
    @CsvSource(delimiter = '|', textBlock = """
        ONLINE_PROVINCIAL_PORTAL | 2026-10-05T09:00 | 2027-01-10T17:00 |                  |         | RECEIVED_ONLINE PENDING_WITHIN_DEADLINE | open online dossier, due after the quarter
        ONLINE_NATIONAL_PORTAL   | 2026-10-05T09:00 | 2026-10-20T17:00 | 2026-10-15T10:00 | EARLY   | RECEIVED_ONLINE RESOLVED_EARLY          | national portal counts as online; trước hạn
        DIRECT_CENTRE            | 2026-11-02T08:00 | 2026-11-16T17:00 | 2026-11-16T16:00 | ON_TIME | RECEIVED_DIRECT RESOLVED_ON_TIME        | at the centre's desk; đúng hạn
        DIRECT_AGENCY            | 2026-11-02T08:00 | 2026-11-16T17:00 | 2026-11-20T09:00 | LATE    | RECEIVED_DIRECT RESOLVED_LATE           | at the agency; quá hạn
        POSTAL                   | 2026-12-01T10:00 | 2026-12-15T17:00 |                  |         | RECEIVED_POSTAL PENDING_OVERDUE         | by post, open and past its date at the end
        DIRECT_CENTRE            | 2026-09-20T09:00 | 2026-10-10T17:00 | 2026-10-08T11:00 | EARLY   | RESOLVED_EARLY                          | carried over from Q3, resolved in Q4
        DIRECT_CENTRE            | 2026-09-20T09:00 | 2026-10-10T17:00 |                  |         | PENDING_OVERDUE                         | carried over from Q3, still open
        DIRECT_CENTRE            | 2026-08-01T09:00 | 2026-08-15T17:00 | 2026-08-10T11:00 | EARLY   |                                         | received and resolved in Q3
        ONLINE_PROVINCIAL_PORTAL | 2026-12-20T09:00 | 2027-01-05T17:00 | 2027-01-04T09:00 | EARLY   | RECEIVED_ONLINE PENDING_WITHIN_DEADLINE | resolved after the quarter: open at its end
        ONLINE_PROVINCIAL_PORTAL | 2026-10-01T00:00 | 2026-10-15T17:00 | 2026-10-14T09:00 | EARLY   | RECEIVED_ONLINE RESOLVED_EARLY          | received at the first instant of the quarter
        ONLINE_PROVINCIAL_PORTAL | 2026-09-30T23:59 | 2026-10-15T17:00 | 2026-10-14T09:00 | EARLY   | RESOLVED_EARLY                          | received a minute before: Q3
        ONLINE_PROVINCIAL_PORTAL | 2027-01-01T00:00 | 2027-01-15T17:00 |                  |         |                                         | received at the quarter's end: Q1 2027
        DIRECT_CENTRE            | 2026-12-10T09:00 | 2026-12-24T17:00 | 2027-01-01T00:00 | LATE    | RECEIVED_DIRECT PENDING_OVERDUE         | resolved at the end instant: not by the end
        DIRECT_CENTRE            | 2026-12-10T09:00 | 2027-01-01T00:00 |                  |         | RECEIVED_DIRECT PENDING_WITHIN_DEADLINE | due exactly at the end: not yet overdue
        DIRECT_CENTRE            | 2026-12-17T09:00 | 2026-12-31T17:00 |                  |         | RECEIVED_DIRECT PENDING_OVERDUE         | due on the last afternoon, still open
        """)
    void eachDossierCountsInTheColumnsOfFormII06b(Channel channel, LocalDateTime received, LocalDateTime due,
            LocalDateTime resolved, Timeliness timeliness, String columns, String why) {
        Dossier d = new Dossier(channel, vn(received), vn(due), vn(resolved), timeliness);
        assertThat(DossierResults.columns(Q4, d)).as(why).isEqualTo(parse(columns));
    }

    @Test
    void totalsAreTheSumsOfTheirColumns() {
        Dossier early = new Dossier(Channel.POSTAL, vn(LocalDateTime.parse("2026-10-05T09:00")),
                vn(LocalDateTime.parse("2026-10-20T17:00")), vn(LocalDateTime.parse("2026-10-15T10:00")),
                Timeliness.EARLY);
        Dossier open = new Dossier(Channel.DIRECT_CENTRE, vn(LocalDateTime.parse("2026-09-05T09:00")),
                vn(LocalDateTime.parse("2026-09-20T17:00")), null, null);

        DossierResults r = DossierResults.count(Q4, Stream.of(early, early, open));

        assertThat(r.received()).isEqualTo(new DossierResults.Received(0, 0, 2));
        assertThat(r.received().total()).isEqualTo(2);
        assertThat(r.resolved()).isEqualTo(new DossierResults.Resolved(2, 0, 0));
        assertThat(r.pending()).isEqualTo(new DossierResults.Pending(0, 1));
        assertThat(r.pending().total()).isEqualTo(1);
    }

    private static Instant vn(LocalDateTime local) {
        return local == null ? null : local.atZone(VIETNAM).toInstant();
    }

    private static Set<Column> parse(String columns) {
        if (columns == null) {
            return EnumSet.noneOf(Column.class);
        }
        return Arrays.stream(columns.trim().split("\\s+")).map(Column::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Column.class)));
    }
}
