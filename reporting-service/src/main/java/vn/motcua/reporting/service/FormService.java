package vn.motcua.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.motcua.events.ProvinceCode;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.platform.tenant.TenantRunner;
import vn.motcua.reporting.config.ReportingConfig;
import vn.motcua.reporting.domain.CatalogueEntry;
import vn.motcua.reporting.domain.Form03bRule;
import vn.motcua.reporting.domain.Form06bColumns;
import vn.motcua.reporting.domain.Form06bCounts;
import vn.motcua.reporting.domain.PeriodInstants;
import vn.motcua.reporting.domain.ProvinceNames;
import vn.motcua.reporting.domain.RateDefinitions;
import vn.motcua.reporting.domain.form.FormCode;
import vn.motcua.reporting.domain.form.ReportForm;
import vn.motcua.reporting.domain.form.ReportForm.Cell;
import vn.motcua.reporting.domain.form.ReportForm.Column;
import vn.motcua.reporting.domain.form.ReportForm.Row;
import vn.motcua.reporting.repository.FormQueries;
import vn.motcua.reporting.repository.FormQueries06b;
import vn.motcua.reporting.repository.FormQueriesCatalogue;

/**
 * Builds the forms (Circular 01/2020/TT-VPCP's annex layout) of a province, an agency or the nation, each read as the
 * province (one transaction per province through {@link TenantRunner}, never an unfiltered read), cut with the
 * province's own cut-off in force on the label's anchor, with the recorded corrections applied over the computed
 * figures (never overwriting them).
 */
@ApplicationScoped
public class FormService implements ReportForms {
    static final String LEGAL_BASIS = "Ban hành kèm theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020 của Văn phòng"
            + " Chính phủ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    TenantRunner tenants;

    @Inject
    PeriodService periods;

    @Inject
    FormQueries queries;

    @Inject
    FormQueries06b queries06b;

    @Inject
    FormQueriesCatalogue catalogue;

    @Inject
    Rates rates;

    @Inject
    PlanTargets targets;

    @Inject
    Corrections corrections;

    @Inject
    Freshness freshness;

    @Inject
    ReportingConfig config;

    @Inject
    Clock clock;

    @Override
    public ReportForm form(FormCode form, ReportScope scope, String periodLabel) {
        if (scope instanceof ReportScope.National) {
            return national(form, periodLabel);
        }
        ProvinceCode province = scope.provinceCode().orElseThrow();
        Optional<String> agency = scope.agencyCode();
        Local local = tenants.callAs(province, () -> {
            ReportingPeriod period = periods.parse(periods.cutoffs(province), periodLabel);
            Optional<String> agencyName = agency.map(a -> queries.agencyName(province.value(), a).orElse(a));
            List<Row> rows = rows(form, province, agency, period);
            List<String> decisions = form == FormCode.II_03B ? decisions(catalogue.entries(province.value(), agency,
                    period.from(), period.to())) : List.of();
            return new Local(period, agencyName, rows, decisions);
        });
        List<Row> computed = form == FormCode.RATES ? withTargets(local.rows(), province, local.period())
                : local.rows();
        List<Row> rows = corrected(computed, corrections.inForce(province, form, periodLabel, agency.orElse("")));
        String provinceName = ProvinceNames.shortName(province.value());
        ReportForm.Scope printed = new ReportForm.Scope(agency.isPresent() ? "AGENCY" : "PROVINCE",
                province.value(), provinceName, agency.orElse(null), local.agencyName().orElse(null));
        String reportingUnit = local.agencyName()
                .orElse("Ủy ban nhân dân " + ProvinceNames.withKind(province.value()));
        String receivingUnit = agency.isPresent() ? "Văn phòng Ủy ban nhân dân " + ProvinceNames.withKind(
                province.value()) : "Văn phòng Chính phủ";
        return assemble(form, printed, reportingUnit, receivingUnit, local.period(), rows, provinceName,
                java.util.stream.Stream.concat(notes(form, local.period()).stream(), local.decisions().stream())
                        .toList());
    }

    private record Local(ReportingPeriod period, Optional<String> agencyName, List<Row> rows,
            List<String> decisions) {
    }

    /** The decisions behind columns (13) to (15): "Công bố mới: Quyết định số 45/QĐ-UBND ngày 20/04/2031". */
    static List<String> decisions(List<CatalogueEntry> entries) {
        Map<String, String> kinds = Map.of("PUBLISHED", "Công bố mới", "AMENDED", "Sửa đổi, bổ sung, thay thế",
                "ABOLISHED", "Bãi bỏ");
        return entries.stream().filter(e -> e.kind() != CatalogueEntry.Kind.IN_FORCE && e.decisionNumber() != null)
                .map(e -> kinds.get(e.kind().name()) + ": Quyết định số " + e.decisionNumber()
                        + (e.decisionDate() == null ? "" : " ngày " + DAY.format(e.decisionDate())))
                .distinct().sorted().toList();
    }

