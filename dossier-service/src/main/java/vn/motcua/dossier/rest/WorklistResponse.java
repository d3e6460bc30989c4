package vn.motcua.dossier.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.DueFlag;
import vn.motcua.dossier.service.WorklistRow;

/** A line of the worklist (danh sách hồ sơ cần xử lý). */
public record WorklistResponse(UUID id, String code, String procedureCode,
        @Schema(description = "Tên người nộp (cá nhân, tổ chức)") String applicantName, DossierStatus status,
        Integer stepNumber,
        String currentAgency, String currentUnit, String currentOfficer, Instant receivedAt, Instant dueAt,
        Instant stepDueAt,
        @Schema(description = "DUE trong hạn, NEARING sắp đến hạn, OVERDUE quá hạn") DueFlag flag) {

    static WorklistResponse of(WorklistRow r) {
        return new WorklistResponse(r.id(), r.code(), r.procedureCode(), r.applicantName(), r.status(), r.stepNumber(),
                r.currentAgency(), r.currentUnit(), r.currentOfficer(), r.receivedAt(), r.dueAt(), r.stepDueAt(),
                r.flag());
    }
}
