package vn.motcua.catalog.service;

import java.time.Instant;
import java.util.UUID;
import vn.motcua.catalog.domain.ProcedureStatus;
import vn.motcua.catalog.repository.Procedure;

/** A procedure as a use case returns it: no entity leaves the service layer. */
public record ProcedureView(UUID id, String province, String code, String name, String field, String agency,
        int prescribedWorkingDays, ProcedureStatus status, int version, Instant publishedAt) {

    static ProcedureView of(Procedure p) {
        return new ProcedureView(p.id, p.provinceCode, p.code, p.name, p.field, p.agency, p.prescribedWorkingDays,
                p.status, p.version, p.publishedAt);
    }
}
