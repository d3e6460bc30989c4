package vn.motcua.dossier.rest;

import java.time.Clock;
import java.time.Year;
import vn.motcua.dossier.domain.ApplicantIdRule;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.motcua.dossier.service.ImportRow;
import vn.motcua.platform.problem.JsonProblems;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.web.CsvRecords;

/**
 * Reads a dossier import row by row with the same reader and rules as a single request (text in NFC, no control
 * characters, strict types, plausible dates; the applicant checked by the intake's own constraints), so a bad row
 * becomes a refused {@link ImportRow} instead of refusing the whole file.
 *
 * <ul>
 * <li>JSON lines ({@code application/x-ndjson}): one {@link ImportDossierBody} per line; blank lines are skipped.</li>
 * <li>CSV ({@code text/csv}, UTF-8, RFC 4180): a header naming the columns ({@link #CSV_COLUMNS}, any order, each
 * once; the names are the JSON paths), one dossier per line, an empty cell for an absent value; the cell
 * {@code supplements} holds one request per line, {@code requestedAt;completedAt;dueAfter;reason} (empty
 * completedAt and dueAfter allowed, the reason last so it may hold ';').</li>
 * </ul>
 * A file that cannot be read at all is a 400 problem; more than {@value #MAX_ROWS} rows a 413.
 */
