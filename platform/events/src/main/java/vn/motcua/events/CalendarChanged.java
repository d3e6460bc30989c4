package vn.motcua.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * A province's working calendar changed (lịch làm việc): the FULL snapshot, so a consumer replaces its copy and
 * never merges. Revisions only grow; a consumer keeps the highest it has seen and ignores an older one arriving
 * late. National days (Labour Code 2019 Art. 111-112 and the Prime Minister's yearly decisions) are repeated in
 * every province's snapshot, beside the province's own days off.
 *
 * @param province    the province code, also the aggregate id (the Kafka key keeps one province's revisions in
 *                    order)
 * @param revision    increases by one with every change of this province's calendar
 * @param zone        the IANA zone id of the province's clock, e.g. {@code Asia/Ho_Chi_Minh}: data, not a constant
 * @param weeklyRest  the weekly rest days (Saturday and Sunday for the public sector)
 * @param officeHours the history of office hours, oldest {@code validFrom} first
 * @param days        the dated exceptions: days off and swapped working days, by date
 * @param reportingCutoffs the history of the day the province cuts its reporting periods on, oldest first (added
 *                    with issue 15; absent or empty: the national day, the 15th, Decree 09/2019/NĐ-CP Art. 12)
 */
public record CalendarChanged(
        String province,
        int revision,
        String zone,
        List<DayOfWeek> weeklyRest,
        List<OfficeHours> officeHours,
        List<Day> days,
        Instant changedAt,
        @OptionalField List<ReportingCutoff> reportingCutoffs) implements DomainEvent {

    public CalendarChanged {
        weeklyRest = weeklyRest == null ? null : List.copyOf(weeklyRest);
        officeHours = officeHours == null ? null : List.copyOf(officeHours);
        days = days == null ? null : List.copyOf(days);
        reportingCutoffs = reportingCutoffs == null ? List.of() : List.copyOf(reportingCutoffs);
    }

    @Override
    public String aggregateId() {
        return province;
    }

    /**
     * Office hours from {@code validFrom} until the next entry: a morning and an afternoon shift, and the hour
     * after which a dossier received at the desk is transferred to the competent agency at the start of the next
     * working day (15:00, Decree 118/2025 Art. 18 cl. 2).
     */
    public record OfficeHours(LocalDate validFrom, @JsonFormat(pattern = HOUR) LocalTime morningStart,
            @JsonFormat(pattern = HOUR) LocalTime morningEnd, @JsonFormat(pattern = HOUR) LocalTime afternoonStart,
            @JsonFormat(pattern = HOUR) LocalTime afternoonEnd, @JsonFormat(pattern = HOUR) LocalTime transferCutOff) {
        /** Hours travel as {@code 07:30}: a time of day on a notice board, never with seconds. */
        static final String HOUR = "HH:mm";

        public OfficeHours {
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(morningStart, "morningStart");
            Objects.requireNonNull(morningEnd, "morningEnd");
            Objects.requireNonNull(afternoonStart, "afternoonStart");
            Objects.requireNonNull(afternoonEnd, "afternoonEnd");
            Objects.requireNonNull(transferCutOff, "transferCutOff");
        }
    }

    /**
     * One dated exception to the weekly pattern.
     *
     * @param name   in Vietnamese, as the decision names it (e.g. "Tết Nguyên đán")
     * @param source the decision or letter that fixes it (e.g. "12729/VPCP-KGVX"), or the article of law
     */
    public record Day(LocalDate date, DayKind kind, String name, String source, DayStatus status) {
        public Day {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(status, "status");
        }
    }

    public enum DayKind {
        /** Ngày nghỉ lễ, tết (Labour Code 2019 Art. 112). */
        HOLIDAY,
        /**
         * Ngày nghỉ bù: a holiday on a weekly rest day moves to the next working day (Art. 111 cl. 3); also a
         * weekday given off in exchange for a swapped working day (hoán đổi).
         */
        COMPENSATORY_DAY_OFF,
        /** Ngày làm bù: a weekly rest day worked in exchange for a bridge day off; it counts as a working day. */
        SWAPPED_WORKING_DAY,
        /** A day off the province itself decided. */
        LOCAL_DAY_OFF;

        public boolean isDayOff() {
            return this != SWAPPED_WORKING_DAY;
        }
    }

    public enum DayStatus {
        /** Fixed by law or by a Prime Minister's decision (a VPCP letter) that can be named. */
        DECIDED,
        /** Reported or proposed, but the deciding text was not read. */
        ANNOUNCED,
        /** Only the law's rule applied to the known (lunar) dates; no decision yet. */
        PROJECTED
    }

    /**
     * Thời gian chốt số liệu: from {@code validFrom} on, a quarter runs from day {@code day} of the month before it
     * to the day before {@code day} of its last month, and the year likewise from December (Decree 09/2019/NĐ-CP
     * Art. 12: the 15th to the 14th; Cao Bằng cuts on the 5th [seed 002]). Day 1 means calendar periods.
     */
    public record ReportingCutoff(LocalDate validFrom, int day) {
        public ReportingCutoff {
            Objects.requireNonNull(validFrom, "reportingCutoffs[].validFrom");
            if (day < 1 || day > 28) {
                throw new IllegalArgumentException("reportingCutoffs[].day must be 1 to 28: " + day);
            }
        }
    }
}
