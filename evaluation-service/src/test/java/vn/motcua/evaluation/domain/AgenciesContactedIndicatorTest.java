package vn.motcua.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.evaluation.domain.Dossiers.VN;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Chỉ số 4 (Circular 01/2018/TT-VPCP Art. 13): the places that asked the applicant to complete the dossier. */
class AgenciesContactedIndicatorTest {
    private final AgenciesContactedIndicator indicator = new AgenciesContactedIndicator();

    @ParameterizedTest(name = "desk {0}, supplements by [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            0 | -                  | 2 | Không phải liên hệ nơi nào để hoàn thiện hồ sơ
            # only the one-stop desk, however many times
            2 | -                  | 1 | Phải liên hệ 1 nơi: bộ phận một cửa
            # only one agency, twice
            0 | SKHCN-20 SKHCN-20  | 1 | Phải liên hệ 1 nơi: SKHCN-20
            # the desk and then the agency: two places
            1 | SKHCN-20           | 0 | Phải liên hệ 2 nơi: bộ phận một cửa, SKHCN-20
            # a transferred dossier: the co-operating agency asked too (liên thông, Decree 118/2025 Art. 20)
            0 | SKHCN-20 STNMT-20  | 0 | Phải liên hệ 2 nơi: SKHCN-20, STNMT-20
            0 | STNMT-20           | 1 | Phải liên hệ 1 nơi: STNMT-20
            """)
    void noneEarnsTwoOnePlaceOneMoreZero(int atDesk, String agencies, int points, String reason) {
        Dossiers dossier = Dossiers.accepted().receptionRequests(atDesk);
        if (agencies != null) {
            int day = 4;
            for (String agency : agencies.split(" ")) {
                dossier.supplement(agency, "2026-03-0" + day++ + "T10:00");
            }
        }
        assertThat(indicator.evaluate(dossier.resolved("2026-03-13T15:00").facts(), VN))
                .isEqualTo(IndicatorResult.scored(4, points, reason));
    }

    @Test
    void aSupplementOfUnknownAgencyIsTheCompetentAgencys() {
        DossierFacts facts = Dossiers.accepted().supplement(null, "2026-03-04T10:00")
                .supplement(Dossiers.AGENCY, "2026-03-06T10:00").resolved("2026-03-13T15:00").facts();

        assertThat(indicator.evaluate(facts, VN)).isEqualTo(IndicatorResult.scored(4, 1,
                "Phải liên hệ 1 nơi: SKHCN-20"));
    }

    @Test
    void pendingUntilResolved() {
        assertThat(indicator.evaluate(Dossiers.accepted().facts(), VN).status())
                .isEqualTo(IndicatorResult.Status.PENDING);
    }
}
