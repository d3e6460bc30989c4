package vn.motcua.dossier.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The internal process a dossier went through, read from its action log: the desk, then each step with its
 * agency, unit, officer, since when, until when, the step's due instant and the working time it took, and whether
 * it kept within its share (Circular 01/2018/TT-VPCP Art. 13, indicator 2: each unit's time, co-operating ones
 * included, against its share). For an inter-connected procedure each agency's working time is summed apart
 * (liên thông, Decree 118/2025 Art. 20).
 *
 * <p>An assignment (phân công) is a hand-over to the same step and unit with an officer: it names the officer
 * of the running step and does not open a new one. A step ends with the next hand-over, or with the resolution,
 * refusal, withdrawal or closure. Working time runs across a supplement's wait: the step keeps the dossier.
 */
public final class ProcessTimeline {
    private ProcessTimeline() {
    }

    /**
     * One stage of the process.
     *
     * @param number        0 for the desk, then the version's step numbers
     * @param unit          null at the desk
     * @param until         null while it runs
     * @param dueAt         the step's share ends (the desk: {@link StepPlan#deskDueAt}); null without a plan
     * @param workingMinutes working time from {@code since} to {@code until} (to {@code now} while it runs)
     * @param withinShare   ended by its due instant; while it runs, false once past it and null before
     */
    public record Stage(int number, String agency, String unit, String officer, Instant since, Instant until,
            Instant dueAt, long workingMinutes, Boolean withinShare) {
    }

    /** An agency's working time over its steps (the desk is the one-stop's, not counted here). */
    public record AgencyTime(String agency, long workingMinutes) {
    }

    public record Timeline(List<Stage> stages, List<AgencyTime> agencies) {
    }

    public static Timeline of(List<LoggedAction> log, String competentAgency, WorkingCalendar calendar, Instant now) {
        Objects.requireNonNull(competentAgency, "competentAgency");
        List<Open> stages = new ArrayList<>();
        Open current = null;
        for (LoggedAction e : log) {
            switch (e.action()) {
                case RECEIVE -> {
                    current = new Open(0, competentAgency, null, null, e.at(), StepPlan.deskDueAt(e.at(), calendar));
                    stages.add(current);
                }
                case HAND_OVER -> {
                    ActionFacts.HandOver h = (ActionFacts.HandOver) e.facts();
                    if (current != null && current.number == h.stepNumber() && h.agency().equals(current.agency)
                            && h.unit().equals(current.unit)) {
                        current.officer = h.officer();
                        continue;
                    }
                    if (current != null) {
                        current.until = e.at();
                    }
                    current = new Open(h.stepNumber(), h.agency(), h.unit(), h.officer(), e.at(), h.stepDueAt());
                    stages.add(current);
                }
                case RESOLVE, REFUSE, WITHDRAW, CLOSE -> {
                    if (current != null && current.until == null) {
                        current.until = e.at();
                    }
                }
                default -> {
                }
            }
        }
        List<Stage> out = new ArrayList<>();
        Map<String, Long> byAgency = new LinkedHashMap<>();
        for (Open s : stages) {
            Instant end = s.until != null ? s.until : now;
            long minutes = Math.max(0, WorkingTime.workingTimeBetween(s.since, end, calendar).toMinutes());
            Boolean within = withinShare(s.until, s.dueAt, now);
            out.add(new Stage(s.number, s.agency, s.unit, s.officer, s.since, s.until, s.dueAt, minutes, within));
            if (s.number > 0) {
                byAgency.merge(s.agency, minutes, Long::sum);
            }
        }
        return new Timeline(out, byAgency.entrySet().stream().map(x -> new AgencyTime(x.getKey(), x.getValue()))
                .toList());
    }

    private static Boolean withinShare(Instant until, Instant dueAt, Instant now) {
        if (dueAt == null) {
            return null;
        }
        if (until != null) {
            return !until.isAfter(dueAt);
        }
        return now.isAfter(dueAt) ? Boolean.FALSE : null;
    }

    private static final class Open {
        final int number;
        final String agency;
        final String unit;
        String officer;
        final Instant since;
        Instant until;
        final Instant dueAt;

        Open(int number, String agency, String unit, String officer, Instant since, Instant dueAt) {
            this.number = number;
            this.agency = agency;
            this.unit = unit;
            this.officer = officer;
            this.since = since;
            this.dueAt = dueAt;
        }
    }
}