@ApplicationScoped
public class DossierImportRows {
    public static final int MAX_ROWS = 10_000;
    public static final List<String> CSV_COLUMNS = List.of("sourceId", "code", "channel", "procedureCode",
            "caseVariant", "applicant.kind", "applicant.name", "applicant.idNumber", "submittedAt", "acceptedAt",
            "dueAt", "supplements", "extension.at", "extension.newDueAt", "extension.reason", "extension.signedBy",
            "resolvedAt", "outcome", "reason", "returnedAt", "returnMethod", "withdrawnAt", "closedAt");

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    public List<ImportRow> fromJsonLines(String text) {
        String[] lines = text.split("\r?\n", -1);
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                rows.add(fromJson(i + 1, lines[i]));
            }
            tooMany(rows.size());
        }
        if (rows.isEmpty()) {
            throw unreadable("file", "holds no dossier: one JSON object per line");
        }
        return rows;
    }

    public List<ImportRow> fromCsv(String text) {
        List<CsvRecords.Line> lines;
        try {
            lines = CsvRecords.read(text);
        } catch (CsvRecords.Unreadable e) {
            throw unreadable("file", e.getMessage());
        }
        if (lines.isEmpty()) {
            throw unreadable("header", "the file is empty: the first line must name the columns");
        }
        Map<String, Integer> column = header(lines.getFirst());
        tooMany(lines.size() - 1);
        List<ImportRow> rows = new ArrayList<>();
        for (CsvRecords.Line line : lines.subList(1, lines.size())) {
            if (line.cells().size() != column.size()) {
                rows.add(ImportRow.refused(line.number(), null, List.of(new Problem.FieldError("line", "has "
                        + line.cells().size() + " cells, the header has " + column.size()))));
                continue;
            }
            ObjectNode node = mapper.createObjectNode();
            List<Problem.FieldError> errors = new ArrayList<>();
            column.forEach((name, index) -> put(node, name, line.cells().get(index), errors));
            rows.add(errors.isEmpty() ? read(line.number(), node)
                    : ImportRow.refused(line.number(), reportable(node.path("sourceId").textValue()), errors));
        }
        return rows;
    }

    private ImportRow fromJson(int line, String text) {
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            Problem.FieldError error = JsonProblems.describe(e);
            return ImportRow.refused(line, null, List.of(error != null ? error
                    : new Problem.FieldError("line", "is not a JSON object")));
        }
        if (node == null || !node.isObject()) {
            return ImportRow.refused(line, null, List.of(new Problem.FieldError("line", "is not a JSON object")));
        }
        return read(line, node);
    }

    private ImportRow read(int line, JsonNode node) {
        String sourceId = reportable(node.path("sourceId").textValue());
        ImportDossierBody body;
        try {
            body = mapper.treeToValue(node, ImportDossierBody.class);
        } catch (JsonProcessingException e) {
            Problem.FieldError error = JsonProblems.describe(e);
            return ImportRow.refused(line, sourceId, List.of(error != null ? error
                    : new Problem.FieldError("line", "is not a dossier of the import's shape")));
        }
        if (body == null) {
            return ImportRow.refused(line, sourceId, List.of(new Problem.FieldError("line", "is not a JSON object")));
        }
        List<Problem.FieldError> refusals = Stream.concat(
                        validator.validate(body).stream()
                                .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage())),
                        applicantRefusals(body))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return refusals.isEmpty() ? ImportRow.read(line, body.toDossier())
                : ImportRow.refused(line, sourceId, refusals);
    }

    /** The intake's own constraints on the applicant (name, id number): one rule, wherever a dossier comes from. */
    private Stream<Problem.FieldError> applicantRefusals(ImportDossierBody body) {
        if (body.applicant() == null) {
            return Stream.empty();
        }
        DossierRequest.Applicant asAtIntake = new DossierRequest.Applicant(body.applicant().kind(),
                body.applicant().name(), body.applicant().idNumber(), null, null, null);
        Stream<Problem.FieldError> shape = validator.validate(asAtIntake).stream()
                .map(v -> new Problem.FieldError("applicant." + v.getPropertyPath(), v.getMessage()));
        List<Problem.FieldError> shapeErrors = shape.toList();
        if (!shapeErrors.isEmpty()) {
            return shapeErrors.stream();
        }
        return ApplicantIdRule.problem(asAtIntake.kind(), asAtIntake.idNumber(), Year.now(clock).getValue()).stream()
                .map(why -> new Problem.FieldError("applicant.idNumber", why));
    }

    /** A CSV cell into the JSON shape: the column's name is its path; an empty cell is an absent value. */
    private void put(ObjectNode node, String name, String cell, List<Problem.FieldError> errors) {
        if (cell.isEmpty()) {
            return;
        }
        if (name.equals("supplements")) {
            ArrayNode rounds = node.putArray("supplements");
            for (String item : cell.split("\r?\n")) {
                if (item.isBlank()) {
                    continue;
                }
                String[] parts = item.split(";", 4);
                if (parts.length < 4) {
                    errors.add(new Problem.FieldError("supplements[" + rounds.size() + "]",
                            "must read requestedAt;completedAt;dueAfter;reason (empty completedAt and dueAfter allowed)"));
                    return;
                }
                ObjectNode round = rounds.addObject();
                round.put("requestedAt", parts[0].strip());
                putUnlessEmpty(round, "completedAt", parts[1].strip());
                putUnlessEmpty(round, "dueAfter", parts[2].strip());
                round.put("reason", parts[3].strip());
            }
            return;
        }
        int dot = name.indexOf('.');
        String parent = dot < 0 ? null : name.substring(0, dot);
        ObjectNode target = parent == null ? node
                : node.get(parent) instanceof ObjectNode existing ? existing : node.putObject(parent);
        target.put(name.substring(dot + 1), cell);
    }

    private static void putUnlessEmpty(ObjectNode node, String name, String value) {
        if (!value.isEmpty()) {
            node.put(name, value);
        }
    }

    private static Map<String, Integer> header(CsvRecords.Line header) {
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip();
            if (!CSV_COLUMNS.contains(name)) {
                throw unreadable("header", "unknown column \"" + printable(name) + "\"; the columns are "
                        + String.join(",", CSV_COLUMNS));
            }
            if (column.put(name, i) != null) {
                throw unreadable("header", "column " + name + " appears twice");
            }
        }
        List<String> missing = CSV_COLUMNS.stream().filter(c -> !column.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw unreadable("header", "missing column(s) " + String.join(", ", missing));
        }
        return column;
    }

    private static void tooMany(int rows) {
        if (rows > MAX_ROWS) {
            throw new ProblemException(413, "payload-too-large", "Too many rows", "An import holds at most "
                    + MAX_ROWS + " dossiers; split the file.",
                    List.of(new Problem.FieldError("file", "has more than " + MAX_ROWS + " rows")));
        }
    }

    /** A sourceId worth echoing in a report: one of the import's shape; anything else stays unechoed. */
    static String reportable(String raw) {
        return raw != null && raw.matches(ImportDossierBody.SOURCE_ID) ? raw : null;
    }

    private static String printable(String value) {
        String printable = value.replaceAll("[^\\p{L}\\p{N} ._-]", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "..." : printable;
    }

    private static ProblemException unreadable(String field, String message) {
        return new ProblemException(400, "unreadable-import", "Unreadable import file", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }
}
