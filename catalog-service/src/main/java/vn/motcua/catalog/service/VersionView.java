package vn.motcua.catalog.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.motcua.catalog.domain.ProcedureStatus;
import vn.motcua.catalog.repository.Procedure;
import vn.motcua.catalog.repository.ProcedureVersion;
import vn.motcua.events.ProcedureTerms.Decision;

/** One version of a procedure as a use case returns it. */
public record VersionView(UUID procedureId, String province, String code, int version, ProcedureStatus status,
        LocalDate effectiveFrom, LocalDate effectiveTo, Decision decision, Instant publishedAt,
        ProcedureContent content) {

    static VersionView of(Procedure p, ProcedureVersion v) {
        return new VersionView(p.id, p.provinceCode, p.code, v.version, v.status, v.effectiveFrom, v.effectiveTo,
                v.decision(), v.publishedAt, new ProcedureContent(v.localCode, v.name, v.fieldCode, v.agencyCode,
                        v.issuingLevel, v.mechanism, v.cooperatingAgencies, v.onlineMode, v.postalReceipt,
                        v.postalReturn, v.fourOnTheSpot, v.fees, v.requiredPapers, v.caseVariants, v.steps));
    }
}
