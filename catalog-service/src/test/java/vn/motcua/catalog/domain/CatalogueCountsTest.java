package vn.motcua.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.domain.CatalogueCounts.Abolition;
import vn.motcua.catalog.domain.CatalogueCounts.Version;
import vn.motcua.events.ProcedureTerms.Decision;
import vn.motcua.events.ProcedureTerms.IssuingLevel;
import vn.motcua.events.ProcedureTerms.Mechanism;
import vn.motcua.events.ProcedureTerms.OnlineMode;

class CatalogueCountsTest {
    private static final LocalDate FROM = LocalDate.of(2022, 3, 15);
    private static final LocalDate TO = LocalDate.of(2022, 6, 14);

    private static Version version(String code, int n, String from, String to, String abolished, OnlineMode mode,
            boolean four, String decisionDate) {
        return new Version(code, "Thủ tục " + code, n, LocalDate.parse(from), to.isEmpty() ? null : LocalDate.parse(to),
                abolished.isEmpty() ? null : LocalDate.parse(abolished), IssuingLevel.CENTRAL, Mechanism.ONE_STOP,
                mode, false, false, four, new Decision("QĐ-" + code + "-" + n, LocalDate.parse(decisionDate), "UBND"));
    }

    // a version is in force on the period's last day when effectiveFrom <= to < effectiveTo (exclusive, null
    // open, as ProcedureTerms.inForceOn) and its procedure is not abolished by then (the abolition takes effect on
    // the day its decision names: V2's abolished_from)
    @ParameterizedTest(name = "from {0}, to {1}, abolished {2}: in force on 2022-06-14 = {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2022-06-14 | -          | -          | true
            2022-06-15 | -          | -          | false
            2021-01-01 | 2022-06-14 | -          | false
            2021-01-01 | 2022-06-15 | -          | true
            2021-01-01 | -          | 2022-06-14 | false
            2021-01-01 | -          | 2022-06-15 | true
            """)
    void aVersionCountsWhenInForceOnThePeriodsLastDay(String from, String to, String abolished, boolean counted) {
        Version v = version("1.000001", 1, from, to == null ? "" : to, abolished == null ? "" : abolished,
                OnlineMode.NONE, false, "2020-01-01");
        assertThat(CatalogueCounts.inForceOn(v, TO)).isEqualTo(counted);
        assertThat(CatalogueCounts.count(FROM, TO, List.of(v), List.of()).inForce().total()).isEqualTo(counted ? 1 : 0);
    }

    // online: levels 3 and 4 (Decree 43/2011 Art. 3; level 2 only offers forms), partial and full-process
    // (Decree 42/2022 Art. 11)
    @ParameterizedTest
    @CsvSource({"NONE, false", "LEVEL_2, false", "LEVEL_3, true", "LEVEL_4, true", "PARTIAL, true", "FULL, true"})
    void onlineMeansADossierCanBeSubmittedOnline(OnlineMode mode, boolean online) {
        assertThat(CatalogueCounts.isOnline(mode)).isEqualTo(online);
    }

    // percent of the online ones, one decimal, half up; the seed's 17 of 44 is 38.6 % [seed 000]
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"17, 44, 38.6", "0, 44, 0.0", "1, 3, 33.3", "2, 3, 66.7", "1, 8, 12.5",
            "44, 44, 100.0", "0, 0, -"})
    void fourOnTheSpotShareIsComputedFromItsInputs(long part, long whole, BigDecimal percent) {
        assertThat(CatalogueCounts.percent(part, whole)).isEqualTo(percent);
    }

    // a decision dated within [from, to], both days included, puts its version in the period's list
    @ParameterizedTest
    @CsvSource({"2022-03-14, 0", "2022-03-15, 1", "2022-06-14, 1", "2022-06-15, 0"})
    void decisionsCountByTheirDateWithinThePeriod(String decisionDate, int listed) {
        Version first = version("1.000002", 1, "2022-07-01", "", "", OnlineMode.NONE, false, decisionDate);
        Version second = version("1.000003", 2, "2022-07-01", "", "", OnlineMode.NONE, false, decisionDate);
        Abolition gone = new Abolition("1.000004", "Thủ tục cũ", LocalDate.of(2022, 7, 1),
                new Decision("QĐ-1", LocalDate.parse(decisionDate), "UBND"));

        CatalogueCounts counts = CatalogueCounts.count(FROM, TO, List.of(first, second), List.of(gone));

        assertThat(counts.changes().published()).hasSize(listed);
        assertThat(counts.changes().amended()).hasSize(listed);
        assertThat(counts.changes().abolished()).hasSize(listed);
    }

    @Test
    void lạngSơnQ2of2022AsTheSeedCountsIt() {
        // 57 in force: 44 online (3 at level 3, 41 at level 4), 17 of those 44 "4 tại chỗ" [seed 000]
        List<Version> versions = new ArrayList<>();
        for (int i = 0; i < 57; i++) {
            OnlineMode mode = i < 3 ? OnlineMode.LEVEL_3 : i < 44 ? OnlineMode.LEVEL_4 : OnlineMode.NONE;
            versions.add(version(String.format("1.%06d", i), 1, "2020-01-01", "", "", mode, i < 17, "2019-12-01"));
        }

        CatalogueCounts.InForce inForce = CatalogueCounts.count(FROM, TO, versions, List.of()).inForce();

        assertThat(inForce.total()).isEqualTo(57);
        assertThat(inForce.onlineMode()).isEqualTo(new CatalogueCounts.OnlineModes(13, 0, 3, 41, 0, 0, 44));
        assertThat(inForce.fourOnTheSpot())
                .isEqualTo(new CatalogueCounts.FourOnTheSpot(17, 17, 44, new BigDecimal("38.6")));
    }

    @Test
    void aPeriodEndingBeforeItBeginsIsRefused() {
        assertThatThrownBy(() -> CatalogueCounts.count(TO, FROM, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
