package vn.motcua.catalog.service;

import java.util.List;
import vn.motcua.platform.problem.Problem;

/**
 * What an import did, row by row: created (published as version 1), amended (a new version from its date),
 * unchanged (the latest version already says exactly this), rejected (nothing of the row was applied, and why).
 */
public record ImportReport(int created, int amended, int unchanged, int rejected, List<RowOutcome> rows) {

    public enum Outcome {
        CREATED, AMENDED, UNCHANGED, REJECTED
    }

    /** @param version the version the row created, amended to, or found unchanged; null when rejected */
    public record RowOutcome(int row, String code, Outcome outcome, Integer version, List<Problem.FieldError> errors) {
        public RowOutcome {
            errors = List.copyOf(errors);
        }
    }

    static ImportReport of(List<RowOutcome> rows) {
        return new ImportReport(count(rows, Outcome.CREATED), count(rows, Outcome.AMENDED),
                count(rows, Outcome.UNCHANGED), count(rows, Outcome.REJECTED), List.copyOf(rows));
    }

    private static int count(List<RowOutcome> rows, Outcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
