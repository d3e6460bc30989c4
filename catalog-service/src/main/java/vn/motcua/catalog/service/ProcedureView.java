package vn.motcua.catalog.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.motcua.catalog.domain.ProcedureState;
import vn.motcua.catalog.domain.ProcedureStatus;
import vn.motcua.catalog.repository.Procedure;
import vn.motcua.catalog.repository.ProcedureVersion;
import vn.motcua.events.ProcedureTerms.Decision;

/**
 * A procedure as a use case returns it: its identity, the version in force today (null when none is), the draft
 * being written (null when none) and a summary of every version.
 */
public record ProcedureView(UUID id, String province, String code, ProcedureState state, LocalDate abolishedFrom,
        Decision abolition, VersionView inForce, VersionView draft, List<Summary> versions) {

    public record Summary(int version, ProcedureStatus status, LocalDate effectiveFrom, LocalDate effectiveTo,
            Decision decision) {
    }

    static ProcedureView of(Procedure p, List<ProcedureVersion> versions, LocalDate today) {
        VersionView inForce = versions.stream()
                .filter(v -> v.inForceOn(today) && (p.abolishedFrom == null || today.isBefore(p.abolishedFrom)))
                .findFirst().map(v -> VersionView.of(p, v)).orElse(null);
        VersionView draft = versions.stream().filter(v -> !v.published()).findFirst()
                .map(v -> VersionView.of(p, v)).orElse(null);
        Decision abolition = p.abolitionDecisionNumber == null ? null
                : new Decision(p.abolitionDecisionNumber, p.abolitionDecisionDate, p.abolitionDecisionIssuer);
        return new ProcedureView(p.id, p.provinceCode, p.code, p.state(), p.abolishedFrom, abolition, inForce, draft,
                versions.stream().map(v -> new Summary(v.version, v.status, v.effectiveFrom, v.effectiveTo,
                        v.decision())).toList());
    }
}
