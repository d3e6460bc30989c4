package vn.motcua.catalog.rest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.motcua.catalog.rest.TermsBody.CaseVariantBody;
import vn.motcua.catalog.rest.TermsBody.FeeBody;
import vn.motcua.catalog.rest.TermsBody.TimeLimitBody;
import vn.motcua.events.ProcedureCodeShape;
import vn.motcua.events.ProcedureTerms.IssuingLevel;
import vn.motcua.events.ProcedureTerms.Mechanism;
import vn.motcua.events.ProcedureTerms.OnlineMode;
import vn.motcua.events.ProcedureTerms.TimeUnit;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.web.CsvRecords;
import vn.motcua.platform.web.CsvRecords.Line;
import vn.motcua.platform.web.PlausibleDates;
import vn.motcua.platform.web.TextRules;

/**
 * The CSV form of a catalogue import, as officials keep it in a spreadsheet: RFC 4180 text in UTF-8, a header
 * naming the columns with the national TTHC database's names (any order, each exactly once), and one line per
 * case variant (trường hợp), so a procedure with two variants has two lines with the same {@code MaTTHC} whose
 * other procedure columns agree. Values are the words officials write ("Một cửa liên thông", "Toàn trình", "Có",
 * dates as dd/MM/yyyy, amounts as 2.000.000); a list (co-operating agencies, fees, papers) has one item per line
 * inside its cell. Anything else is refused with the line and the column, never guessed. Internal process steps
 * are not part of the CSV form (use JSON).
 */
