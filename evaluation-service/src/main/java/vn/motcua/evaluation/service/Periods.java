package vn.motcua.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.events.ReportingPeriod;

/**
 * Reporting periods as a province cuts them (its cut-off day, Decree 09/2019/NĐ-CP Art. 12, from its calendar):
 * the quarter and year a day belongs to, and a period read from its label. A label's cut-off is the one in force on
 * the first day of its calendar quarter or year, so a label always means the same days wherever it is read.
 */
@ApplicationScoped
public class Periods {
    @Inject
    DossierDirectory directory;

    /** The quarter and the year of the day (a dossier belongs to the periods of its resolution day). */
    public List<ReportingPeriod> of(String province, LocalDate day) {
        return List.of(ReportingPeriod.containing(ReportingPeriod.Kind.QUARTER, day, cutoffs(province)),
                ReportingPeriod.containing(ReportingPeriod.Kind.YEAR, day, cutoffs(province)));
    }

    /**
     * Reads {@code 2026-Q2}, {@code 2026} or {@code 2026-03-01..2026-05-31}, a label cut with the province's cut-off
     * in force on its anchor ({@link ReportingPeriod#anchor}); scorecards have no months nor half-years.
     *
     * @throws IllegalArgumentException for anything else, naming the accepted shapes
     */
    public ReportingPeriod parse(String province, String text) {
        ReportingPeriod period = ReportingPeriod.parse(text, cutoffs(province));
        if (period.kind() == ReportingPeriod.Kind.MONTH || period.kind() == ReportingPeriod.Kind.HALF_YEAR) {
            throw new IllegalArgumentException("a scorecard period is YYYY-Qn (2026-Q2), YYYY (2026) or"
                    + " YYYY-MM-DD..YYYY-MM-DD");
        }
        return period;
    }

    /** The province's cut-off day in force on a day (its calendar's history). */
    private java.util.function.ToIntFunction<LocalDate> cutoffs(String province) {
        return day -> directory.cutoffDay(province, day);
    }
}
