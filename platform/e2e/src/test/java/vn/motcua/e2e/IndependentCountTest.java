package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The test's own II.06b count, pinned on single dossiers around Q4 2025 as Lạng Sơn cuts it (15/09/2025 00:00 to
 * 15/12/2025 00:00 in Vietnam, 14/09 17:00Z to 14/12 17:00Z), so the end-to-end comparison stands on a count that is
 * itself checked. Instants are UTC; "-" is none.
 */
class IndependentCountTest {
    private static final LocalDate FROM = LocalDate.of(2025, 9, 15);
    private static final LocalDate TO = LocalDate.of(2025, 12, 14);
    private static final ReportHistory.Procedure PROCEDURE = new ReportHistory.Procedure("3.925401", "Thủ tục",
            "SKHCN-20", 10, "CENTRAL", "PARTIAL", true, true, false, List.of(
            new ReportHistory.Version(1, LocalDate.of(2025, 1, 2), "G19-CGCN"),
            new ReportHistory.Version(2, LocalDate.of(2025, 10, 20), "G19-SHTT")), null);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // story | channel | received | due | supplement asked | supplement back | its due | apology at | apology due | resolved | withdrawn | closed | field | cells (received total, online, direct, carried; resolved total, early, on time, late; in progress total, within, overdue; stopped)
            "received 06:45 on the first day, early | VNEID | 2025-09-14T23:45:00Z | 2025-09-29T10:00:00Z | - | - | - | - | - | 2025-09-25T08:00:00Z | - | - | G19-CGCN | 1 1 0 0 1 1 0 0 0 0 0 0",
            "received 23:59 the day before the start, resolved in the period: carried over | DIRECT_CENTRE | 2025-09-14T16:59:00Z | 2025-09-29T10:00:00Z | - | - | - | - | - | 2025-09-29T08:00:00Z | - | - | G19-CGCN | 1 0 0 1 1 0 1 0 0 0 0 0",
            "ended before the start: not counted | POSTAL | 2025-09-01T02:00:00Z | 2025-09-15T10:00:00Z | - | - | - | - | - | 2025-09-14T09:00:00Z | - | - | - | 0 0 0 0 0 0 0 0 0 0 0 0",
            "received after the amendment: its field | POSTAL | 2025-10-21T02:00:00Z | 2025-11-04T10:00:00Z | - | - | - | - | - | 2025-11-06T02:00:00Z | - | - | G19-SHTT | 1 0 1 0 1 0 0 1 0 0 0 0",
            "resolved 06:30 the day after the end: in progress, within | DIRECT_AGENCY | 2025-12-01T02:00:00Z | 2025-12-19T10:00:00Z | - | - | - | - | - | 2025-12-14T23:30:00Z | - | - | G19-SHTT | 1 0 1 0 0 0 0 0 1 1 0 0",
            "resolved 23:30 on the last day: in the period, on time | DIRECT_AGENCY | 2025-12-01T02:00:00Z | 2025-12-14T10:00:00Z | - | - | - | - | - | 2025-12-14T16:30:00Z | - | - | G19-SHTT | 1 0 1 0 1 0 1 0 0 0 0 0",
            "waiting for a supplement at the end | DIRECT_CENTRE | 2025-12-10T02:00:00Z | 2025-12-10T10:00:00Z | 2025-12-11T03:00:00Z | 2026-01-05T03:00:00Z | 2026-01-19T10:00:00Z | - | - | - | - | - | G19-SHTT | 1 0 1 0 0 0 0 0 1 1 0 0",
            "overdue at the end, apology after it does not help | DIRECT_CENTRE | 2025-11-20T02:00:00Z | 2025-12-12T10:00:00Z | - | - | - | 2025-12-20T02:00:00Z | 2025-12-30T10:00:00Z | - | - | - | G19-SHTT | 1 0 1 0 0 0 0 0 1 0 1 0",
            "apology within the period: late against the receipt, early against its date | DIRECT_CENTRE | 2025-11-03T02:00:00Z | 2025-11-17T10:00:00Z | - | - | - | 2025-11-14T02:00:00Z | 2025-11-21T10:00:00Z | 2025-11-19T08:00:00Z | - | - | G19-SHTT | 1 0 1 0 1 1 0 0 0 0 0 0",
            "supplemented: on time against the restarted date | ONLINE_NATIONAL_PORTAL | 2025-11-03T02:00:00Z | 2025-11-17T10:00:00Z | 2025-11-04T03:00:00Z | 2025-11-06T03:00:00Z | 2025-11-20T10:00:00Z | - | - | 2025-11-20T08:00:00Z | - | - | G19-SHTT | 1 1 0 0 1 0 1 0 0 0 0 0",
            "carried over, withdrawn in the period | NATIONAL_SINGLE_WINDOW | 2025-09-10T02:00:00Z | 2025-09-24T10:00:00Z | - | - | - | - | - | - | 2025-09-16T02:00:00Z | - | G19-CGCN | 1 0 0 1 0 0 0 0 0 0 0 1",
            "closed in the period, the supplement never came | DIRECT_CENTRE | 2025-10-01T02:00:00Z | 2025-10-15T10:00:00Z | 2025-10-02T03:00:00Z | - | - | - | - | - | - | 2025-10-27T02:00:00Z | G19-CGCN | 1 0 1 0 0 0 0 0 0 0 0 1",
            "withdrawn after the end: in progress, overdue | DIRECT_CENTRE | 2025-11-10T02:00:00Z | 2025-11-24T10:00:00Z | - | - | - | - | - | - | 2025-12-20T02:00:00Z | - | G19-SHTT | 1 0 1 0 0 0 0 0 1 0 1 0",
            "received 07:00 the day after the end: not counted | DIRECT_CENTRE | 2025-12-15T00:00:00Z | 2025-12-29T10:00:00Z | - | - | - | - | - | - | - | - | - | 0 0 0 0 0 0 0 0 0 0 0 0"})
    void oneDossierAddsToItsFieldsRow(String story, String channel, String received, String due, String asked,
            String back, String dueAfter, String apologyAt, String apologyDue, String resolved, String withdrawn,
            String closed, String field, String cells) {
        List<ReportHistory.Supplement> supplements = asked.equals("-") ? List.of()
                : List.of(new ReportHistory.Supplement(at(asked), at(back), at(dueAfter)));
        ReportHistory.Extension apology = apologyAt.equals("-") ? null
                : new ReportHistory.Extension(at(apologyAt), at(apologyDue));
        ReportHistory.Dossier d = new ReportHistory.Dossier("T-1", story, PROCEDURE, channel, at(received), at(due),
                supplements, apology, at(resolved), null, at(withdrawn), at(closed), false);

        Map<String, Map<String, Long>> form = IndependentCount.form06b(List.of(d), FROM, TO);

        Map<String, Long> expected = new LinkedHashMap<>();
        String[] n = cells.split(" ");
        for (int i = 0; i < n.length; i++) {
            expected.put(IndependentCount.COLUMNS.get(i), Long.parseLong(n[i]));
        }
        assertThat(form.get(IndependentCount.TOTAL)).as(story).isEqualTo(expected);
        assertThat(form.keySet()).as(story).isEqualTo(field.equals("-") ? java.util.Set.of("TOTAL")
                : new java.util.LinkedHashSet<>(List.of(field, "TOTAL")));
    }

    private static Instant at(String instant) {
        return instant.equals("-") ? null : Instant.parse(instant);
    }
}
