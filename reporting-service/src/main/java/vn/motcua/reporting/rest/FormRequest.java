package vn.motcua.reporting.rest;

import java.util.Optional;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.reporting.domain.form.FormCode;
import vn.motcua.reporting.domain.form.ReportForm;
import vn.motcua.reporting.service.ReportAccess;
import vn.motcua.reporting.service.ReportForms;

/**
 * A request for one form of one period, as the screen's endpoints and the exports' take it: the form checked first
 * (404 for an unknown one), then the period (400 naming the field), then who may see which scope (403).
 */
record FormRequest(FormCode code, String period) {
    static FormRequest of(String form, String period) {
        FormCode code = FormCode.of(form).orElseThrow(() -> new ProblemException(404, "not-found", "No such form",
                "The forms are II.06b, II.03b, evaluation and rates."));
        if (period == null || period.isBlank()) {
            throw ProblemException.invalidField("period", "required: 2026-05, 2026-Q2, 2026-H1, 2026 or"
                    + " 2026-03-01..2026-05-31");
        }
        return new FormRequest(code, period);
    }

    /** The form of a province or one of its agencies, as far as the caller may see it. */
    ReportForm of(ReportForms forms, Caller caller, String province, String agency) {
        return forms.form(code, ReportAccess.scope(caller, Optional.ofNullable(province), Optional.ofNullable(agency)),
                period);
    }

    /** The national roll-up (national auditors only). */
    ReportForm national(ReportForms forms, Caller caller) {
        return forms.form(code, ReportAccess.national(caller), period);
    }
}
