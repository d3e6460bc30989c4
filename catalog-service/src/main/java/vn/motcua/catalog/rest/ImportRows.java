package vn.motcua.catalog.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.motcua.catalog.service.ImportRow;
import vn.motcua.platform.problem.JsonProblems;
import vn.motcua.platform.problem.Problem;

/**
 * Reads an imported catalogue row by row with the same reader and the same validation as a single request (text
 * in NFC, no control characters, strict types, the same constraints), so a bad row becomes a refused
 * {@link ImportRow} instead of refusing the whole file. JSON rows are elements of a list; CSV rows come from
 * {@link CsvCatalogue}.
 */
@ApplicationScoped
public class ImportRows {
    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    public List<ImportRow> fromJson(List<JsonNode> procedures) {
        List<ImportRow> rows = new ArrayList<>(procedures.size());
        for (int i = 0; i < procedures.size(); i++) {
            rows.add(fromJson(i + 1, procedures.get(i)));
        }
        return rows;
    }

    public List<ImportRow> fromCsv(String text) {
        return CsvCatalogue.parse(text).stream()
                .map(p -> p.errors().isEmpty() ? validated(p.row(), p.body())
                        : ImportRow.refused(p.row(), p.code(), p.errors()))
                .toList();
    }

    private ImportRow fromJson(int row, JsonNode node) {
        String code = CsvCatalogue.reportableCode(node == null ? null : node.path("code").textValue());
        if (node == null || !node.isObject()) {
            return ImportRow.refused(row, code, List.of(new Problem.FieldError("row", "must be a procedure object")));
        }
        ImportProcedureBody body;
        try {
            body = mapper.treeToValue(node, ImportProcedureBody.class);
        } catch (JsonProcessingException e) {
            Problem.FieldError error = JsonProblems.describe(e);
            return ImportRow.refused(row, code, List.of(error != null ? error
                    : new Problem.FieldError("row", "is not a valid procedure")));
        }
        return validated(row, body);
    }

    private ImportRow validated(int row, ImportProcedureBody body) {
        List<Problem.FieldError> refusals = validator.validate(body).stream()
                .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        if (!refusals.isEmpty()) {
            return ImportRow.refused(row, CsvCatalogue.reportableCode(body.code()), refusals);
        }
        return new ImportRow(row, body.code(), body.terms().toContent(), body.decision().toDecision(),
                body.effectiveFrom(), List.of());
    }
}
