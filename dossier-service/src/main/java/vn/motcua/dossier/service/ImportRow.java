package vn.motcua.dossier.service;

import java.util.List;
import vn.motcua.platform.problem.Problem;

/**
 * A line of an import file: the dossier it describes, or why it could not be read.
 *
 * @param line     the line of the file (CSV: the header is line 1; JSON lines: the first dossier is line 1)
 * @param sourceId the row's sourceId when it has a safe shape to echo in a report; null otherwise
 */
public record ImportRow(int line, String sourceId, ImportedDossier dossier, List<Problem.FieldError> refusals) {
    public ImportRow {
        refusals = List.copyOf(refusals);
    }

    public static ImportRow read(int line, ImportedDossier dossier) {
        return new ImportRow(line, dossier.sourceId(), dossier, List.of());
    }

    public static ImportRow refused(int line, String sourceId, List<Problem.FieldError> refusals) {
        return new ImportRow(line, sourceId, null, refusals);
    }

    public boolean readable() {
        return dossier != null;
    }
}