    private List<Row> rows(FormCode form, ProvinceCode province, Optional<String> agency, ReportingPeriod period) {
        return switch (form) {
            case II_06B -> rows06b(province, agency, period);
            case II_03B -> rows03b(province, agency, period);
            case EVALUATION -> rowsEvaluation(province, agency, period);
            case RATES -> rowsRates(province, agency, period);
        };
    }

    private List<Row> rows06b(ProvinceCode province, Optional<String> agency, ReportingPeriod period) {
        PeriodInstants instants = PeriodInstants.of(period, config.zone());
        Map<String, Form06bCounts> byField = queries06b.byField(province.value(), agency, instants,
                instants.lateAsOf(clock.instant()));
        Map<String, String> names = queries.fieldNames(province.value());
        List<Row> rows = new ArrayList<>();
        Form06bCounts total = Form06bCounts.NONE;
        for (Map.Entry<String, Form06bCounts> field : byField.entrySet()) {
            rows.add(new Row(field.getKey(), fieldLabel(field.getKey(), names), 1,
                    Form06bColumns.cells(field.getValue())));
            total = total.plus(field.getValue());
        }
        rows.add(new Row(ReportForm.TOTAL, "Tổng cộng", 0, Form06bColumns.cells(total)));
        return rows;
    }

    private List<Row> rows03b(ProvinceCode province, Optional<String> agency, ReportingPeriod period) {
        List<CatalogueEntry> entries = catalogue.entries(province.value(), agency, period.from(), period.to());
        Map<String, String> names = queries.fieldNames(province.value());
        Map<String, List<CatalogueEntry>> byField = entries.stream().collect(Collectors.groupingBy(
                e -> e.fieldCode() == null ? FormQueries06b.UNKNOWN_FIELD : e.fieldCode(),
                java.util.TreeMap::new, Collectors.toList()));
        List<Row> rows = new ArrayList<>();
        byField.forEach((field, list) -> rows.add(new Row(field, fieldLabel(field, names), 1,
                Form03bRule.cells(list))));
        rows.add(new Row(ReportForm.TOTAL, "Tổng cộng", 0, Form03bRule.cells(entries)));
        return rows;
    }

    private List<Row> rowsEvaluation(ProvinceCode province, Optional<String> agency, ReportingPeriod period) {
        if (period.kind() != ReportingPeriod.Kind.QUARTER && period.kind() != ReportingPeriod.Kind.YEAR) {
            return List.of();
        }
        return queries.scorecards(province.value(), period.label()).stream()
                .filter(s -> agency.isEmpty() || ("AGENCY".equals(s.kind()) && s.subject().equals(agency.get())))
                .map(s -> new Row("PROVINCE".equals(s.kind()) ? ReportForm.TOTAL : s.subject(),
                        "PROVINCE".equals(s.kind()) ? "Ủy ban nhân dân " + ProvinceNames.withKind(province.value())
                                : s.name(), "PROVINCE".equals(s.kind()) ? 0 : 1, EvaluationCells.of(s)))
                .toList();
    }

    private List<Row> rowsRates(ProvinceCode province, Optional<String> agency, ReportingPeriod period) {
        return rates.of(province, agency, period).stream().map(r -> {
            Map<String, Cell> cells = new LinkedHashMap<>();
            cells.put("numerator", Cell.of(r.numerator()));
            cells.put("denominator", Cell.of(r.denominator()));
            if (r.percent() != null) {
                cells.put("percent", Cell.of(r.percent()));
            } else {
                cells.put("percent", Cell.text("không có dữ liệu"));
            }
            cells.put("definition", Cell.text(RateDefinitions.of(r.kpi()).text()));
            return new Row(r.kpi().name(), RateDefinitions.of(r.kpi()).name(), 1, cells);
        }).toList();
    }

    private List<Row> withTargets(List<Row> rows, ProvinceCode province, ReportingPeriod period) {
        Map<vn.motcua.reporting.domain.form.KpiCode, BigDecimal> planned = targets.inForce(province,
                period.to().getYear());
        return rows.stream().map(row -> {
            BigDecimal target = planned.get(vn.motcua.reporting.domain.form.KpiCode.valueOf(row.key()));
            if (target == null) {
                return row;
            }
            Map<String, Cell> cells = new LinkedHashMap<>(row.cells());
            cells.put("target", Cell.of(target));
            return new Row(row.key(), row.label(), row.level(), cells);
        }).toList();
    }

