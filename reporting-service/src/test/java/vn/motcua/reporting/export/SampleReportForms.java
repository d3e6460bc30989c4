package vn.motcua.reporting.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import vn.motcua.reporting.domain.form.FormCode;
import vn.motcua.reporting.domain.form.ReportForm;
import vn.motcua.reporting.service.ReportForms;
import vn.motcua.reporting.service.ReportScope;

/**
 * A stand-in for the forms helper's {@code FormService}, enabled only by {@link ExportResourceTest}'s profile: the
 * hand-built II.06b of {@link SampleForms}, whose heading names the scope the resource asked for, so a test reads
 * which scope {@code ReportAccess} decided from the file's name.
 */
@Alternative
@ApplicationScoped
public class SampleReportForms implements ReportForms {
    @Override
    public ReportForm form(FormCode form, ReportScope scope, String periodLabel) {
        ReportForm sample = switch (scope) {
            case ReportScope.Province p -> SampleForms.province();
            case ReportScope.Agency a -> SampleForms.agency();
            case ReportScope.National n -> SampleForms.national();
        };
        ReportForm.Scope printed = new ReportForm.Scope(scope instanceof ReportScope.National ? "NATIONAL"
                : scope instanceof ReportScope.Agency ? "AGENCY" : "PROVINCE",
                scope.provinceCode().map(p -> p.value()).orElse(null), null, scope.agencyCode().orElse(null), null);
        return new ReportForm(form.code(), sample.formNumber(), sample.legalBasis(), sample.title(), printed,
                sample.reportingUnit(), sample.receivingUnit(), new ReportForm.Period("QUARTER", periodLabel,
                        sample.period().from(), sample.period().to(), sample.period().text()),
                sample.unitOfMeasure(), sample.columns(), sample.rows(), sample.notes(), sample.signature(),
                sample.computedAt(), sample.dataAsOf());
    }
}
