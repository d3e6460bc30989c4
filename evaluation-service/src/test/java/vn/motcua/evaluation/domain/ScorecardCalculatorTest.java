package vn.motcua.evaluation.domain;

import vn.motcua.events.ReportingPeriod;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.evaluation.domain.IndicatorResult.Status;

/** Art. 15 of Circular 01/2018/TT-VPCP: means per indicator half up to one decimal, then their sum. */
class ScorecardCalculatorTest {
    private static final EvaluationPolicy POLICY = EvaluationPolicies.byId("TT01-2018");
    private static final ReportingPeriod Q2 = ReportingPeriod.quarter(2022, 2, 15);

    @ParameterizedTest(name = "points {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2 2 1 | 1.7 | 5 điểm / 3 hồ sơ
            1 2   | 1.5 | 3 điểm / 2 hồ sơ
            2 1 1 | 1.3 | 4 điểm / 3 hồ sơ
            2     | 2.0 | 2 điểm / 1 hồ sơ
            0 0 1 | 0.3 | 1 điểm / 3 hồ sơ
            0 1 1 | 0.7 | 2 điểm / 3 hồ sơ
            """)
    void anIndicatorScoreIsTheMeanRoundedHalfUpToOneDecimal(String points, String score, String reason) {
        List<Scorecard.DossierPoints> dossiers = Arrays.stream(points.split(" "))
                .map(p -> dossier(Map.of(1, Integer.parseInt(p)))).toList();

        Scorecard.IndicatorScore first = officer(dossiers).indicators().getFirst();

        assertThat(first.score()).isEqualTo(new BigDecimal(score));
        assertThat(first.reason()).isEqualTo(reason);
        assertThat(first.status()).isEqualTo(Status.SCORED);
    }

    /** 29 / 20 = 1.45: half up gives 1.5 (half even would give 1.4). */
    @Test
    void aHalfRoundsUp() {
        List<Scorecard.DossierPoints> dossiers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            dossiers.add(dossier(Map.of(1, i < 9 ? 2 : 1)));
        }
        assertThat(officer(dossiers).indicators().getFirst().score()).isEqualTo(new BigDecimal("1.5"));
    }

    /** 5/3 = 1.67 -> 1.7 twice: the total is 3.4, the sum of the rounded scores (not 10/3 = 3.3). */
    @Test
    void theTotalSumsTheRoundedScores() {
        List<Scorecard.DossierPoints> dossiers = List.of(dossier(Map.of(1, 2, 3, 2)), dossier(Map.of(1, 2, 3, 2)),
                dossier(Map.of(1, 1, 3, 1)));

        Scorecard card = officer(dossiers);

        assertThat(card.total()).isEqualTo(new BigDecimal("3.4"));
        assertThat(card.max()).isEqualTo(new BigDecimal("4"));
    }

    /** Art. 15 cl. 4b: an indicator without data is left out of the total and of the maximum. */
    @Test
    void anIndicatorWithoutDataShrinksTheMaximum() {
        List<Scorecard.DossierPoints> dossiers = List.of(dossier(Map.of(1, 2, 3, 2, 4, 2, 7, 2)),
                dossier(Map.of(1, 2, 3, 2, 4, 2, 7, 2)));

        Scorecard card = officer(dossiers);

        assertThat(card.indicators()).extracting(Scorecard.IndicatorScore::indicator).containsExactly(1, 2, 3, 4, 7);
        assertThat(card.indicators().get(1)).isEqualTo(new Scorecard.IndicatorScore(2, null, 0, 0, Status.NO_DATA,
                "Không có hồ sơ có dữ liệu"));
        assertThat(card.total()).isEqualTo(new BigDecimal("8.0"));
        assertThat(card.max()).isEqualTo(new BigDecimal("8"));
        assertThat(card.band()).contains(Band.OFFICER_FULL);
        assertThat(card.dossiers()).isEqualTo(2);
    }

    /** Seed 000 (Lạng Sơn Q2 2022): officers 10/10, one-stop unit 7/8, the agency and its head 17/18. */
    @Test
    void theSeedsScorecards() {
        Map<Integer, Integer> allTwo = Map.of(1, 2, 2, 2, 3, 2, 4, 2, 6, 2, 7, 2);
        List<Scorecard.DossierPoints> dossiers = List.of(dossier(allTwo), dossier(allTwo), dossier(allTwo));
        Map<Integer, IndicatorResult> unit = Map.of(5, IndicatorResult.scored(5, 1, "0/20 TTHC giải quyết tại chỗ"),
                8, IndicatorResult.scored(8, 2, "Không có phản ánh, kiến nghị"),
                9, IndicatorResult.scored(9, 2, "…"));

        Scorecard officer = officer(dossiers);
        Scorecard oneStop = ScorecardCalculator.compute(POLICY, SubjectKind.UNIT, "SKHCN-20/MOT_CUA", Q2, dossiers,
                unit);
        Scorecard agency = ScorecardCalculator.compute(POLICY, SubjectKind.AGENCY, "SKHCN-20", Q2, dossiers, unit);

        assertThat(List.of(officer.total(), officer.max())).containsExactly(new BigDecimal("10.0"),
                new BigDecimal("10"));
        assertThat(officer.band()).contains(Band.OFFICER_FULL);
        assertThat(List.of(oneStop.total(), oneStop.max())).containsExactly(new BigDecimal("7.0"),
                new BigDecimal("8"));
        assertThat(oneStop.band()).isEmpty();
        assertThat(oneStop.indicators()).extracting(Scorecard.IndicatorScore::indicator).containsExactly(5, 6, 8, 9);
        assertThat(oneStop.indicators().getFirst()).isEqualTo(new Scorecard.IndicatorScore(5, new BigDecimal("1.0"),
                0, 0, Status.SCORED, "0/20 TTHC giải quyết tại chỗ"));
        assertThat(List.of(agency.total(), agency.max())).containsExactly(new BigDecimal("17.0"),
                new BigDecimal("18"));
        assertThat(agency.band()).contains(Band.XUAT_SAC);
        assertThat(agency.policy()).isEqualTo("TT01-2018");
        assertThat(agency.period().label()).isEqualTo("2022-Q2");
    }

    /**
     * The seed's "648 points for 324 dossiers, 2/2 on average" is right for ONE indicator (648 / 324 = 2.0); the
     * scorecard sums the means of its indicators, so an officer with all five at 2 has 10, not 2.
     */
    @Test
    void theSeedsArithmeticHoldsForOneIndicatorOnly() {
        List<Scorecard.DossierPoints> dossiers = new ArrayList<>();
        for (int i = 0; i < 324; i++) {
            dossiers.add(dossier(Map.of(1, 2, 2, 2, 3, 2, 4, 2, 7, 2)));
        }

        Scorecard card = officer(dossiers);

        assertThat(card.indicators().getFirst()).isEqualTo(new Scorecard.IndicatorScore(1, new BigDecimal("2.0"),
                648, 324, Status.SCORED, "648 điểm / 324 hồ sơ"));
        assertThat(card.total()).isEqualTo(new BigDecimal("10.0"));
    }

    /** Indicator 6 of a unit is the mean of its dossiers' points; a per-unit indicator without data is left out. */
    @Test
    void aUnitsIndicatorSixIsItsDossiersMean() {
        List<Scorecard.DossierPoints> dossiers = List.of(dossier(Map.of(6, 2)), dossier(Map.of(6, 1)));
        Map<Integer, IndicatorResult> unit = new HashMap<>();
        unit.put(5, IndicatorResult.noData(5, "Không có TTHC đang có hiệu lực"));
        unit.put(8, IndicatorResult.scored(8, 2, "Không có phản ánh, kiến nghị"));

        Scorecard card = ScorecardCalculator.compute(POLICY, SubjectKind.UNIT, "SKHCN-20/PQLKH", Q2, dossiers, unit);

        assertThat(card.indicators()).extracting(Scorecard.IndicatorScore::score).containsExactly(null,
                new BigDecimal("1.5"), new BigDecimal("2.0"), null);
        assertThat(card.indicators()).extracting(Scorecard.IndicatorScore::reason).containsExactly(
                "Không có TTHC đang có hiệu lực", "3 điểm / 2 hồ sơ", "Không có phản ánh, kiến nghị",
                "Chưa có dữ liệu");
        assertThat(card.total()).isEqualTo(new BigDecimal("3.5"));
        assertThat(card.max()).isEqualTo(new BigDecimal("4"));
        assertThat(card.band()).isEqualTo(Optional.empty());
    }

    /**
     * From evaluations to the officer's scorecard: xuly.ls handled two dossiers; the first early with its step early,
     * the second on its day with its step late and one supplement. 1: (2+1)/2 = 1.5; 2: (2+0)/2 = 1.0; 3: (2+1)/2 =
     * 1.5; 4: (2+1)/2 = 1.5; 7: (2+1)/2 = 1.5; total 7.0 of 10: 5 or more is the full band (Art. 15 cl. 3).
     */
    @Test
    void anOfficersScorecardFromTheirShares() {
        DossierFacts early = Dossiers.accepted()
                .step(Dossiers.AGENCY, "PQLKH", "xuly.ls", "2026-03-02T10:00", "2026-03-10T17:00", false)
                .resolved("2026-03-09T10:00").facts();
        Dossiers second = Dossiers.accepted()
                .step(Dossiers.AGENCY, "PQLKH", "xuly.ls", "2026-03-02T10:00", "2026-03-10T17:00", false)
                .supplement(Dossiers.AGENCY, "2026-03-04T10:00").resolved("2026-03-16T10:00");
        second.id = UUID.fromString("00000000-0000-0000-0000-000000000016");
        List<Scorecard.DossierPoints> points = new ArrayList<>();
        for (DossierFacts facts : List.of(early, second.facts())) {
            DossierEvaluation evaluation = POLICY.evaluate(facts, Dossiers.VN).orElseThrow();
            DossierEvaluation.OfficerShare share = evaluation.officers().stream()
                    .filter(o -> o.officer().equals("xuly.ls")).findFirst().orElseThrow();
            points.add(ScorecardCalculator.pointsOf(facts.dossierId(), facts.dossierCode(), share.indicators()));
        }

        Scorecard card = officer(points);

        assertThat(card.indicators()).extracting(Scorecard.IndicatorScore::score).containsExactly(
                new BigDecimal("1.5"), new BigDecimal("1.0"), new BigDecimal("1.5"), new BigDecimal("1.5"),
                new BigDecimal("1.5"));
        assertThat(card.total()).isEqualTo(new BigDecimal("7.0"));
        assertThat(card.max()).isEqualTo(new BigDecimal("10"));
        assertThat(card.band()).contains(Band.OFFICER_FULL);
    }

    @Test
    void pointsOfLeavesOutWhatIsNotScored() {
        Scorecard.DossierPoints points = ScorecardCalculator.pointsOf(UUID.randomUUID(), "H38", List.of(
                IndicatorResult.scored(1, 2, "x"), IndicatorResult.noData(2, "x"), IndicatorResult.pending(7, "x")));

        assertThat(points.points()).isEqualTo(Map.of(1, 2));
    }

    @Test
    void noDossiersAndNoUnitDataIsAnEmptyScorecard() {
        Scorecard card = ScorecardCalculator.compute(POLICY, SubjectKind.AGENCY, "SKHCN-20", Q2, List.of(), Map.of());

        assertThat(card.indicators()).extracting(Scorecard.IndicatorScore::status).containsOnly(Status.NO_DATA);
        assertThat(card.total()).isEqualTo(new BigDecimal("0.0"));
        assertThat(card.max()).isEqualTo(new BigDecimal("0"));
        assertThat(card.band()).contains(Band.YEU);
    }

    private static Scorecard officer(List<Scorecard.DossierPoints> dossiers) {
        return ScorecardCalculator.compute(POLICY, SubjectKind.OFFICER, "xuly.ls", Q2, dossiers, Map.of());
    }

    private static Scorecard.DossierPoints dossier(Map<Integer, Integer> points) {
        UUID id = UUID.randomUUID();
        return new Scorecard.DossierPoints(id, "H38-" + id, points);
    }
}
