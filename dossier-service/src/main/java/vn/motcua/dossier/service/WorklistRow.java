package vn.motcua.dossier.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.DueFlag;

/** A line of an officer's worklist, and a page of them with the total. */
public record WorklistRow(UUID id, String code, String procedureCode, String applicantName, DossierStatus status,
        Integer stepNumber,
        String currentAgency, String currentUnit, String currentOfficer, Instant receivedAt, Instant dueAt,
        Instant stepDueAt, DueFlag flag) {

    public record Page(List<WorklistRow> rows, long total) {
    }
}
