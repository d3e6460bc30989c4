package vn.motcua.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.events.ReportingPeriod;

/**
 * Reporting periods as a province cuts them (its cut-off day, Decree 09/2019/NĐ-CP Art. 12, from its calendar):
 * the quarter and year a day belongs to, and a period read from its label. A label's cut-off is the one in force on
 * the first day of its calendar quarter or year, so a label always means the same days wherever it is read.
 */
@ApplicationScoped
public class Periods {
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    @Inject
    DossierDirectory directory;

    /** The quarter and the year of the day (a dossier belongs to the periods of its resolution day). */
    public List<ReportingPeriod> of(String province, LocalDate day) {
        ReportingPeriod quarter = parse(province, ReportingPeriod.quarterOf(day, directory.cutoffDay(province, day))
                .label());
        ReportingPeriod year = parse(province, ReportingPeriod.yearOf(day, directory.cutoffDay(province, day))
                .label());
        return List.of(quarter, year);
    }

    /**
     * Reads {@code 2026-Q2}, {@code 2026} or {@code 2026-03-01..2026-05-31}.
     *
     * @throws IllegalArgumentException for anything else, naming the accepted shapes
     */
    public ReportingPeriod parse(String province, String text) {
        return ReportingPeriod.parse(text, directory.cutoffDay(province, anchor(text)));
    }

    /** The first day of the label's calendar quarter or year (any day for a range: it takes no cut-off). */
    static LocalDate anchor(String text) {
        if (text != null) {
            Matcher m = QUARTER.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), 3 * (Integer.parseInt(m.group(2)) - 1) + 1, 1);
            }
            if (text.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(text), 1, 1);
            }
        }
        return LocalDate.of(2000, 1, 1);
    }
}
