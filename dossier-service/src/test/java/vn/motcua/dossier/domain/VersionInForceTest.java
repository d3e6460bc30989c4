package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionInForceTest {
    // v1 from 2025-01-02, v2 from 2026-06-01 (an amendment closes v1 that day); Decree 63/2010 Art. 15 as
    // amended: a version applies until the decision that changes it takes effect
    private static final List<VersionInForce.Dated> AMENDED = List.of(
            new VersionInForce.Dated(1, LocalDate.of(2025, 1, 2), null),
            new VersionInForce.Dated(2, LocalDate.of(2026, 6, 1), null));

    @ParameterizedTest(name = "received {0}, abolished from {1}: {2}")
    @CsvSource({
            "2025-01-01, ,           in force from 2025-01-02", // before the first publication took effect
            "2025-01-02, ,           v1",
            "2026-05-31, ,           v1",                       // the last day of v1
            "2026-06-01, ,           v2",                       // the amendment's first day
            "2027-01-01, ,           v2",
            "2026-06-30, 2026-07-01, v2",                       // the day before the abolition
            "2026-07-01, 2026-07-01, abolished from 2026-07-01",
    })
    void aDossierIsReceivedUnderTheVersionInForceOnItsReceptionDay(LocalDate day, LocalDate abolishedFrom,
            String expected) {
        assertThat(describe(VersionInForce.on(day, AMENDED, Optional.ofNullable(abolishedFrom))))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "received {0}: {1}")
    @CsvSource({
            "2026-05-31, v1",
            "2026-06-01, version 1 ended on 2026-06-01", // the event said when v1 ends; its successor is not here yet
    })
    void aVersionThatEndsAndHasNoSuccessorYetLeavesNothingInForce(LocalDate day, String expected) {
        List<VersionInForce.Dated> closed = List.of(
                new VersionInForce.Dated(1, LocalDate.of(2025, 1, 2), LocalDate.of(2026, 6, 1)));
        assertThat(describe(VersionInForce.on(day, closed, Optional.empty()))).isEqualTo(expected);
    }

    private static String describe(VersionInForce.Answer answer) {
        return switch (answer) {
            case VersionInForce.InForce v -> "v" + v.version();
            case VersionInForce.NoneInForce none -> none.why();
        };
    }
}
