package vn.motcua.reporting.service;

import vn.motcua.reporting.domain.form.FormCode;
import vn.motcua.reporting.domain.form.ReportForm;

/**
 * Builds a form for a scope and a period label ({@code 2026-Q2}, {@code 2026-05}, {@code 2026-H1}, {@code 2026},
 * {@code 2026-03-01..2026-05-31}) cut with the province's cut-off in force (for the national roll-up, each province
 * with its own, its range printed on its row), with the recorded corrections applied. The exports render what this
 * returns, so the screen, XLSX, PDF and CSV always carry the same figures.
 */
public interface ReportForms {
    /**
     * @throws vn.motcua.platform.problem.ProblemException 400 naming {@code period} for a label it cannot read
     */
    ReportForm form(FormCode form, ReportScope scope, String periodLabel);
}
