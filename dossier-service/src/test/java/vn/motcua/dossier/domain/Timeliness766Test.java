package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.domain.TestCalendars.VN;
import static vn.motcua.dossier.domain.TestCalendars.Y2025_2026;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.Timeliness;
import vn.motcua.events.Timeliness766;
import vn.motcua.events.Timeliness766.Supplement;
import vn.motcua.events.TimelinessRule;

/**
 * Decision 766/QĐ-TTg indicator 2.1 (domain.md §6): supplement time subtracted, more than one request late, the
 * original appointed date. The dossier of every row: 10 working days, accepted Mon 02/03/2026 10:00, so the
 * receipt's date is Mon 16/03/2026 (Tue 03 (1), Wed 04, Thu 05, Fri 06, Mon 09 (5), Tue 10 .. Fri 13 (9), Mon 16
 * (10)). Times local (Asia/Ho_Chi_Minh).
 */
class Timeliness766Test {
    static final LocalDateTime ACCEPTED = LocalDateTime.parse("2026-03-02T10:00");
    static final LocalDateTime ORIGINAL_DUE = LocalDateTime.parse("2026-03-16T17:00");

    @ParameterizedTest(name = "resolved {0}, supplements {1}-{2}, {3}-{4}: {5}")
    @CsvSource(textBlock = """
            # no supplement: early before Mon 16/03, on time on it, late after it
            2026-03-13T10:00, , , , , EARLY
            2026-03-16T15:00, , , , , ON_TIME
            2026-03-17T09:00, , , , , LATE
            # one supplement Wed 04/03 10:00 -> Mon 09/03 10:00: 5 days (120 h) subtracted.
            # The law restarts 10 working days on Mon 09/03: Tue 10 (1) .. Fri 13 (4), Mon 16 .. Fri 20 (9),
            # Mon 23/03 (10): legally due Mon 23/03.
            # resolved Mon 23/03 10:00: legally ON_TIME; 766: 23/03 10:00 - 5 d = Wed 18/03 10:00, after 16/03: LATE
            2026-03-23T10:00, 2026-03-04T10:00, 2026-03-09T10:00, , , LATE
            # resolved Fri 20/03 10:00: legally EARLY; 766: Sun 15/03 10:00, before 16/03: EARLY
            2026-03-20T10:00, 2026-03-04T10:00, 2026-03-09T10:00, , , EARLY
            # resolved Sat 21/03 10:00: legally EARLY; 766: Mon 16/03 10:00, the appointed day: ON_TIME
            2026-03-21T10:00, 2026-03-04T10:00, 2026-03-09T10:00, , , ON_TIME
            # a supplement of 26 hours (Wed 04/03 10:00 -> Thu 05/03 12:00): resolved Tue 17/03 11:00 counts as
            # Mon 16/03 09:00: ON_TIME; resolved Wed 18/03 11:00 counts as Tue 17/03 09:00: LATE
            2026-03-17T11:00, 2026-03-04T10:00, 2026-03-05T12:00, , , ON_TIME
            2026-03-18T11:00, 2026-03-04T10:00, 2026-03-05T12:00, , , LATE
            # two requests (Wed 04/03 -> Thu 05/03, Mon 09/03 -> Tue 10/03): LATE even when resolved early
            2026-03-12T10:00, 2026-03-04T10:00, 2026-03-05T10:00, 2026-03-09T10:00, 2026-03-10T10:00, LATE
            """)
    void supplementTimeIsSubtractedAndASecondRequestIsLate(LocalDateTime resolved, LocalDateTime requested1,
            LocalDateTime completed1, LocalDateTime requested2, LocalDateTime completed2, Timeliness expected) {
        List<Supplement> supplements = new ArrayList<>();
        if (requested1 != null) {
            supplements.add(new Supplement(at(requested1), at(completed1)));
        }
        if (requested2 != null) {
            supplements.add(new Supplement(at(requested2), at(completed2)));
        }
        assertThat(Timeliness766.classify(at(ACCEPTED), at(ORIGINAL_DUE), supplements, at(resolved), VN))
                .isEqualTo(expected);
    }

    @Test
    void theLegalRestartMakesOnTimeWhatTheIndexCountsLate() {
        // the legal view of the row above: restart on Mon 09/03 10:00 -> due Mon 23/03 17:00, resolved that morning
        Instant legalDue = DeadlineClock.startAt(at(ACCEPTED), 10).restartAt(at(LocalDateTime.parse("2026-03-09T10:00")))
                .dueAt(Y2025_2026);
        assertThat(legalDue).isEqualTo(at(LocalDateTime.parse("2026-03-23T17:00")));
        assertThat(TimelinessRule.classify(at(LocalDateTime.parse("2026-03-23T10:00")), legalDue, VN))
                .isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness766.classify(at(ACCEPTED), at(ORIGINAL_DUE), List.of(new Supplement(
                at(LocalDateTime.parse("2026-03-04T10:00")), at(LocalDateTime.parse("2026-03-09T10:00")))),
                at(LocalDateTime.parse("2026-03-23T10:00")), VN)).isEqualTo(Timeliness.LATE);
    }

    @Test
    void anApologysNewDateDoesNotMakeALateDossierOnTimeInTheIndex() {
        // apology: new date Fri 20/03; resolved Thu 19/03 without supplement: legally EARLY against the new date,
        // LATE against the receipt's Mon 16/03
        Instant resolved = at(LocalDateTime.parse("2026-03-19T10:00"));
        assertThat(TimelinessRule.classify(resolved, at(LocalDateTime.parse("2026-03-20T17:00")), VN))
                .isEqualTo(Timeliness.EARLY);
        assertThat(Timeliness766.classify(at(ACCEPTED), at(ORIGINAL_DUE), List.of(), resolved, VN))
                .isEqualTo(Timeliness.LATE);
    }

    @Test
    void aSupplementOutsideTheHandlingTimeOrBackwardsIsRejected() {
        // a supplement at reception (before acceptance) is not one of appraisal
        assertThatThrownBy(() -> Timeliness766.classify(at(ACCEPTED), at(ORIGINAL_DUE),
                List.of(new Supplement(at(LocalDateTime.parse("2026-03-01T10:00")),
                        at(LocalDateTime.parse("2026-03-03T10:00")))),
                at(LocalDateTime.parse("2026-03-13T10:00")), VN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Supplement(at(LocalDateTime.parse("2026-03-05T10:00")),
                at(LocalDateTime.parse("2026-03-04T10:00")))).isInstanceOf(IllegalArgumentException.class);
    }

    static Instant at(LocalDateTime local) {
        return local.atZone(VN).toInstant();
    }
}
