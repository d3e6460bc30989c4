package vn.motcua.catalog.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.motcua.catalog.domain.ProcedureStatus;
import vn.motcua.catalog.service.VersionView;

/** One version of a procedure: in force on the days [effectiveFrom, effectiveTo). */
public record VersionResponse(
        UUID procedureId,
        String province,
        String code,
        int version,
        ProcedureStatus status,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        DecisionBody decision,
        Instant publishedAt,
        TermsBody terms) {

    static VersionResponse of(VersionView v) {
        return v == null ? null : new VersionResponse(v.procedureId(), v.province(), v.code(), v.version(), v.status(),
                v.effectiveFrom(), v.effectiveTo(), DecisionBody.of(v.decision()), v.publishedAt(),
                TermsBody.of(v.content()));
    }
}
