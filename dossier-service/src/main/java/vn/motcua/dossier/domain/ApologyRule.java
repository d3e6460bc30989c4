package vn.motcua.dossier.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether an agency that will be late may still apologise and set a new return date (xin lỗi và hẹn lại ngày trả
 * kết quả): "chậm nhất 01 ngày trước ngày hết hạn" it notifies the one-stop and sends the applicant an apology with
 * the reason and the new date, and the new date may be set only once (Decree 118/2025 Art. 19 cl. 6 and Art. 12
 * cl. 5; Decree 61/2018 Art. 19 cl. 9; domain.md §3).
 *
 * <p><b>"At least 1 day before the due date"</b>, read with the Civil Code (Art. 147 cl. 2: a period in days does
 * not count the day of the event; Art. 148 cl. 1: it ends at the end of its last day): a one-day notice ends at the
 * end of the day after the apology, which must come before the due day has begun, so the apology's day must be
 * before the due day. An apology on the due day itself gives no day of notice and is refused; one on the working
 * day before it is allowed. The day of the apology is the working day the one-stop receives it, as for a dossier
 * ({@link BusinessCalendar#receiptDay}): a letter sent after office hours or on a day off counts as made on the
 * next working day, so an apology on Sunday for a Monday due date, or on Friday evening for it, is made on the due
 * day and refused: the one-stop, which must update the date and notify the applicant, had no working day of
 * notice. This is the reading that refuses an apology on the last day, which is what the rule is for.
 *
 * <p>The new date is a day of the receipt (ngày hẹn trả); it falls due as every appointed date does, at the close
 * of office that day ({@link BusinessCalendar#plus}). It must be a working day (a return on a day off cannot be
 * kept) and after the current due date (an "extension" to the same day or earlier is none).
 */
public final class ApologyRule {
    private ApologyRule() {
    }

    /** The outcome: allowed with the new due instant, or refused naming the field at fault. */
    public sealed interface Verdict permits Allowed, Refused {
    }

    /** @param newDueAt the close of office on the new date, the dossier's due instant from now on */
    public record Allowed(Instant newDueAt) implements Verdict {
    }

    /** @param field {@code newDueDate} or {@code at}, the input the caller's problem names */
    public record Refused(String field, String reason) implements Verdict {
        public Refused {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Whether an apology at {@code at} is refused whatever new date it proposes: a date already moved once, or no
     * working day of notice left before the due day. What a console checks before offering the apology at all.
     */
    public static Optional<Refused> tooLateOrRepeated(Instant at, Instant currentDue, boolean alreadyExtended,
            WorkingCalendar calendar) {
        if (alreadyExtended) {
            return Optional.of(new Refused("newDueDate", "the new return date may be set only once (Decree 118/2025"
                    + " Art. 19 cl. 6); this dossier's was already set"));
        }
        LocalDate dueDay = currentDue.atZone(calendar.zone()).toLocalDate();
        LocalDate apologyDay = BusinessCalendar.receiptDay(at, calendar);
        if (!apologyDay.isBefore(dueDay)) {
            return Optional.of(new Refused("at", "an apology is made at least 1 working day before the due date "
                    + dueDay + " (Decree 118/2025 Art. 19 cl. 6); made at " + at + ", it counts as made on "
                    + apologyDay));
        }
        return Optional.empty();
    }

    /**
     * @param at              when the apology is made
     * @param currentDue      the dossier's due instant now
     * @param newDueDate      the day proposed to the applicant
     * @param alreadyExtended whether an apology already set a new date for this dossier
     */
    public static Verdict judge(Instant at, Instant currentDue, LocalDate newDueDate, boolean alreadyExtended,
            WorkingCalendar calendar) {
        Optional<Refused> notNow = tooLateOrRepeated(at, currentDue, alreadyExtended, calendar);
        if (notNow.isPresent()) {
            return notNow.get();
        }
        LocalDate dueDay = currentDue.atZone(calendar.zone()).toLocalDate();
        if (!calendar.isWorkingDay(newDueDate)) {
            return new Refused("newDueDate", "the new return date " + newDueDate + " is not a working day");
        }
        if (!newDueDate.isAfter(dueDay)) {
            return new Refused("newDueDate", "the new return date " + newDueDate
                    + " must be after the current due date " + dueDay);
        }
        return new Allowed(newDueDate.atTime(calendar.hoursOn(newDueDate).closes()).atZone(calendar.zone())
                .toInstant());
    }
}
