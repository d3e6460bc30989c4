package vn.motcua.reporting.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.reporting.domain.form.FormCode;
import vn.motcua.reporting.domain.form.KpiCode;
import vn.motcua.reporting.domain.form.ReportForm;

/**
 * Stand-in for the forms helper's {@code FormService} until its branch is merged, to be deleted then (the real one wins: this
 * is a {@code @DefaultBean}): forms with the contract's columns and two fields ({@code F1}, {@code F2}) plus the
 * total, periods cut on the 15th; no figures.
 */
@DefaultBean
@ApplicationScoped
public class StandInForms implements ReportForms {
    @Override
    public ReportForm form(FormCode form, ReportScope scope, String periodLabel) {
        ReportingPeriod p;
        try {
            p = ReportingPeriod.parse(periodLabel, 15);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("period", e.getMessage());
        }
        List<ReportForm.Column> columns = switch (form) {
            case II_06B -> List.of(count("received.total", 3), count("received.online", 4),
                    count("resolved.total", 7));
            case II_03B -> List.of(count("total", 3));
            case EVALUATION -> List.of(new ReportForm.Column("total", null, null, "Tổng điểm", "PERCENT", ""),
                    new ReportForm.Column("band", null, null, "Xếp loại", "TEXT", ""));
            case RATES -> List.of(count("numerator", null), count("denominator", null),
                    new ReportForm.Column("percent", null, null, "Tỷ lệ", "PERCENT", ""),
                    new ReportForm.Column("target", null, null, "Chỉ tiêu", "PERCENT", ""),
                    new ReportForm.Column("definition", null, null, "Cách tính", "TEXT", ""));
        };
        List<ReportForm.Row> rows = new ArrayList<>();
        if (form == FormCode.RATES) {
            for (KpiCode k : KpiCode.values()) {
                rows.add(new ReportForm.Row(k.name(), "Tỷ lệ " + k.name(), 1,
                        Map.of("definition", ReportForm.Cell.text("Định nghĩa " + k.name()))));
            }
        } else {
            rows.add(new ReportForm.Row("F1", "Lĩnh vực 1", 1, Map.of()));
            rows.add(new ReportForm.Row("F2", "Lĩnh vực 2", 1, Map.of()));
            rows.add(new ReportForm.Row(ReportForm.TOTAL, "Tổng số", 0, Map.of()));
        }
        ReportForm.Scope s = switch (scope) {
            case ReportScope.Province pr -> new ReportForm.Scope("PROVINCE", pr.province().value(), null, null, null);
            case ReportScope.Agency a -> new ReportForm.Scope("AGENCY", a.province().value(), null, a.agency(), null);
            case ReportScope.National n -> new ReportForm.Scope("NATIONAL", null, null, null, null);
        };
        return new ReportForm(form.code(), null, null, null, s, null, null,
                new ReportForm.Period(p.kind().name(), p.label(), p.from(), p.to(), p.label()), null, columns, rows,
                List.of(), null, Instant.EPOCH, Instant.EPOCH);
    }

    private static ReportForm.Column count(String key, Integer number) {
        return new ReportForm.Column(key, number, null, key, "COUNT", "");
    }
}
