package vn.motcua.catalog.domain;

import java.time.LocalDate;
import java.util.List;
import vn.motcua.events.CalendarChanged.ReportingCutoff;

/**
 * A new reporting cut-off day (thời gian chốt số liệu) of a province. The national day is the 15th (Decree
 * 09/2019/NĐ-CP Art. 12); a province may cut on another day (Cao Bằng's reports cut on the 5th, seed 002).
 * Reports and scorecards already made stand on the periods of their day, so the history is never rewritten: a new
 * entry applies from after today ({@link CalendarChangeWindow}) and after the last entry; the last entry, while
 * not yet in force, may be corrected at its own date (as office hours are). Days 1 to 28 only: a day every month
 * has, so every period has an end. An entry that repeats the day already in force says nothing and is refused.
 */
public final class ReportingCutoffChange {
    /** The national cut-off day, Decree 09/2019/NĐ-CP Art. 12: from the 15th to the 14th. */
    public static final int NATIONAL_DAY = 15;

    /** What the change does to the history. */
    public enum Kind {
        /** A new entry after the last one. */
        APPEND,
        /** The last entry, not yet in force, gets another day. */
        CORRECT_LAST,
        /** The same entry again (a retry): nothing changes. */
        UNCHANGED,
        /** Refused: see the refusal. */
        REFUSED
    }

    public record Decision(Kind kind, Refusal refusal) {
        static Decision of(Kind kind) {
            return new Decision(kind, null);
        }

        static Decision refuse(String field, String message) {
            return new Decision(Kind.REFUSED, new Refusal(field, message));
        }
    }

    private ReportingCutoffChange() {
    }

    /**
     * @param history the province's entries, oldest first (the national default included when it applies)
     */
    public static Decision decide(List<ReportingCutoff> history, LocalDate validFrom, int day, LocalDate today) {
        if (day < 1 || day > 28) {
            return Decision.refuse("day", "must be from 1 to 28 (a day every month has)");
        }
        ReportingCutoff last = history.isEmpty() ? null : history.getLast();
        if (last != null && last.validFrom().equals(validFrom) && last.day() == day) {
            return Decision.of(Kind.UNCHANGED);
        }
        if (!CalendarChangeWindow.mayChange(validFrom, today)) {
            return Decision.refuse("validFrom",
                    "must be after today (" + today + "): periods already reported do not change");
        }
        if (last != null && validFrom.isBefore(last.validFrom())) {
            return Decision.refuse("validFrom", "must not be before the last entry (" + last.validFrom() + ")");
        }
        boolean correcting = last != null && validFrom.equals(last.validFrom());
        int before = correcting ? dayBefore(history) : last == null ? NATIONAL_DAY : last.day();
        if (before == day) {
            return Decision.refuse("day", "is already the cut-off day in force (" + day + ")");
        }
        return Decision.of(correcting ? Kind.CORRECT_LAST : Kind.APPEND);
    }

    /** The day in force before the last entry: the one before it, or the national day. */
    private static int dayBefore(List<ReportingCutoff> history) {
        return history.size() < 2 ? NATIONAL_DAY : history.get(history.size() - 2).day();
    }
}
