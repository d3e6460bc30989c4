package vn.motcua.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFileNameTest {
    @Test
    void theNameCarriesTheFormTheProvinceOrTheNationTheAgencyAndThePeriod() {
        assertThat(ReportFileName.of(SampleForms.province(), ExportFormat.XLSX))
                .isEqualTo("bao-cao_II.06b_20_2026-Q2.xlsx");
        assertThat(ReportFileName.of(SampleForms.agency(), ExportFormat.PDF))
                .isEqualTo("bao-cao_II.06b_20_SKHCN-20_2026-Q2.pdf");
        assertThat(ReportFileName.of(SampleForms.national(), ExportFormat.CSV))
                .isEqualTo("bao-cao_II.06b_toan-quoc_2026-Q2.csv");
    }

    @Test
    void theDispositionIsAnAttachmentWithThePlainAndTheEncodedName() {
        assertThat(ReportFileName.contentDisposition("bao-cao_II.06b_20_2026-Q2.xlsx")).isEqualTo(
                "attachment; filename=\"bao-cao_II.06b_20_2026-Q2.xlsx\";"
                        + " filename*=UTF-8''bao-cao_II.06b_20_2026-Q2.xlsx");
    }

    @Test
    void anythingButLettersDigitsDotsDashesAndUnderscoresBecomesADash() {
        var form = SampleForms.agency();
        var odd = new vn.motcua.reporting.domain.form.ReportForm(form.form(), form.formNumber(), form.legalBasis(),
                form.title(), new vn.motcua.reporting.domain.form.ReportForm.Scope("AGENCY", "20", "Lạng Sơn",
                        "Sở \"KH\"/CN", null), form.reportingUnit(), form.receivingUnit(), form.period(),
                form.unitOfMeasure(), form.columns(), form.rows(), form.notes(), form.signature(), form.computedAt(),
                form.dataAsOf());
        assertThat(ReportFileName.of(odd, ExportFormat.CSV)).isEqualTo("bao-cao_II.06b_20_S---KH--CN_2026-Q2.csv");
    }
}
