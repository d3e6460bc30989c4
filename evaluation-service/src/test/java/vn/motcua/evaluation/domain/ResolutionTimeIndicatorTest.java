package vn.motcua.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.evaluation.domain.Dossiers.VN;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Chỉ số 1 (Circular 01/2018/TT-VPCP Art. 13): the dossier is due Mon 16/03/2026 17:00, Vietnam time. */
class ResolutionTimeIndicatorTest {
    private final ResolutionTimeIndicator indicator = new ResolutionTimeIndicator();

    @ParameterizedTest(name = "resolved {0} -> {1} points")
    @CsvSource(delimiter = '|', textBlock = """
            # trước hạn
            2026-03-13T15:00 | 2 | Giải quyết trước hạn (hạn 16/03/2026, xong 13/03/2026)
            # on the due day, even after office hours: đúng hạn (the receipt shows only the date)
            2026-03-16T08:00 | 1 | Giải quyết đúng hạn (hạn 16/03/2026, xong 16/03/2026)
            2026-03-16T23:30 | 1 | Giải quyết đúng hạn (hạn 16/03/2026, xong 16/03/2026)
            # the next morning in Vietnam is still the 16th in UTC: the province's day decides, quá hạn
            2026-03-17T06:00 | 0 | Giải quyết quá hạn (hạn 16/03/2026, xong 17/03/2026)
            2026-03-20T10:00 | 0 | Giải quyết quá hạn (hạn 16/03/2026, xong 20/03/2026)
            """)
    void resolutionAgainstTheDueDayEarnsTwoOneOrZero(String resolved, int points, String reason) {
        assertThat(indicator.evaluate(Dossiers.accepted().resolved(resolved).facts(), VN))
                .isEqualTo(IndicatorResult.scored(1, points, reason));
    }

    /** Decree 118/2025 Art. 19 cl. 5: a supplement during appraisal restarts the time limit; dueAt is the new date. */
    @Test
    void aRestartedDeadlineIsTheOneCompared() {
        DossierFacts facts = Dossiers.accepted().supplement(Dossiers.AGENCY, "2026-03-05T10:00")
                .due("2026-03-24T17:00").resolved("2026-03-20T10:00").facts();

        assertThat(indicator.evaluate(facts, VN))
                .isEqualTo(IndicatorResult.scored(1, 2, "Giải quyết trước hạn (hạn 24/03/2026, xong 20/03/2026)"));
    }

    /** Art. 19 cl. 6: the apology sets a new date, it does not lengthen the legal time: compare with the one before. */
    @Test
    void anApologyDoesNotMakeALateDossierOnTime() {
        DossierFacts facts = Dossiers.accepted().apology("2026-03-16T17:00", "2026-03-23T17:00")
                .resolved("2026-03-20T10:00").facts();

        assertThat(indicator.evaluate(facts, VN)).isEqualTo(IndicatorResult.scored(1, 0,
                "Giải quyết quá hạn (hạn 16/03/2026 trước khi xin lỗi, hẹn lại, xong 20/03/2026)"));
    }

    @Test
    void aRefusalAfterAppraisalIsAResolutionAndScored() {
        DossierFacts refused = Dossiers.accepted().resolved("2026-03-13T15:00").facts();
        refused = new DossierFacts(refused.dossierId(), refused.dossierCode(), refused.province(), refused.agency(),
                refused.procedureCode(), refused.procedureVersion(), refused.procedure(), refused.channel(),
                refused.ruleSet(), refused.submittedAt(), refused.receivedAt(), refused.acceptedBy(), refused.dueAt(),
                refused.originalDueAt(), 0, refused.supplements(), refused.extension(), refused.steps(),
                refused.resolution().map(r -> new DossierFacts.Resolution(r.resolvedAt(), r.timeliness(),
                        vn.motcua.events.Outcome.REFUSED, r.unit(), r.officer(), false, false)),
                null, null, null, refused.papers(), refused.payments(), refused.rating(), refused.complaints(), false);

        assertThat(indicator.evaluate(refused, VN).points()).isEqualTo(2);
    }

    @Test
    void withoutAnAppointedDateThereIsNoData() {
        Dossiers dossier = Dossiers.accepted().resolved("2026-03-13T15:00");
        dossier.dueAt = null;

        assertThat(indicator.evaluate(dossier.facts(), VN))
                .isEqualTo(IndicatorResult.noData(1, "Hồ sơ không có ngày hẹn trả"));
    }

    @Test
    void pendingNotZeroUntilResolved() {
        assertThat(indicator.evaluate(Dossiers.accepted().facts(), VN))
                .isEqualTo(IndicatorResult.pending(1, "Chưa giải quyết xong"));
    }

    // the points of each timeliness, as the thin slice's service still reads them
    @ParameterizedTest(name = "{0} earns {1} of 2 points")
    @CsvSource({"EARLY, 2", "ON_TIME, 1", "LATE, 0"})
    void pointsByTimeliness(vn.motcua.events.Timeliness timeliness, int points) {
        assertThat(ResolutionTimeIndicator.points(timeliness)).isEqualTo(points);
    }
}
