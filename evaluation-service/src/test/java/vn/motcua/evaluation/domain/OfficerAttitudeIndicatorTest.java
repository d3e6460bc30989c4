package vn.motcua.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.evaluation.domain.Dossiers.VN;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.evaluation.domain.DossierFacts.Finding;

/** Chỉ số 7 (Circular 01/2018/TT-VPCP Art. 13): due Mon 16/03/2026. */
class OfficerAttitudeIndicatorTest {
    private final OfficerAttitudeIndicator indicator = new OfficerAttitudeIndicator();

    @ParameterizedTest(name = "resolved {0}, complaint {1}/{2}, THAI_DO {3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # early, on time, late without any complaint
            2026-03-13T15:00 | -     | -         | - | 2 | Giải quyết trước hạn (hạn 16/03/2026, xong 13/03/2026), không có phản ánh
            2026-03-16T15:00 | -     | -         | - | 1 | Giải quyết đúng hạn (hạn 16/03/2026, xong 16/03/2026), không có phản ánh
            # the law has no row for late without complaint: 0, "quá hạn"
            2026-03-18T15:00 | -     | -         | - | 0 | Giải quyết quá hạn (hạn 16/03/2026, xong 18/03/2026)
            # a conduct complaint found true: 0 however early
            2026-03-13T15:00 | true  | FOUNDED   | - | 0 | Có phản ánh về thái độ, hành vi của cán bộ được xác minh đúng
            # "unless found untrue": pending does not lower it yet, unfounded is ignored
            2026-03-13T15:00 | true  | PENDING   | - | 2 | Giải quyết trước hạn (hạn 16/03/2026, xong 13/03/2026), không có phản ánh
            2026-03-16T15:00 | true  | UNFOUNDED | - | 1 | Giải quyết đúng hạn (hạn 16/03/2026, xong 16/03/2026), không có phản ánh
            # a founded complaint not about conduct is indicator 8's
            2026-03-13T15:00 | false | FOUNDED   | - | 2 | Giải quyết trước hạn (hạn 16/03/2026, xong 13/03/2026), không có phản ánh
            # the applicant's rating of attitude: 0 (không hài lòng) gives 0; 1 or 2 leave the time to decide
            2026-03-13T15:00 | -     | -         | 0 | 0 | Người dân không hài lòng về thái độ của cán bộ
            2026-03-13T15:00 | -     | -         | 1 | 2 | Giải quyết trước hạn (hạn 16/03/2026, xong 13/03/2026), không có phản ánh
            2026-03-16T15:00 | -     | -         | 2 | 1 | Giải quyết đúng hạn (hạn 16/03/2026, xong 16/03/2026), không có phản ánh
            """)
    void attitudeFromComplaintsRatingAndTime(String resolved, Boolean conduct, Finding finding, Integer attitude,
            int points, String reason) {
        Dossiers dossier = Dossiers.accepted().resolved(resolved);
        if (conduct != null) {
            dossier.complaint(conduct, finding);
        }
        if (attitude != null) {
            dossier.rated("THAI_DO", attitude);
        }
        assertThat(indicator.evaluate(dossier.facts(), VN)).isEqualTo(IndicatorResult.scored(7, points, reason));
    }

    @Test
    void aLowRatingOfAnotherContentDoesNotTouchAttitude() {
        DossierFacts facts = Dossiers.accepted().resolved("2026-03-13T15:00").rated("THOI_GIAN", 0).facts();
        assertThat(indicator.evaluate(facts, VN).points()).isEqualTo(2);
    }

    @Test
    void theApologysNewDateDoesNotMakeItOnTime() {
        DossierFacts facts = Dossiers.accepted().apology("2026-03-16T17:00", "2026-03-23T17:00")
                .resolved("2026-03-20T10:00").facts();
        assertThat(indicator.evaluate(facts, VN).points()).isZero();
    }

    @Test
    void pendingUntilResolvedEvenWithAFoundedComplaint() {
        DossierFacts facts = Dossiers.accepted().complaint(true, Finding.FOUNDED).facts();
        assertThat(indicator.evaluate(facts, VN)).isEqualTo(IndicatorResult.pending(7, "Chưa giải quyết xong"));
    }
}
