package vn.motcua.catalog.rest;

import java.time.Instant;
import java.util.UUID;
import vn.motcua.catalog.domain.ProcedureStatus;
import vn.motcua.catalog.repository.Procedure;

public record ProcedureResponse(
        UUID id,
        String province,
        String code,
        String name,
        String field,
        String agency,
        int prescribedWorkingDays,
        ProcedureStatus status,
        int version,
        Instant publishedAt) {

    static ProcedureResponse of(Procedure p) {
        return new ProcedureResponse(p.id, p.provinceCode, p.code, p.name, p.field, p.agency,
                p.prescribedWorkingDays, p.status, p.version, p.publishedAt);
    }
}
