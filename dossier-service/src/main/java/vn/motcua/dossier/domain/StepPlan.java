package vn.motcua.dossier.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.motcua.events.ProcedureTerms.ProcessStep;
import vn.motcua.events.ProcedureTerms.TimeLimit;

/**
 * When each step of a dossier's internal process (quy trình nội bộ) must end: every unit, co-operating agencies
 * included, has its share of the time limit, and is judged against it (Circular 01/2018/TT-VPCP Art. 13,
 * indicator 2: "thời gian thực hiện của từng cơ quan, đơn vị ... so với thời gian quy định"; the internal and
 * inter-connected process that divides the time: Decree 118/2025 Art. 19 cl. 1; the transfer from the desk:
 * Art. 18 cl. 2).
 *
 * <p>Counting. The shares are cumulative from the start of the running time limit (acceptance, or the restart
 * after a complete supplement, Art. 19 cl. 5): step {@code k} ends when {@code s1 + ... + sk} % of the limit has
 * passed, counted as the limit itself is counted ({@link BusinessCalendar#plus} for working days, the Civil Code
 * way; {@link WorkingTime#after} for working hours), so the last step ends exactly at the appointed date.
 *
 * <p>Rounding. A boundary falls on whole units of the limit (days or hours: a limit in days is counted in days,
 * never in fractions of one): {@code round-half-up(limit × cumulative share / 100)}. Rounding the cumulative
 * share, not each step's, keeps the sum equal to the limit: 10 days at 30/50/20 % → boundaries 3, 8, 10 (steps
 * of 3, 5 and 2 days); 7 days → 2.1, 5.6, 7 → 2, 6, 7 (steps of 2, 4 and 1). A step may get 0 units when the
 * limit is short (2 days at 30/50/20 % → 1, 2, 2): it then ends with the step before it, as its share is less than
 * half a unit.
 *
 * <p>The desk's own step (tiếp nhận) is not one of the version's steps and has no share: the dossier must leave
 * the desk the same working day, or at the start of the next ("vào đầu giờ ngày làm việc tiếp theo") when it was
 * received after the cut-off ({@link DeskTransfer}). The start of a day is read as its morning shift: a due
 * instant at the opening minute would make every transfer late.
 */
public final class StepPlan {
    private StepPlan() {
    }

    /** A step with its share in units of the limit (days or hours) and the instant it must end. */
    public record PlannedStep(int number, String unitCode, String role, int sharePercent, int units,
            Instant dueAt) {
    }

    /**
     * The due instant of each step, numbered from 1 in the version's order.
     *
     * @param start acceptance, or the restart after a complete supplement
     */
    public static List<PlannedStep> plan(List<ProcessStep> steps, TimeLimit limit, Instant start,
            WorkingCalendar calendar) {
        Objects.requireNonNull(limit, "limit");
        List<Integer> boundaries = cumulativeUnits(limit.value(), steps.stream().map(ProcessStep::sharePercent)
                .toList());
        List<PlannedStep> planned = new ArrayList<>(steps.size());
        int before = 0;
        for (int i = 0; i < steps.size(); i++) {
            ProcessStep step = steps.get(i);
            int boundary = boundaries.get(i);
            Instant due = switch (limit.unit()) {
                case WORKING_DAYS -> BusinessCalendar.plus(start, boundary, calendar);
                case WORKING_HOURS -> WorkingTime.after(start, Duration.ofHours(boundary), calendar);
            };
            planned.add(new PlannedStep(i + 1, step.unitCode(), step.role(), step.sharePercent(), boundary - before,
                    due));
            before = boundary;
        }
        return planned;
    }

    /**
     * Where each step ends, in whole units from the start: {@code round-half-up(limit × cumulative % / 100)}, the
     * last one at the limit itself (shares add up to 100: the catalogue's ProcessStepsRule).
     */
    public static List<Integer> cumulativeUnits(int limit, List<Integer> sharePercents) {
        int total = sharePercents.stream().mapToInt(Integer::intValue).sum();
        if (!sharePercents.isEmpty() && total != 100) {
            throw new IllegalArgumentException("step shares add up to " + total + " %, not 100 %");
        }
        List<Integer> boundaries = new ArrayList<>(sharePercents.size());
        int cumulative = 0;
        for (int share : sharePercents) {
            if (share < 0) {
                throw new IllegalArgumentException("a step's share cannot be negative: " + share);
            }
            cumulative += share;
            // integer half-up: (limit × cum + 50) / 100
            boundaries.add((limit * cumulative + 50) / 100);
        }
        return boundaries;
    }

    /**
     * When the dossier must have left the desk: the close of the day of reception when it came by the cut-off,
     * else the end of the next working day's morning shift.
     */
    public static Instant deskDueAt(Instant receivedAt, WorkingCalendar calendar) {
        LocalDate day = DeskTransfer.transferDay(receivedAt, calendar);
        boolean sameDay = day.equals(receivedAt.atZone(calendar.zone()).toLocalDate());
        OfficeHours hours = calendar.hoursOn(day);
        return day.atTime(sameDay ? hours.closes() : hours.morningEnd()).atZone(calendar.zone()).toInstant();
    }
}