final class CsvCatalogue {
    static final List<String> COLUMNS = List.of("MaTTHC", "MaDichVu", "TenTTHC", "MaLinhVuc", "CoQuanThucHien",
            "CapBanHanh", "CoChe", "CoQuanPhoiHop", "MucDoTrucTuyen", "TiepNhanBuuChinh", "TraKetQuaBuuChinh",
            "BonTaiCho", "MaTruongHop", "TenTruongHop", "ThoiHan", "DonViThoiHan", "PhiLePhi", "ThanhPhanHoSo",
            "SoQuyetDinh", "NgayQuyetDinh", "CoQuanBanHanh", "NgayHieuLuc");
    private static final Set<String> PER_VARIANT = Set.of("MaTruongHop", "TenTruongHop", "ThoiHan", "DonViThoiHan");
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,4}");
    private static final Pattern AMOUNT = Pattern.compile("([0-9]{1,3}(\\.[0-9]{3})*|[0-9]+)( ?(đồng|đ))?");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Locale VI = Locale.forLanguageTag("vi");

    private static final Map<String, IssuingLevel> LEVELS = Map.of("trung ương", IssuingLevel.CENTRAL,
            "địa phương", IssuingLevel.LOCAL);
    private static final Map<String, Mechanism> MECHANISMS = Map.of("một cửa", Mechanism.ONE_STOP,
            "một cửa liên thông", Mechanism.INTER_CONNECTED);
    private static final Map<String, OnlineMode> ONLINE = Map.of("không", OnlineMode.NONE,
            "mức độ 2", OnlineMode.LEVEL_2, "mức độ 3", OnlineMode.LEVEL_3, "mức độ 4", OnlineMode.LEVEL_4,
            "một phần", OnlineMode.PARTIAL, "toàn trình", OnlineMode.FULL);
    private static final Map<String, Boolean> YES_NO = Map.of("có", true, "không", false);
    private static final Map<String, TimeUnit> UNITS = Map.of("ngày làm việc", TimeUnit.WORKING_DAYS,
            "giờ làm việc", TimeUnit.WORKING_HOURS);

    private CsvCatalogue() {
    }

    /** One procedure read from its lines: a body to validate, or the errors that stop it. */
    record Parsed(int row, String code, ImportProcedureBody body, List<Problem.FieldError> errors) {
    }

    /** A code worth echoing in a report: one that has the national code's shape; anything else stays unechoed. */
    static String reportableCode(String raw) {
        return ProcedureCodeShape.isNational(raw) ? raw : null;
    }

    /** @throws ProblemException 400 when the file as a whole cannot be read: no header, bad columns, bad quoting */
    static List<Parsed> parse(String text) {
        List<Line> lines = lines(text);
        if (lines.isEmpty()) {
            throw fileProblem("header", "the file is empty: the first line must name the columns");
        }
        Map<String, Integer> column = header(lines.getFirst());
        if (lines.size() - 1 > ImportRequest.MAX_ROWS) {
            throw fileProblem("file", "has " + (lines.size() - 1) + " lines; at most " + ImportRequest.MAX_ROWS);
        }
        Map<String, List<Line>> byCode = new LinkedHashMap<>();
        List<Parsed> parsed = new ArrayList<>();
        for (Line line : lines.subList(1, lines.size())) {
            if (line.cells().size() != column.size()) {
                parsed.add(new Parsed(line.number(), null, null, List.of(new Problem.FieldError("line",
                        "line " + line.number() + ": has " + line.cells().size() + " cells, the header has "
                                + column.size()))));
                continue;
            }
            String code = line.cells().get(column.get("MaTTHC")).strip();
            if (code.isEmpty()) {
                parsed.add(new Parsed(line.number(), null, null, List.of(new Problem.FieldError("MaTTHC",
                        "line " + line.number() + ": must not be empty"))));
                continue;
            }
            byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(line);
        }
        byCode.forEach((code, group) -> parsed.add(procedure(code, group, column)));
        parsed.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return parsed;
    }

    private static Map<String, Integer> header(Line header) {
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip();
            if (!COLUMNS.contains(name)) {
                throw fileProblem("header", "unknown column \"" + printable(name) + "\"; the columns are "
                        + String.join(", ", COLUMNS));
            }
            if (column.put(name, i) != null) {
                throw fileProblem("header", "column " + name + " appears twice");
            }
        }
        List<String> missing = COLUMNS.stream().filter(c -> !column.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw fileProblem("header", "missing column(s) " + String.join(", ", missing));
        }
        return column;
    }

    private static Parsed procedure(String code, List<Line> group, Map<String, Integer> column) {
        Cells first = new Cells(group.getFirst(), column);
        List<Problem.FieldError> errors = first.errors;
        for (Line other : group.subList(1, group.size())) {
            for (String name : COLUMNS) {
                if (!PER_VARIANT.contains(name) && !other.cells().get(column.get(name)).strip()
                        .equals(group.getFirst().cells().get(column.get(name)).strip())) {
                    errors.add(new Problem.FieldError(name, "line " + other.number() + ": differs from line "
                            + first.line.number() + " for the same procedure " + reportableCode(code)));
                }
            }
        }
        List<CaseVariantBody> variants = new ArrayList<>();
        for (Line line : group) {
            Cells cells = line == group.getFirst() ? first : new Cells(line, column);
            variants.add(new CaseVariantBody(cells.text("MaTruongHop"), cells.text("TenTruongHop"),
                    new TimeLimitBody(cells.whole("ThoiHan"), cells.word("DonViThoiHan", UNITS))));
            if (cells != first) {
                errors.addAll(cells.errors);
            }
        }
        TermsBody terms = new TermsBody(first.optional("MaDichVu"), first.text("TenTTHC"), first.text("MaLinhVuc"),
                first.text("CoQuanThucHien"), first.word("CapBanHanh", LEVELS), first.word("CoChe", MECHANISMS),
                first.list("CoQuanPhoiHop"), first.word("MucDoTrucTuyen", ONLINE),
                first.word("TiepNhanBuuChinh", YES_NO), first.word("TraKetQuaBuuChinh", YES_NO),
                first.word("BonTaiCho", YES_NO), first.fees("PhiLePhi"), first.list("ThanhPhanHoSo"), variants,
                List.of());
        ImportProcedureBody body = new ImportProcedureBody(code, terms,
                new DecisionBody(first.text("SoQuyetDinh"), first.day("NgayQuyetDinh"), first.text("CoQuanBanHanh")),
                first.day("NgayHieuLuc"));
        errors.sort(Comparator.comparingInt(CsvCatalogue::lineOf).thenComparingInt(e -> COLUMNS.indexOf(e.field())));
        return new Parsed(first.line.number(), reportableCode(code), errors.isEmpty() ? body : null, errors);
    }

    /** Errors are listed as the official reads the file: by line, then by column. */
    private static int lineOf(Problem.FieldError error) {
        String message = error.message();
        return Integer.parseInt(message.substring("line ".length(), message.indexOf(':')));
    }

    /** The cells of one line, read by column name; each refusal is kept with its line and column. */
    private static final class Cells {
        final Line line;
        final Map<String, Integer> column;
        final List<Problem.FieldError> errors = new ArrayList<>();

        Cells(Line line, Map<String, Integer> column) {
            this.line = line;
            this.column = column;
        }

        String text(String name) {
            String raw = line.cells().get(column.get(name));
            try {
                return TextRules.accept(raw).strip();
            } catch (TextRules.Refused e) {
                refuse(name, e.getMessage());
                return null;
            }
        }

        String optional(String name) {
            String value = text(name);
            return value == null || value.isEmpty() ? null : value;
        }

        List<String> list(String name) {
            String value = text(name);
            if (value == null) {
                return List.of();
            }
            return Arrays.stream(value.split("\r?\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        <T> T word(String name, Map<String, T> vocabulary) {
            String value = text(name);
            if (value == null) {
                return null;
            }
            T found = vocabulary.get(value.toLowerCase(VI));
            if (found == null) {
                refuse(name, "must be one of " + vocabulary.keySet().stream().sorted().toList());
            }
            return found;
        }

        Integer whole(String name) {
            String value = text(name);
            if (value != null && !WHOLE.matcher(value).matches()) {
                refuse(name, "must be a whole number of days or hours");
                return null;
            }
            return value == null ? null : Integer.valueOf(value);
        }

        LocalDate day(String name) {
            String value = text(name);
            if (value == null) {
                return null;
            }
            try {
                LocalDate day = LocalDate.parse(value, DAY);
                if (day.getYear() < PlausibleDates.FIRST_YEAR || day.getYear() > PlausibleDates.LAST_YEAR) {
                    refuse(name, "must be a date between " + PlausibleDates.FIRST_YEAR + " and "
                            + PlausibleDates.LAST_YEAR);
                    return null;
                }
                return day;
            } catch (DateTimeParseException e) {
                refuse(name, "must be a date written dd/MM/yyyy");
                return null;
            }
        }

        /** One fee per line, "nội dung: số tiền", the amount in đồng with dots between thousands. */
        List<FeeBody> fees(String name) {
            List<FeeBody> fees = new ArrayList<>();
            for (String item : list(name)) {
                int colon = item.lastIndexOf(':');
                String amount = colon < 0 ? "" : item.substring(colon + 1).strip();
                if (colon <= 0 || !AMOUNT.matcher(amount).matches()) {
                    refuse(name, "each fee must read \"nội dung: 2.000.000\" (amount in đồng)");
                    continue;
                }
                String digits = amount.replaceAll("[^0-9]", "");
                if (digits.length() > 13) {
                    refuse(name, "an amount is at most 1.000.000.000.000 đồng");
                    continue;
                }
                fees.add(new FeeBody(item.substring(0, colon).strip(), Long.valueOf(digits)));
            }
            return fees;
        }

        private void refuse(String name, String message) {
            errors.add(new Problem.FieldError(name, "line " + line.number() + ": " + message));
        }
    }

    /** The file's records (CsvRecords); one that cannot be split into records is refused whole. */
    static List<Line> lines(String text) {
        try {
            return CsvRecords.read(text);
        } catch (CsvRecords.Unreadable e) {
            throw fileProblem("file", e.getMessage());
        }
    }

    private static String printable(String value) {
        String printable = value.replaceAll("[^\\p{L}\\p{N} ._-]", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "..." : printable;
    }

    private static ProblemException fileProblem(String field, String message) {
        return new ProblemException(400, "unreadable-import", "Unreadable import file", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }
}
