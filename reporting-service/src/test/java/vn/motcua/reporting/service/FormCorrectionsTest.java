package vn.motcua.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.domain.CatalogueEntry;
import vn.motcua.reporting.domain.form.ReportForm.Cell;
import vn.motcua.reporting.domain.form.ReportForm.Row;

/** A correction shows computed, corrected and the difference; the computed figure stays. */
class FormCorrectionsTest {
    @Test
    void aCorrectionIsShownBesideTheComputedFigure() {
        List<Row> rows = List.of(new Row("F1", "Hộ tịch", 1, Map.of("received.total", Cell.of(12),
                "resolved.total", Cell.of(10))), new Row("TOTAL", "Tổng cộng", 0, Map.of("received.total", Cell.of(12))));

        List<Row> corrected = FormService.corrected(rows, List.of(new Corrections.Correction("F1", "received.total",
                new BigDecimal("14"), "Hai hồ sơ tiếp nhận giấy chưa nhập hệ thống", "quantri.ls", Instant.EPOCH),
                new Corrections.Correction("F1", "no.such.column", BigDecimal.ONE, "không áp dụng được", "x",
                        Instant.EPOCH)));

        Cell cell = corrected.getFirst().cells().get("received.total");
        assertThat(cell.computed()).isEqualByComparingTo("12");
        assertThat(cell.corrected()).isEqualByComparingTo("14");
        assertThat(cell.difference()).isEqualByComparingTo("2");
        assertThat(cell.value()).isEqualByComparingTo("14");
        assertThat(cell.reason()).isEqualTo("Hai hồ sơ tiếp nhận giấy chưa nhập hệ thống");
        assertThat(corrected.getFirst().cells()).doesNotContainKey("no.such.column");
        assertThat(corrected.getFirst().cells().get("resolved.total").corrected()).isNull();
        assertThat(corrected.get(1).cells().get("received.total").corrected()).isNull();
    }

    @Test
    void theDecisionsBehindTheChangesAreNoted() {
        List<CatalogueEntry> entries = List.of(
                new CatalogueEntry(CatalogueEntry.Kind.PUBLISHED, "F", "LOCAL", "ONE_STOP", "FULL", false, false,
                        false, "45/QĐ-UBND", LocalDate.of(2031, 4, 20)),
                new CatalogueEntry(CatalogueEntry.Kind.PUBLISHED, "G", "LOCAL", "ONE_STOP", "FULL", false, false,
                        false, "45/QĐ-UBND", LocalDate.of(2031, 4, 20)),
                new CatalogueEntry(CatalogueEntry.Kind.IN_FORCE, "F", "LOCAL", "ONE_STOP", "FULL", false, false,
                        false, null, null));

        assertThat(FormService.decisions(entries))
                .containsExactly("Công bố mới: Quyết định số 45/QĐ-UBND ngày 20/04/2031");
    }
}
