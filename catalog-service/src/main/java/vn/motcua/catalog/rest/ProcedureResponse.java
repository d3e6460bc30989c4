package vn.motcua.catalog.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.catalog.domain.ProcedureState;
import vn.motcua.catalog.domain.ProcedureStatus;
import vn.motcua.catalog.service.ProcedureView;

public record ProcedureResponse(
        UUID id,
        String province,
        String code,
        @Schema(description = "DRAFT (dự thảo), PUBLISHED (công bố) or ABOLISHED (bãi bỏ, from abolishedFrom)")
        ProcedureState status,
        LocalDate abolishedFrom,
        DecisionBody abolition,
        @Schema(description = "Phiên bản đang có hiệu lực hôm nay (the version in force today); null when none")
        VersionResponse inForce,
        @Schema(description = "Dự thảo (the draft being written); null when none")
        VersionResponse draft,
        List<Summary> versions) {

    public record Summary(int version, ProcedureStatus status, LocalDate effectiveFrom, LocalDate effectiveTo,
            DecisionBody decision) {
    }

    static ProcedureResponse of(ProcedureView p) {
        return new ProcedureResponse(p.id(), p.province(), p.code(), p.state(), p.abolishedFrom(),
                DecisionBody.of(p.abolition()), VersionResponse.of(p.inForce()), VersionResponse.of(p.draft()),
                p.versions().stream().map(s -> new Summary(s.version(), s.status(), s.effectiveFrom(),
                        s.effectiveTo(), DecisionBody.of(s.decision()))).toList());
    }
}
