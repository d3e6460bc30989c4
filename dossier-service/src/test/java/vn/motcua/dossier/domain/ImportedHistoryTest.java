package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.domain.TestCalendars.VN;
import static vn.motcua.dossier.domain.TestCalendars.Y2025_2026;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.Outcome;
import vn.motcua.events.ProcedureTerms.TimeLimit;
import vn.motcua.events.ProcedureTerms.TimeUnit;
import vn.motcua.events.ReturnMethod;

/**
 * A previous system's dates become the action log at those dates: the receipt's appointed date kept as printed
 * (Decree 118/2025 Art. 17 cl. 3), a restart after each complete supplement (Art. 19 cl. 5) computed only when the
 * old system did not keep it, history that broke a rule (a second supplement request, Art. 19 cl. 5 "một lần")
 * kept as it happened. Local times in Vietnam; 10 working days; Tết 2026 is Sat 14 - Sun 22/02 off.
 */
class ImportedHistoryTest {
    static final TimeLimit TEN_DAYS = new TimeLimit(10, TimeUnit.WORKING_DAYS);
    static final Instant NOW = at("2026-12-31T00:00");

    /**
     * Columns: submitted, accepted, due on the receipt, supplements ("requested>completed" separated by "|"),
     * apology ("at>new date"), resolved, returned, withdrawn; then the log's actions and the appointed date after
     * the last entry.
     */
    @ParameterizedTest(name = "{8}")
    @CsvSource(delimiter = ';', nullValues = "-", textBlock = """
            # at the desk: accepted = submitted, no SUBMIT entry; the receipt's date is kept, not recomputed
            2026-03-02T09:00; 2026-03-02T09:00; 2026-03-20T17:00; -; -; 2026-03-12T10:00; 2026-03-13T08:00; -; RECEIVE RESOLVE RETURN; 2026-03-20T17:00
            # online: submitted on Sunday, accepted Monday (Art. 17 cl. 2)
            2026-03-01T21:00; 2026-03-02T08:00; 2026-03-16T17:00; -; -; -; -; -; SUBMIT RECEIVE; 2026-03-16T17:00
            # a supplement completed Thu 12/02 restarts 10 working days over Tết: Fri 13, 23-27/02, 2-5/03 -> Thu 05/03
            2026-02-09T09:00; 2026-02-09T09:00; 2026-02-23T17:00; 2026-02-10T09:00>2026-02-12T10:00; -; -; -; -; RECEIVE REQUEST_SUPPLEMENT SUPPLEMENT; 2026-03-05T17:00
            # two requests (against Art. 19 cl. 5, kept as history): the second restart counts from Thu 05/03 -> Thu 19/03
            2026-02-09T09:00; 2026-02-09T09:00; 2026-02-23T17:00; 2026-02-10T09:00>2026-02-12T10:00|2026-02-27T09:00>2026-03-05T10:00; -; 2026-03-18T10:00; -; -; RECEIVE REQUEST_SUPPLEMENT SUPPLEMENT REQUEST_SUPPLEMENT SUPPLEMENT RESOLVE; 2026-03-19T17:00
            # an apology moves the date once (Art. 19 cl. 6)
            2026-03-02T09:00; 2026-03-02T09:00; 2026-03-16T17:00; -; 2026-03-12T09:00>2026-03-20T17:00; 2026-03-19T15:00; -; -; RECEIVE EXTEND RESOLVE; 2026-03-20T17:00
            # still waiting for the supplement, then withdrawn by the applicant (Art. 21)
            2026-03-02T09:00; 2026-03-02T09:00; 2026-03-16T17:00; 2026-03-03T09:00>-; -; -; -; 2026-03-10T09:00; RECEIVE REQUEST_SUPPLEMENT WITHDRAW; 2026-03-16T17:00
            # never accepted: submitted, then withdrawn
            2026-03-01T21:00; -; -; -; -; -; -; 2026-03-02T08:00; SUBMIT WITHDRAW; -
            """)
    void theLogFollowsTheOldDates(String submitted, String accepted, String due, String supplements, String apology,
            String resolved, String returned, String withdrawn, String actions, String dueAfterLast) {
        List<LoggedAction> log = ImportedHistory.log(past(submitted, accepted, due, supplements, apology, resolved,
                returned, withdrawn), "quantri", TEN_DAYS, NOW, Y2025_2026);

        assertThat(log.stream().map(e -> e.action().name()).collect(Collectors.joining(" "))).isEqualTo(actions);
        assertThat(log.getLast().dueAfter()).isEqualTo(dueAfterLast == null ? null : at(dueAfterLast));
        assertThat(DossierLifecycle.replay(log, VN).supplements()).hasSize(supplements == null ? 0
                : supplements.split("\\|").length);
    }

