package vn.motcua.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.reporting.domain.CatalogueEntry.Kind;

/** Which columns of form II.03b a catalogue entry counts in. */
class Form03bRuleTest {
    @ParameterizedTest(name = "{0} {1} {2} {3} -> {7}")
    @CsvSource({
            "IN_FORCE,  CENTRAL, ONE_STOP,        FULL,    true,  false, false, total central oneStop onlineFull postalReceipt",
            "IN_FORCE,  LOCAL,   INTER_CONNECTED, LEVEL_4, false, true,  true,  total local interConnected onlineFull postalReturn fourOnTheSpot",
            "IN_FORCE,  LOCAL,   ONE_STOP,        LEVEL_3, false, false, false, total local oneStop onlinePartial",
            "IN_FORCE,  CENTRAL, ONE_STOP,        PARTIAL, false, false, false, total central oneStop onlinePartial",
            "IN_FORCE,  CENTRAL, ONE_STOP,        LEVEL_2, false, false, false, total central oneStop",
            "IN_FORCE,  CENTRAL, ONE_STOP,        NONE,    false, false, false, total central oneStop",
            "PUBLISHED, CENTRAL, ONE_STOP,        FULL,    false, false, false, published",
            "AMENDED,   CENTRAL, ONE_STOP,        FULL,    false, false, false, amended",
            "ABOLISHED, CENTRAL, ONE_STOP,        FULL,    false, false, false, abolished",
    })
    void columnsOfOneEntry(Kind kind, String level, String mechanism, String online, boolean postalReceipt,
            boolean postalReturn, boolean fourOnTheSpot, String counted) {
        Map<String, ?> cells = Form03bRule.cells(List.of(new CatalogueEntry(kind, "F", level, mechanism, online,
                postalReceipt, postalReturn, fourOnTheSpot, null, null)));

        List<String> ones = Form03bRule.COLUMNS.stream().map(c -> c.key()).filter(k ->
                ((vn.motcua.reporting.domain.form.ReportForm.Cell) cells.get(k)).computed().equals(BigDecimal.ONE))
                .toList();
        assertThat(ones).containsExactlyInAnyOrder(counted.split(" "));
    }
}
