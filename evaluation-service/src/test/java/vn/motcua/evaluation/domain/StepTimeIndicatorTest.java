package vn.motcua.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.evaluation.domain.Dossiers.VN;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chỉ số 2 (Circular 01/2018/TT-VPCP Art. 13): step 1 to PQLKH (xuly.ls, share ends Tue 10/03) from 02/03, step 2 to
 * the director's office (truongphong.ls, share ends Fri 13/03) from the hand-over, resolved at the end.
 */
class StepTimeIndicatorTest {
    private final StepTimeIndicator indicator = new StepTimeIndicator();

    @ParameterizedTest(name = "handed on {0}, resolved {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # both steps early
            2026-03-09T10:00 | 2026-03-12T10:00 | 2 | Bước 1 (SKHCN-20/PQLKH) xong trước hạn (hạn 10/03/2026, xong 09/03/2026); thấp nhất trong 2 bước
            # step 1 ends on its day: the lowest is 1
            2026-03-10T16:00 | 2026-03-12T10:00 | 1 | Bước 1 (SKHCN-20/PQLKH) xong đúng hạn (hạn 10/03/2026, xong 10/03/2026); thấp nhất trong 2 bước
            # step 2 ends after its share although the dossier is early overall
            2026-03-09T10:00 | 2026-03-14T10:00 | 0 | Bước 2 (SKHCN-20/BGD) xong quá hạn (hạn 13/03/2026, xong 14/03/2026); thấp nhất trong 2 bước
            # step 1 late, step 2 on its day: the lowest, 0
            2026-03-11T08:00 | 2026-03-13T16:00 | 0 | Bước 1 (SKHCN-20/PQLKH) xong quá hạn (hạn 10/03/2026, xong 11/03/2026); thấp nhất trong 2 bước
            """)
    void theDossierScoresItsSlowestStep(String handedOn, String resolved, int points, String reason) {
        DossierFacts facts = Dossiers.accepted()
                .step(Dossiers.AGENCY, "PQLKH", "xuly.ls", "2026-03-02T10:00", "2026-03-10T17:00", false)
                .step(Dossiers.AGENCY, "BGD", "truongphong.ls", handedOn, "2026-03-13T17:00", false)
                .resolved(resolved).facts();

        assertThat(indicator.evaluate(facts, VN)).isEqualTo(IndicatorResult.scored(2, points, reason));
    }

    /** A transferred dossier (liên thông, Decree 118/2025 Art. 20): the co-operating agency's step counts too. */
    @Test
    void aCoOperatingAgencysStepIsIncluded() {
        DossierFacts facts = Dossiers.accepted()
                .step(Dossiers.AGENCY, "PQLKH", "xuly.ls", "2026-03-02T10:00", "2026-03-06T17:00", false)
                .step("STNMT-20", "VPDK", "xuly.tnmt", "2026-03-05T10:00", "2026-03-11T17:00", true)
                .step(Dossiers.AGENCY, "PQLKH", "xuly.ls", "2026-03-12T10:00", "2026-03-13T17:00", false)
                .resolved("2026-03-13T10:00").facts();

        assertThat(indicator.evaluate(facts, VN)).isEqualTo(IndicatorResult.scored(2, 0,
                "Bước 2 (liên thông STNMT-20/VPDK) xong quá hạn (hạn 11/03/2026, xong 12/03/2026); thấp nhất trong 3 "
                        + "bước"));
        assertThat(indicator.evaluateFor(facts, VN, "xuly.ls")).isEqualTo(IndicatorResult.scored(2, 1,
                "Bước 3 (SKHCN-20/PQLKH) xong đúng hạn (hạn 13/03/2026, xong 13/03/2026); thấp nhất trong 2 bước"));
        assertThat(indicator.evaluateFor(facts, VN, "xuly.tnmt").points()).isZero();
    }

    @Test
    void withoutStepSharesTheLawsDatumCannotExist() {
        DossierFacts facts = Dossiers.accepted()
                .step(Dossiers.AGENCY, "PQLKH", "xuly.ls", "2026-03-02T10:00", null, false)
                .resolved("2026-03-13T10:00").facts();

        assertThat(indicator.evaluate(facts, VN)).isEqualTo(IndicatorResult.noData(2,
                "Quy trình không phân định thời gian cho từng bước"));
        assertThat(indicator.evaluateFor(facts, VN, "xuly.ls")).isEqualTo(IndicatorResult.noData(2,
                "Không xử lý bước nào có thời hạn riêng"));
    }

    @Test
    void aSingleStepNamesNoCount() {
        DossierFacts facts = Dossiers.accepted()
                .step(Dossiers.AGENCY, null, null, "2026-03-02T10:00", "2026-03-10T17:00", false)
                .resolved("2026-03-09T10:00").facts();

        assertThat(indicator.evaluate(facts, VN)).isEqualTo(IndicatorResult.scored(2, 2,
                "Bước 1 (SKHCN-20) xong trước hạn (hạn 10/03/2026, xong 09/03/2026)"));
    }

    @Test
    void pendingUntilResolved() {
        DossierFacts facts = Dossiers.accepted()
                .step(Dossiers.AGENCY, "PQLKH", "xuly.ls", "2026-03-02T10:00", "2026-03-10T17:00", false).facts();

        assertThat(indicator.evaluate(facts, VN)).isEqualTo(IndicatorResult.pending(2, "Chưa giải quyết xong"));
    }
}
