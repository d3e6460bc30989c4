package vn.motcua.dossier.rest;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.DeadlineExplanation;
import vn.motcua.dossier.domain.DueFlag;
import vn.motcua.events.ProcedureTerms.TimeLimit;
import vn.motcua.events.Timeliness;

/** Cách tính ngày hẹn trả (how the appointed date was computed): see DeadlineExplanation for the articles. */
public record DeadlineResponse(
        @Schema(description = "Thời hạn giải quyết: value and unit (WORKING_DAYS, WORKING_HOURS); null before"
                + " acceptance") TimeLimit limit,
        @Schema(description = "Thời điểm tiếp nhận: the clock starts here (Decree 118/2025 Art. 17 cl. 3)")
        Instant acceptedAt,
        @Schema(description = "Ngày hẹn trả on the receipt") Instant originalDueAt,
        @Schema(description = "Each run of the clock: from acceptance, then from each complete supplement (the"
                + " limit restarts from zero, Decree 118/2025 Art. 19 cl. 5), with the days not counted and the"
                + " rest days worked (làm bù)") List<DeadlineExplanation.Period> periods,
        @Schema(description = "Xin lỗi và hẹn lại: the date replaced and the new one (Art. 19 cl. 6)")
        DeadlineExplanation.Extension extension,
        @Schema(description = "Ngày hẹn trả now") Instant dueAt,
        @Schema(description = "NOT_STARTED, RUNNING, STOPPED_FOR_SUPPLEMENT or ENDED") DeadlineExplanation.ClockState clock,
        @Schema(description = "While running: DUE trong hạn, NEARING sắp đến hạn, OVERDUE quá hạn") DueFlag flag,
        @Schema(description = "While running: working minutes left before dueAt (negative: overdue by)")
        Long workingMinutesLeft,
        Instant resolvedAt,
        @Schema(description = "Once resolved: EARLY trước hạn, ON_TIME đúng hạn, LATE quá hạn") Timeliness timeliness) {

    static DeadlineResponse of(DeadlineExplanation.Explanation e) {
        return new DeadlineResponse(e.limit(), e.acceptedAt(), e.originalDueAt(), e.periods(), e.extension(),
                e.dueAt(), e.clock(), e.flag(), e.workingMinutesLeft(), e.resolvedAt(), e.timeliness());
    }
}
