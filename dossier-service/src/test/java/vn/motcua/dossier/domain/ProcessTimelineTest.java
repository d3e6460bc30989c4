package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.domain.TestCalendars.VN;
import static vn.motcua.dossier.domain.TestCalendars.WEEKDAYS;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stages of a dossier's internal process read from its log, each unit's time against its share (Circular
 * 01/2018 Art. 13 indicator 2) and each agency's apart (liên thông, Decree 118/2025 Art. 20). Weekdays,
 * 07:30-11:30 and 13:30-17:00 (7.5 working hours a day).
 */
class ProcessTimelineTest {
    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(VN).toInstant();
    }

    static LoggedAction handOver(int seq, String at, int step, String agency, String unit, String officer,
            String due) {
        return new LoggedAction(seq, DossierAction.HAND_OVER, "x", at(at), null, null,
                new ActionFacts.HandOver(step, agency, unit, officer, due == null ? null : at(due)));
    }

    @Test
    void anAssignmentNamesTheOfficerOfTheRunningStepAndAnInterAgencyStepCountsForItsAgency() {
        List<LoggedAction> log = List.of(
                new LoggedAction(1, DossierAction.RECEIVE, "desk", at("2026-03-03T10:00"), null, null),
                handOver(2, "2026-03-03T14:00", 1, "SKHCN", "QLKH", null, "2026-03-04T17:00"),
                handOver(3, "2026-03-03T15:00", 1, "SKHCN", "QLKH", "an", "2026-03-04T17:00"),
                handOver(4, "2026-03-05T09:00", 2, "CCTDC", "QLTDC", null, "2026-03-06T17:00"));
        ProcessTimeline.Timeline t = ProcessTimeline.of(log, "SKHCN", WEEKDAYS, at("2026-03-06T10:00"));

        assertThat(t.stages()).extracting(ProcessTimeline.Stage::number).containsExactly(0, 1, 2);
        assertThat(t.stages().get(1).officer()).isEqualTo("an");
        assertThat(t.stages().get(1).since()).isEqualTo(at("2026-03-03T14:00"));
        // step 1: 03/03 14:00-17:00 (180) + 04/03 (450) + 05/03 07:30-09:00 (90); ended after its 04/03 due
        assertThat(t.stages().get(1).workingMinutes()).isEqualTo(720);
        assertThat(t.stages().get(1).withinShare()).isFalse();
        // step 2 runs: 05/03 09:00-17:00 (360) + 06/03 07:30-10:00 (150), not yet past its due: no verdict yet
        assertThat(t.stages().get(2).until()).isNull();
        assertThat(t.stages().get(2).workingMinutes()).isEqualTo(510);
        assertThat(t.stages().get(2).withinShare()).isNull();
        // the desk (10:00-11:30, 13:30-14:00) is the one-stop's, not an agency's
        assertThat(t.stages().get(0).workingMinutes()).isEqualTo(120);
        assertThat(t.agencies()).containsExactly(new ProcessTimeline.AgencyTime("SKHCN", 720),
                new ProcessTimeline.AgencyTime("CCTDC", 510));
    }

    @Test
    void aRunningStepPastItsDueIsAlreadyOutsideItsShare() {
        List<LoggedAction> log = List.of(
                new LoggedAction(1, DossierAction.RECEIVE, "desk", at("2026-03-03T16:00"), null, null),
                handOver(2, "2026-03-04T09:00", 1, "SKHCN", "QLKH", null, "2026-03-04T17:00"));
        ProcessTimeline.Timeline t = ProcessTimeline.of(log, "SKHCN", WEEKDAYS, at("2026-03-05T08:00"));
        // received after 15:00: the desk had until the next morning shift's end, and handed over at 09:00
        assertThat(t.stages().get(0).dueAt()).isEqualTo(at("2026-03-04T11:30"));
        assertThat(t.stages().get(0).withinShare()).isTrue();
        assertThat(t.stages().get(1).withinShare()).isFalse();
    }
}
