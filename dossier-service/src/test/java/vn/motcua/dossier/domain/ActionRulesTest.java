package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the history and the hour withhold, over the real 2026 calendar (TestCalendars.Y2025_2026: Tết 16-20/02 off,
 * weekends off, office until 17:00). Times are in Việt Nam.
 */
class ActionRulesTest {
    private static final WorkingCalendar CAL = TestCalendars.Y2025_2026;

    /** Accepted Thu 12/02/2026 09:00; 5 working days due Thu 26/02 17:00 (13/02, 23-26/02 over Tết). */
    private static ActionRules.Facts accepted(boolean supplementRequested, boolean extended, boolean handedOver) {
        return new ActionRules.Facts(DossierStatus.IN_APPRAISAL, at("2026-02-12T09:00"), at("2026-02-26T17:00"),
                supplementRequested, supplementRequested ? at("2026-02-13T10:00") : null, extended, handedOver);
    }

    @ParameterizedTest(name = "{0} at {1} (supplement asked: {2}, extended: {3}) -> {4}")
    @CsvSource(textBlock = """
            # Decree 118/2025 Art. 19 cl. 5: within 3 working days of acceptance: 13/02, 23/02, 24/02 (Tết between)
            REQUEST_SUPPLEMENT, 2026-02-13T10:00, false, false, ''
            REQUEST_SUPPLEMENT, 2026-02-19T10:00, false, false, ''
            REQUEST_SUPPLEMENT, 2026-02-24T16:59, false, false, ''
            # the window closes with the office on the third working day
            REQUEST_SUPPLEMENT, 2026-02-24T17:00, false, false, ''
            REQUEST_SUPPLEMENT, 2026-02-24T17:01, false, false, supplement-window-passed
            REQUEST_SUPPLEMENT, 2026-02-25T08:00, false, false, supplement-window-passed
            # once only, whatever the hour
            REQUEST_SUPPLEMENT, 2026-02-13T10:00, true, false, supplement-already-requested
            # Art. 19 cl. 6: at least a day before the due day (Thu 26/02)
            EXTEND, 2026-02-25T10:00, false, false, ''
            EXTEND, 2026-02-25T16:59, false, false, ''
            # after hours on Wed counts as made on Thu, the due day: no day of notice
            EXTEND, 2026-02-25T17:30, false, false, apology-too-late
            EXTEND, 2026-02-26T08:00, false, false, apology-too-late
            # during Tết (a day off) it counts as made on Mon 23/02: allowed
            EXTEND, 2026-02-18T10:00, false, false, ''
            # the date may be moved once
            EXTEND, 2026-02-20T10:00, false, true, already-extended
            # a resolution and a withdrawal depend on no rule of the history
            RESOLVE, 2026-03-20T10:00, true, true, ''
            WITHDRAW, 2026-03-20T10:00, true, true, ''
            """)
    void aRuleOfTheHistoryOrTheHourWithholdsTheAction(OfferedAction action, String now, boolean asked,
            boolean extended, String refusal) {
        Optional<LifecycleRefusal> withheld = ActionRules.withheld(action, accepted(asked, extended, true), at(now),
                CAL);
        assertThat(withheld.map(LifecycleRefusal::problemType).orElse("")).isEqualTo(refusal);
        withheld.ifPresent(r -> assertThat(r.field()).as("history and hour name no field: 409").isNull());
    }

    @Test
    void aDossierIsAssignedOnlyOnceItHasLeftTheDesk() {
        assertThat(ActionRules.withheld(OfferedAction.ASSIGN, accepted(false, false, false), at("2026-02-12T10:00"),
                CAL)).map(LifecycleRefusal::problemType).contains("not-handed-over");
        assertThat(ActionRules.withheld(OfferedAction.ASSIGN, accepted(false, false, true), at("2026-02-12T10:00"),
                CAL)).isEmpty();
    }

    @ParameterizedTest(name = "{0} allows {1}")
    @CsvSource(textBlock = """
            SUBMITTED,            RECEIVE REQUEST_PAPERS REFUSE WITHDRAW
            PAPERS_REQUESTED,     ADD_PAPERS REFUSE WITHDRAW
            RECEIVED,             HAND_OVER ASSIGN REQUEST_SUPPLEMENT EXTEND RESOLVE WITHDRAW
            IN_APPRAISAL,         HAND_OVER ASSIGN REQUEST_SUPPLEMENT EXTEND RESOLVE WITHDRAW
            SUPPLEMENT_REQUESTED, SUPPLEMENT WITHDRAW
            RESOLVED,             RETURN
            RETURNED,             ''
            WITHDRAWN,            ''
            """)
    void theStateMachineDecidesWhatMayBeOfferedAtAll(DossierStatus status, String actions) {
        Set<OfferedAction> expected = actions.isBlank() ? Set.of()
                : java.util.Arrays.stream(actions.split(" ")).map(OfferedAction::valueOf)
                        .collect(java.util.stream.Collectors.toSet());
        assertThat(ActionRules.allowedIn(status)).isEqualTo(expected);
    }

    @Test
    void aWrongNewDateIsTheFieldsFaultTheHistoryAndTheHourAreNot() {
        assertThat(ActionRules.apologyRefusal(new ApologyRule.Refused("newDueDate", "not a working day"), false))
                .extracting(LifecycleRefusal::problemType, LifecycleRefusal::field)
                .containsExactly("invalid-new-due-date", "newDueDate");
        assertThat(ActionRules.apologyRefusal(new ApologyRule.Refused("at", "too late"), false))
                .extracting(LifecycleRefusal::problemType, LifecycleRefusal::field)
                .containsExactly("apology-too-late", null);
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(TestCalendars.VN).toInstant();
    }
}
