package vn.motcua.catalog.service;

import java.time.LocalDate;
import java.util.List;
import vn.motcua.events.ProcedureTerms.Decision;
import vn.motcua.platform.problem.Problem;

/**
 * One procedure of an imported catalogue as the file states it, or why it cannot be read.
 *
 * @param row      where it is in the file: its index in a JSON list (from 1), or its first line in a CSV file
 * @param refusals what makes the row unreadable or invalid, each naming its field; empty when it can be applied
 */
public record ImportRow(int row, String code, ProcedureContent content, Decision decision, LocalDate effectiveFrom,
        List<Problem.FieldError> refusals) {

    public ImportRow {
        refusals = List.copyOf(refusals);
    }

    public static ImportRow refused(int row, String code, List<Problem.FieldError> refusals) {
        return new ImportRow(row, code, null, null, null, refusals);
    }

    public boolean readable() {
        return refusals.isEmpty();
    }
}
