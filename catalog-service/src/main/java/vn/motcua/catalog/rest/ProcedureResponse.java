package vn.motcua.catalog.rest;

import java.time.Instant;
import java.util.UUID;
import vn.motcua.catalog.domain.ProcedureStatus;
import vn.motcua.catalog.service.ProcedureView;

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

    static ProcedureResponse of(ProcedureView p) {
        return new ProcedureResponse(p.id(), p.province(), p.code(), p.name(), p.field(), p.agency(),
                p.prescribedWorkingDays(), p.status(), p.version(), p.publishedAt());
    }
}
