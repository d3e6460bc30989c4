package vn.motcua.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.evaluation.domain.Dossiers.VN;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.evaluation.domain.IndicatorResult.Status;
import vn.motcua.events.RuleSet;

/** The scheme of Circular 01/2018/TT-VPCP Art. 13-15 as a whole. */
class Circular01PolicyTest {
    private final EvaluationPolicy policy = EvaluationPolicies.forRuleSet(RuleSet.DECREE_118_2025);

    @Test
    void bothRuleSetsUseTheCircular() {
        assertThat(EvaluationPolicies.forRuleSet(RuleSet.DECREE_61_2018).id()).isEqualTo("TT01-2018");
        assertThat(policy.id()).isEqualTo("TT01-2018");
        assertThat(EvaluationPolicies.byId("TT01-2018")).isSameAs(policy);
        assertThat(EvaluationPolicies.find("TT03-2025")).isEmpty();
        assertThatThrownBy(() -> EvaluationPolicies.byId("TT03-2025")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Withdrawn (Decree 118/2025 Art. 21), closed for a supplement that never came, never accepted: not scored. */
    @ParameterizedTest(name = "{0} is not evaluated")
    @CsvSource({"withdrawn", "closed", "never accepted"})
    void excludedDossiersAreNotEvaluated(String how) {
        UnaryOperator<Dossiers> exclude = switch (how) {
            case "withdrawn" -> Dossiers::withdrawn;
            case "closed" -> Dossiers::closed;
            default -> Dossiers::neverAccepted;
        };
        assertThat(policy.evaluate(exclude.apply(Dossiers.accepted()).facts(), VN)).isEmpty();
    }

    @Test
    void anAcceptedUnresolvedDossierIsEvaluatedWithEveryIndicatorPending() {
        DossierEvaluation evaluation = policy.evaluate(Dossiers.accepted().facts(), VN).orElseThrow();

        assertThat(evaluation.policy()).isEqualTo("TT01-2018");
        assertThat(evaluation.indicators()).extracting(IndicatorResult::indicator).containsExactly(1, 2, 3, 4, 6, 7);
        assertThat(evaluation.indicators()).extracting(IndicatorResult::status).containsOnly(Status.PENDING);
        assertThat(evaluation.totalPoints()).isZero();
        assertThat(evaluation.maxPoints()).isZero();
    }

    /**
     * Art. 15 cl. 1: each officer who handled the dossier answers for it, on 1, 2, 3, 4 and 7; indicator 2 is their
     * own step. Reception tiepnhan.ls; step 1 to xuly.ls (share ends 10/03, handed on 09/03: early), step 2 to
     * truongphong.ls (share ends 13/03, resolved 13/03: on the day), resolved by lanhdao.ls.
     */
    @Test
    void eachOfficerGetsOneShareWithTheirOwnStepTime() {
        DossierFacts facts = Dossiers.accepted()
                .step(Dossiers.AGENCY, "PQLKH", "xuly.ls", "2026-03-02T10:00", "2026-03-10T17:00", false)
                .step(Dossiers.AGENCY, "PQLKH", "truongphong.ls", "2026-03-09T10:00", "2026-03-13T17:00", false)
                .resolvedBy("lanhdao.ls", "2026-03-13T15:00").facts();

        DossierEvaluation evaluation = policy.evaluate(facts, VN).orElseThrow();

        assertThat(evaluation.indicators()).extracting(IndicatorResult::points).containsExactly(2, 1, 2, 2, 0, 2);
        assertThat(evaluation.totalPoints()).isEqualTo(9);
        assertThat(evaluation.maxPoints()).isEqualTo(12);
        assertThat(evaluation.officers()).extracting(DossierEvaluation.OfficerShare::officer,
                DossierEvaluation.OfficerShare::role).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("tiepnhan.ls", "RECEPTION"),
                        org.assertj.core.groups.Tuple.tuple("xuly.ls", "PROCESSING"),
                        org.assertj.core.groups.Tuple.tuple("truongphong.ls", "PROCESSING"),
                        org.assertj.core.groups.Tuple.tuple("lanhdao.ls", "RESOLUTION"));
        assertThat(evaluation.officers()).allSatisfy(share -> assertThat(share.indicators())
                .extracting(IndicatorResult::indicator).containsExactly(1, 2, 3, 4, 7));
        assertThat(evaluation.officers()).extracting(share -> share.indicators().get(1).points())
                .containsExactly(null, 2, 1, null);
        assertThat(evaluation.officers().getFirst().indicators().get(1))
                .isEqualTo(IndicatorResult.noData(2, "Không xử lý bước nào có thời hạn riêng"));
        assertThat(evaluation.officers()).extracting(share -> share.indicators().get(0).points())
                .containsOnly(2);
    }

    /**
     * A founded complaint about xuly.ls's conduct (Circular 01/2018/TT-VPCP Art. 13, indicator 7): the dossier's 7 is
     * 0, and so is xuly.ls's share; the reception officer and the resolver, whom it does not name, keep 2 (early).
     */
    @Test
    void aFoundedComplaintLowersTheNamedOfficersAttitudeOnly() {
        DossierFacts facts = Dossiers.accepted()
                .step(Dossiers.AGENCY, "PQLKH", "xuly.ls", "2026-03-02T10:00", "2026-03-10T17:00", false)
                .resolvedBy("lanhdao.ls", "2026-03-09T15:00")
                .complaint(true, DossierFacts.Finding.FOUNDED).facts();

        DossierEvaluation evaluation = policy.evaluate(facts, VN).orElseThrow();

        assertThat(evaluation.indicators().getLast().indicator()).isEqualTo(7);
        assertThat(evaluation.indicators().getLast().points()).isZero();
        assertThat(evaluation.officers()).extracting(DossierEvaluation.OfficerShare::officer,
                share -> share.indicators().getLast().points()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("tiepnhan.ls", 2),
                        org.assertj.core.groups.Tuple.tuple("xuly.ls", 0),
                        org.assertj.core.groups.Tuple.tuple("lanhdao.ls", 2));
    }

    /**
     * The edge cases in one evaluation each (indicators 1, 2, 3, 4, 6, 7): a supplement during appraisal
     * restarted the limit to 24/03 (Decree 118/2025 Art. 19 cl. 5); resolved 20/03, before it: 1 is early, 3 and 4
     * count the request once, 7 follows 1.
     */
    @Test
    void aRestartedDeadlineIsComparedAndTheRequestCounted() {
        DossierFacts facts = Dossiers.accepted().supplement(Dossiers.AGENCY, "2026-03-05T10:00")
                .due("2026-03-24T17:00").resolved("2026-03-20T10:00").facts();

        assertThat(policy.evaluate(facts, VN).orElseThrow().indicators()).containsExactly(
                IndicatorResult.scored(1, 2, "Giải quyết trước hạn (hạn 24/03/2026, xong 20/03/2026)"),
                IndicatorResult.noData(2, "Quy trình không phân định thời gian cho từng bước"),
                IndicatorResult.scored(3, 1, "Phải bổ sung hồ sơ 1 lần"),
                IndicatorResult.scored(4, 1, "Phải liên hệ 1 nơi: SKHCN-20"),
                IndicatorResult.scored(6, 0, "Không có thủ tục được công bố, công khai trên hệ thống"),
                IndicatorResult.scored(7, 2, "Giải quyết trước hạn (hạn 24/03/2026, xong 20/03/2026), không có phản "
                        + "ánh"));
    }

    /** The apology moved 16/03 to 23/03 (Art. 19 cl. 6); resolved 20/03: late in law for 1 and 7. */
    @Test
    void anApologyIsLateForOneAndSeven() {
        DossierFacts facts = Dossiers.accepted().apology("2026-03-16T17:00", "2026-03-23T17:00")
                .resolved("2026-03-20T10:00").facts();

        assertThat(policy.evaluate(facts, VN).orElseThrow().indicators())
                .extracting(IndicatorResult::indicator, IndicatorResult::points)
                .contains(org.assertj.core.groups.Tuple.tuple(1, 0), org.assertj.core.groups.Tuple.tuple(7, 0));
    }

    @Test
    void anOfficerMetTwiceKeepsTheFirstRole() {
        DossierFacts facts = Dossiers.accepted()
                .step(Dossiers.AGENCY, "PQLKH", "tiepnhan.ls", "2026-03-02T10:00", null, false)
                .resolvedBy("tiepnhan.ls", "2026-03-13T15:00").facts();

        assertThat(policy.evaluate(facts, VN).orElseThrow().officers())
                .extracting(DossierEvaluation.OfficerShare::officer, DossierEvaluation.OfficerShare::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tiepnhan.ls", "RECEPTION"));
    }

    @Test
    void theIndicatorsOfEachScorecard() {
        assertThat(policy.indicatorsOf(SubjectKind.OFFICER)).containsExactly(1, 2, 3, 4, 7);
        assertThat(policy.indicatorsOf(SubjectKind.UNIT)).containsExactly(5, 6, 8, 9);
        assertThat(policy.indicatorsOf(SubjectKind.AGENCY)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(policy.indicatorsOf(SubjectKind.PROVINCE)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(policy.perUnit()).extracting(UnitIndicator::number).containsExactly(5, 8, 9);
        assertThat(policy.perDossier()).extracting(DossierIndicator::number).containsExactly(1, 2, 3, 4, 6, 7);
    }

    /** Art. 15 cl. 3, at each edge (scores carry one decimal, so 4.9 is the highest below 5). */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(nullValues = "-", textBlock = """
            OFFICER,  10.0, OFFICER_FULL
            OFFICER,   5.0, OFFICER_FULL
            OFFICER,   4.9, OFFICER_70
            OFFICER,   3.5, OFFICER_70
            OFFICER,   3.4, OFFICER_BELOW_70
            OFFICER,   0.0, OFFICER_BELOW_70
            AGENCY,   18.0, XUAT_SAC
            AGENCY,   15.0, XUAT_SAC
            AGENCY,   14.9, TOT
            AGENCY,   12.0, TOT
            AGENCY,   11.9, KHA
            AGENCY,    9.0, KHA
            AGENCY,    8.9, TRUNG_BINH
            AGENCY,    6.0, TRUNG_BINH
            AGENCY,    5.9, YEU
            PROVINCE, 15.0, XUAT_SAC
            PROVINCE,  5.9, YEU
            UNIT,      8.0, -
            UNIT,      0.0, -
            """)
    void bandsAtTheirEdges(SubjectKind kind, BigDecimal total, Band band) {
        assertThat(policy.band(kind, total)).isEqualTo(Optional.ofNullable(band));
    }

    @Test
    void indicatorNamesAreTheCircularsWords() {
        assertThat(List.of(1, 5, 9)).extracting(policy::indicatorName).containsExactly(
                "Tổng thời gian giải quyết TTHC so với thời gian quy định",
                "Thực hiện tổ chức tiếp nhận hồ sơ, giải quyết, trả kết quả tại Bộ phận Một cửa",
                "Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến của cơ quan có thẩm quyền");
        assertThatThrownBy(() -> policy.indicatorName(10)).isInstanceOf(IllegalArgumentException.class);
    }
}
