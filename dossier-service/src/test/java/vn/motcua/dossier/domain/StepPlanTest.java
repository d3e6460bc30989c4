package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.domain.TestCalendars.VN;
import static vn.motcua.dossier.domain.TestCalendars.Y2025_2026;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.ProcedureTerms.ProcessStep;
import vn.motcua.events.ProcedureTerms.TimeLimit;
import vn.motcua.events.ProcedureTerms.TimeUnit;

/**
 * Each unit's share of the time limit (Circular 01/2018 Art. 13 indicator 2; Decree 118/2025 Art. 19 cl. 1) and
 * the desk's transfer (Decree 118/2025 Art. 18 cl. 2).
 */
class StepPlanTest {
    @ParameterizedTest(name = "{0} units at {1} %: steps of {2}")
    @CsvSource(delimiter = ';', textBlock = """
            # the shares divide evenly: 10 days at 30/50/20 % -> 3, 5, 2
            10; 30 50 20;    3 5 2
            # 7 days: cumulative 2.1, 5.6, 7 -> 2, 6, 7: steps of 2, 4, 1 (the rounding of one step never adds up)
            7;  30 50 20;    2 4 1
            # exactly half a unit rounds up: 5 days at 50/50 -> 2.5 -> 3, then 2
            5;  50 50;       3 2
            # a short limit: 2 days at 30/50/20 -> 0.6, 1.6, 2 -> 1, 2, 2: the last step gets nothing left
            2;  30 50 20;    1 1 0
            # 3 days over four equal steps: 0.75, 1.5, 2.25, 3 -> 1, 2, 2, 3
            3;  25 25 25 25; 1 1 0 1
            # one step holds the whole limit
            15; 100;         15
            # on-the-spot (0 days): every step ends with the day of reception
            0;  60 40;       0 0
            """)
    void sharesOfTheTimeLimitAreRoundedOnTheirCumulativeSum(int limit, String shares, String expectedSteps) {
        List<Integer> boundaries = StepPlan.cumulativeUnits(limit, ints(shares));
        List<Integer> steps = new java.util.ArrayList<>();
        int before = 0;
        for (int b : boundaries) {
            steps.add(b - before);
            before = b;
        }
        assertThat(steps).isEqualTo(ints(expectedSteps));
        assertThat(boundaries.getLast()).isEqualTo(limit);
    }

    @ParameterizedTest(name = "{0} from {1}: step {3} ends {4}")
    @CsvSource(delimiter = ';', textBlock = """
            # accepted Tue 03/03/2026 10:00, 10 working days at 30/50/20 %: day 1 is Wed 04/03 (Civil Code Art. 147
            # cl. 2); 3 days -> Fri 06/03, 8 -> Fri 13/03, 10 -> Tue 17/03, each at the office's close (17:00)
            WORKING_DAYS;  10; 2026-03-03T10:00; 30 50 20; 1; 2026-03-06T17:00
            WORKING_DAYS;  10; 2026-03-03T10:00; 30 50 20; 2; 2026-03-13T17:00
            WORKING_DAYS;  10; 2026-03-03T10:00; 30 50 20; 3; 2026-03-17T17:00
            # restarted after a complete supplement Thu 12/02/2026, 5 days at 40/60 % over Tết (14-22/02 off):
            # 2 days -> 13/02, 23/02; 5 days -> 26/02 (the appointed date itself)
            WORKING_DAYS;  5;  2026-02-12T10:00; 40 60;    1; 2026-02-23T17:00
            WORKING_DAYS;  5;  2026-02-12T10:00; 40 60;    2; 2026-02-26T17:00
            # 16 working hours at 25/75 % from Tue 03/03 10:00 (days of 7.5 h: 07:30-11:30, 13:30-17:00): 4 h ->
            # 10:00-11:30 and 13:30-16:00; 16 h -> 5 h on Tuesday, 7.5 on Wednesday, 3.5 on Thursday -> 11:00
            WORKING_HOURS; 16; 2026-03-03T10:00; 25 75;    1; 2026-03-03T16:00
            WORKING_HOURS; 16; 2026-03-03T10:00; 25 75;    2; 2026-03-05T11:00
            """)
    void eachStepEndsWhenItsCumulativeShareOfTheLimitHasPassed(TimeUnit unit, int value, LocalDateTime start,
            String shares, int step, LocalDateTime dueAt) {
        List<ProcessStep> steps = ints(shares).stream().map(s -> new ProcessStep("P" + s, "chuyên viên", s)).toList();
        List<StepPlan.PlannedStep> plan = StepPlan.plan(steps, new TimeLimit(value, unit), start.atZone(VN)
                .toInstant(), Y2025_2026);
        assertThat(plan.get(step - 1).number()).isEqualTo(step);
        assertThat(plan.get(step - 1).dueAt()).isEqualTo(dueAt.atZone(VN).toInstant());
    }

    @ParameterizedTest(name = "received at the desk {0}: leaves it by {1}")
    @CsvSource(textBlock = """
            # by 15:00: the same working day, until the office closes
            2026-03-03T14:59, 2026-03-03T17:00
            2026-03-03T15:00, 2026-03-03T17:00
            # after 15:00: "vào đầu giờ ngày làm việc tiếp theo", the next working day's morning shift
            2026-03-03T15:01, 2026-03-04T11:30
            # Friday after 15:00 -> Monday morning
            2026-03-06T16:00, 2026-03-09T11:30
            # the last day before Tết 2026 after 15:00 -> Mon 23/02 morning
            2026-02-13T15:30, 2026-02-23T11:30
            # the swapped working Saturday 10/01/2026 before 15:00: that Saturday
            2026-01-10T09:00, 2026-01-10T17:00
            """)
    void theDeskHandsOverTheSameWorkingDayOrTheNextMorningAfterTheCutOff(LocalDateTime received,
            LocalDateTime due) {
        Instant at = received.atZone(VN).toInstant();
        assertThat(StepPlan.deskDueAt(at, Y2025_2026)).isEqualTo(due.atZone(VN).toInstant());
    }

    @org.junit.jupiter.api.Test
    void sharesThatDoNotAddUpToAHundredAreRefused() {
        assertThatThrownBy(() -> StepPlan.cumulativeUnits(10, List.of(30, 50)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("80 %");
    }

    private static List<Integer> ints(String spaced) {
        return Arrays.stream(spaced.trim().split("\\s+")).map(Integer::valueOf).toList();
    }
}
