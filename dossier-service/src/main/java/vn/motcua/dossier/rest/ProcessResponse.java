package vn.motcua.dossier.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.ProcessTimeline;
import vn.motcua.dossier.service.ProcessView;

/** Quá trình xử lý nội bộ: where the dossier is and each stage so far. */
public record ProcessResponse(UUID id, String code, String agency, DossierStatus status,
        @Schema(description = "Bước hiện tại; null while at the desk") Integer currentStep, String currentAgency,
        String currentUnit, String currentOfficer, Instant receivedAt, Instant dueAt,
        @Schema(description = "Hạn của bước hiện tại (the step's share of the time limit ends)") Instant stepDueAt,
        List<Step> steps,
        @Schema(description = "Thời gian của từng cơ quan (liên thông: each agency's working time apart)")
        List<AgencyTime> agencies) {

    /**
     * A stage: 0 is the desk (tiếp nhận), then the version's steps.
     */
    public record Step(int number, String agency, String unit, String officer, Instant since, Instant until,
            @Schema(description = "Hạn bước: when its share ends") Instant dueAt,
            @Schema(description = "Working minutes it took (so far)") long elapsedWorkingMinutes,
            @Schema(description = "Kept within its share; null while running and not yet past it")
            Boolean withinShare) {
    }

    public record AgencyTime(String agency, long elapsedWorkingMinutes) {
    }

    static ProcessResponse of(ProcessView v) {
        return new ProcessResponse(v.dossierId(), v.code(), v.agency(), v.status(), v.currentStep(),
                v.currentAgency(), v.currentUnit(), v.currentOfficer(), v.receivedAt(), v.dueAt(), v.stepDueAt(),
                v.steps().stream().map(ProcessResponse::step).toList(),
                v.agencies().stream().map(a -> new AgencyTime(a.agency(), a.workingMinutes())).toList());
    }

    private static Step step(ProcessTimeline.Stage s) {
        return new Step(s.number(), s.agency(), s.unit(), s.officer(), s.since(), s.until(), s.dueAt(),
                s.workingMinutes(), s.withinShare());
    }
}
