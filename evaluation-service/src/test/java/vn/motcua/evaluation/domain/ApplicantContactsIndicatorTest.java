package vn.motcua.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.evaluation.domain.Dossiers.VN;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Chỉ số 3 (Circular 01/2018/TT-VPCP Art. 13): times the applicant had to come back to complete the dossier. */
class ApplicantContactsIndicatorTest {
    private final ApplicantContactsIndicator indicator = new ApplicantContactsIndicator();

    @ParameterizedTest(name = "{0} at the desk + {1} in appraisal -> {2} points")
    @CsvSource(delimiter = '|', textBlock = """
            0 | 0 | 2 | Không phải bổ sung hồ sơ
            1 | 0 | 1 | Phải bổ sung hồ sơ 1 lần
            # a supplement that restarted the time limit still made the applicant come back
            0 | 1 | 1 | Phải bổ sung hồ sơ 1 lần
            2 | 0 | 0 | Phải bổ sung hồ sơ 2 lần
            1 | 1 | 0 | Phải bổ sung hồ sơ 2 lần (1 lần khi tiếp nhận, 1 lần khi thẩm định)
            0 | 2 | 0 | Phải bổ sung hồ sơ 2 lần
            """)
    void noneEarnsTwoOnceOneMoreZero(int atDesk, int inAppraisal, int points, String reason) {
        Dossiers dossier = Dossiers.accepted().receptionRequests(atDesk);
        for (int i = 0; i < inAppraisal; i++) {
            dossier.supplement(Dossiers.AGENCY, "2026-03-0" + (4 + i) + "T10:00");
        }
        assertThat(indicator.evaluate(dossier.resolved("2026-03-13T15:00").facts(), VN))
                .isEqualTo(IndicatorResult.scored(3, points, reason));
    }

    @Test
    void pendingUntilResolved() {
        assertThat(indicator.evaluate(Dossiers.accepted().receptionRequests(1).facts(), VN))
                .isEqualTo(IndicatorResult.pending(3, "Chưa giải quyết xong"));
    }
}
