package vn.motcua.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.reporting.domain.form.ReportForm.Cell;
import vn.motcua.reporting.domain.form.ReportForm.Column;

class PrintedValuesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "COUNT   | 12     | 12    | 12",
            "COUNT   | 1234   | 1234  | 1.234",
            "COUNT   | 12.000 | 12    | 12",
            "COUNT   | 87.5   | 87.5  | 87,5",
            "PERCENT | 25.357 | 25.4  | 25,4",
            "PERCENT | 25.35  | 25.4  | 25,4",
            "PERCENT | 60     | 60.0  | 60,0",
            "PERCENT | 0      | 0.0   | 0,0",
            "PERCENT | -3.25  | -3.3  | -3,3",
            "PERCENT | 1234.5 | 1234.5| 1.234,5"})
    void aFigureIsPrintedAsItsColumnSaysRoundedHalfUp(String kind, String value, String machine, String vietnamese) {
        Column column = new Column("c", 3, null, "c", kind, "c");
        Cell cell = Cell.of(new BigDecimal(value));

        assertThat(PrintedValues.machine(column, cell)).isEqualTo(machine);
        assertThat(PrintedValues.vietnamese(column, cell)).isEqualTo(vietnamese);
    }

    @Test
    void aTextOrAMissingCellPrintsAsWrittenOrEmpty() {
        Column text = new Column("band", null, null, "Xếp loại", "TEXT", "");
        assertThat(PrintedValues.machine(text, Cell.text("Xuất sắc"))).isEqualTo("Xuất sắc");
        assertThat(PrintedValues.vietnamese(text, null)).isEmpty();
    }

    @Test
    void aCorrectionSaysTheComputedTheCorrectedTheSignedDifferenceAndWhy() {
        Column percent = new Column("percent", null, null, "Tỷ lệ", "PERCENT", "");
        Cell lowered = Cell.of(new BigDecimal("25.357")).corrected(new BigDecimal("24"), "Trùng 6 hồ sơ nhập hai lần");

        assertThat(PrintedValues.correction(percent, lowered)).isEqualTo(
                "Số tính: 25,4; điều chỉnh: 24,0; chênh lệch: -1,4; lý do: Trùng 6 hồ sơ nhập hai lần");
    }
}