    @ParameterizedTest(name = "{8}: {9}")
    @CsvSource(delimiter = ';', nullValues = "-", textBlock = """
            2026-03-02T09:00; 2026-03-01T09:00; 2026-03-16T17:00; -; -; -; -; -; acceptedAt; must not be before submittedAt
            2026-03-02T09:00; 2026-03-02T09:00; -; -; -; -; -; -; dueAt; is required when acceptedAt is given: the appointed date of the old receipt
            2026-03-02T09:00; -; 2026-03-16T17:00; -; -; -; -; -; dueAt; is given but acceptedAt is not: a dossier has an appointed date once accepted
            2026-03-02T09:00; 2026-03-02T09:00; 2026-03-16T17:00; 2026-03-05T09:00>2026-03-04T09:00; -; -; -; -; supplements[0].completedAt; must not be before its requestedAt
            # the new date of an apology must be later than the one it replaces
            2026-03-02T09:00; 2026-03-02T09:00; 2026-03-16T17:00; -; 2026-03-12T09:00>2026-03-13T17:00; -; -; -; extension.newDueAt; must be after the appointed date it replaces, 2026-03-16T10:00:00Z
            2027-03-02T09:00; 2027-03-02T09:00; 2027-03-16T17:00; -; -; -; -; -; acceptedAt; must not be in the future: history is what already happened
            """)
    void datesThatCannotMakeALogAreRefusedNamingTheField(String submitted, String accepted, String due,
            String supplements, String apology, String resolved, String returned, String withdrawn, String field,
            String message) {
        assertThatThrownBy(() -> ImportedHistory.log(past(submitted, accepted, due, supplements, apology, resolved,
                returned, withdrawn), "quantri", TEN_DAYS, NOW, Y2025_2026))
                .isInstanceOfSatisfying(LifecycleRefusal.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            # returned before its result: the state machine refuses the RETURN entry, dated by returnedAt
            2026-03-12T10:00; 2026-03-11T08:00; 1; returnedAt
            # resolved while the supplement was still awaited (SUPPLEMENT_REQUESTED allows no result)
            2026-03-04T10:00; 2026-03-05T08:00; 2; resolvedAt
            """)
    void aLogTheStateMachineRefusesIsTracedToTheFieldThatDatedIt(String resolved, String returned, int failing,
            String field) {
        ImportedHistory.Past past = past("2026-03-02T09:00", "2026-03-02T09:00", "2026-03-16T17:00",
                field.equals("resolvedAt") ? "2026-03-03T09:00>-" : null, null, resolved, returned, null);
        List<LoggedAction> log = ImportedHistory.log(past, "quantri", TEN_DAYS, NOW, Y2025_2026);

        assertThatThrownBy(() -> DossierLifecycle.replay(log, VN)).isInstanceOf(IllegalTransitionException.class);
        assertThat(ImportedHistory.fieldOf(past, failing, NOW)).isEqualTo(field);
    }

    static ImportedHistory.Past past(String submitted, String accepted, String due, String supplements,
            String apology, String resolved, String returned, String withdrawn) {
        List<ImportedHistory.SupplementPast> rounds = new ArrayList<>();
        if (supplements != null) {
            Arrays.stream(supplements.split("\\|")).map(r -> r.split(">")).forEach(r -> rounds.add(
                    new ImportedHistory.SupplementPast(at(r[0]), r[1].equals("-") ? null : at(r[1]), null,
                            "Thiếu bản sao giấy phép")));
        }
        ImportedHistory.ExtensionPast extension = apology == null ? null : new ImportedHistory.ExtensionPast(
                at(apology.split(">")[0]), at(apology.split(">")[1]), "Cần xác minh thêm", "Giám đốc Sở");
        return new ImportedHistory.Past(at(submitted), at(accepted), at(due), rounds, extension, at(resolved),
                resolved == null ? null : Outcome.APPROVED, null, at(returned), returned == null ? null
                        : ReturnMethod.DESK, at(withdrawn), null);
    }

    static Instant at(String local) {
        return local == null ? null : LocalDateTime.parse(local).atZone(VN).toInstant();
    }
}