    /** National roll-up: each province with dossiers, cut with its own cut-off, as itself; then the total. */
    private ReportForm national(FormCode form, String periodLabel) {
        ReportingPeriod nationalPeriod = periods.parse(day -> ReportingPeriod.NATIONAL_CUTOFF, periodLabel);
        if (form != FormCode.II_06B && form != FormCode.II_03B) {
            throw new vn.motcua.platform.problem.ProblemException(404, "not-found", "No national roll-up",
                    "The national roll-up exists for forms II.06b and II.03b.");
        }
        List<Row> rows = new ArrayList<>();
        Map<String, BigDecimal> total = new LinkedHashMap<>();
        for (String code : ProvinceNames.codes()) {
            ProvinceCode province = new ProvinceCode(code);
            Row row = tenants.callAs(province, () -> {
                if (!queries.hasDossiers(code)) {
                    return null;
                }
                ReportingPeriod period = periods.parse(periods.cutoffs(province), periodLabel);
                Row provinceTotal = rows(form, province, Optional.empty(), period).getLast();
                return new Row(code, ProvinceNames.shortName(code) + " (" + DAY.format(period.from()) + " – "
                        + DAY.format(period.to()) + ")", 1, provinceTotal.cells());
            });
            if (row == null) {
                continue;
            }
            rows.add(row);
            row.cells().forEach((k, c) -> total.merge(k, c.computed(), BigDecimal::add));
        }
        Map<String, Cell> totalCells = new LinkedHashMap<>();
        total.forEach((k, v) -> totalCells.put(k, Cell.of(v)));
        rows.add(new Row(ReportForm.TOTAL, "Tổng cộng", 0, totalCells));
        List<String> notes = new ArrayList<>(notes(form, nationalPeriod));
        notes.add("Mỗi tỉnh, thành phố tính theo ngày chốt số liệu của mình; khoảng thời gian in cạnh tên.");
        return assemble(form, new ReportForm.Scope("NATIONAL", null, null, null, null), "Văn phòng Chính phủ",
                "Thủ tướng Chính phủ", nationalPeriod, rows, "Hà Nội", notes);
    }

    private ReportForm assemble(FormCode form, ReportForm.Scope scope, String reportingUnit, String receivingUnit,
            ReportingPeriod period, List<Row> rows, String place, List<String> notes) {
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        return new ReportForm(form.code(), FormTexts.number(form), LEGAL_BASIS, FormTexts.title(form), scope,
                reportingUnit, receivingUnit, new ReportForm.Period(period.kind().name(), period.label(),
                period.from(), period.to(), period.text()), FormTexts.unit(form), columns(form), rows, notes,
                new ReportForm.Signature(place + ", ngày " + "%02d tháng %02d năm %d".formatted(today.getDayOfMonth(),
                        today.getMonthValue(), today.getYear()), "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ"),
                clock.instant(), freshness.dataAsOf());
    }

    static List<Column> columns(FormCode form) {
        return switch (form) {
            case II_06B -> Form06bColumns.ALL;
            case II_03B -> Form03bRule.COLUMNS;
            case EVALUATION -> EvaluationCells.COLUMNS;
            case RATES -> List.of(
                    new Column("numerator", null, null, "Tử số", "COUNT", "Số đếm được theo định nghĩa"),
                    new Column("denominator", null, null, "Mẫu số", "COUNT", "Số đếm được theo định nghĩa"),
                    new Column("percent", null, null, "Tỷ lệ (%)", "PERCENT",
                            "Tử số ÷ mẫu số × 100, làm tròn một chữ số thập phân; mẫu số 0: không có dữ liệu"),
                    new Column("target", null, null, "Chỉ tiêu kế hoạch (%)", "PERCENT",
                            "Chỉ tiêu của tỉnh cho năm của ngày cuối kỳ"),
                    new Column("definition", null, null, "Định nghĩa", "TEXT", "Cách tính tỷ lệ"));
        };
    }

    private static List<String> notes(FormCode form, ReportingPeriod period) {
        return switch (form) {
            case II_06B -> Form06bColumns.NOTES;
            case II_03B -> List.of("TTHC tính theo danh mục có hiệu lực tại ngày " + DAY.format(period.to())
                    + "; mỗi TTHC tính theo phiên bản mới nhất có hiệu lực.");
            case EVALUATION -> period.kind() == ReportingPeriod.Kind.QUARTER
                    || period.kind() == ReportingPeriod.Kind.YEAR
                    ? List.of("Điểm theo Thông tư 01/2018/TT-VPCP và nhóm chỉ số Quyết định 766/QĐ-TTg.")
                    : List.of("Kết quả đánh giá chỉ có theo quý và theo năm; kỳ này không có số liệu đánh giá.");
            case RATES -> List.of("Tỷ lệ = tử số ÷ mẫu số × 100, làm tròn một chữ số thập phân; mẫu số bằng 0:"
                    + " không có dữ liệu.");
        };
    }

    private static String fieldLabel(String code, Map<String, String> names) {
        return FormQueries06b.UNKNOWN_FIELD.equals(code) ? "Chưa xác định lĩnh vực" : names.getOrDefault(code, code);
    }

    /** The corrections in force over the computed cells: computed, corrected, difference and reason. */
    static List<Row> corrected(List<Row> rows, List<Corrections.Correction> inForce) {
        if (inForce.isEmpty()) {
            return rows;
        }
        return rows.stream().map(row -> {
            Map<String, Cell> cells = new LinkedHashMap<>(row.cells());
            inForce.stream().filter(c -> c.rowKey().equals(row.key()) && cells.containsKey(c.columnKey()))
                    .forEach(c -> cells.put(c.columnKey(), cells.get(c.columnKey()).corrected(c.corrected(),
                            c.reason())));
            return new Row(row.key(), row.label(), row.level(), cells);
        }).toList();
    }
}
