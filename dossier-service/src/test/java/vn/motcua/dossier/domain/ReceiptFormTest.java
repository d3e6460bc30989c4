package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.RuleSet;

/** The receipt's form by rule set: Circular 01/2018 Art. 9 Mẫu 01; Circular 03/2025 Phụ lục I Mẫu 01. */
class ReceiptFormTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DECREE_61_2018  | Mẫu 01, Thông tư 01/2018/TT-VPCP
            DECREE_118_2025 | Mẫu 01, Phụ lục I Thông tư 03/2025/TT-VPCP
            """)
    void theReceiptIsMau01OfTheRuleSetsCircular(RuleSet ruleSet, String form) {
        assertThat(ReceiptForm.of(ruleSet)).isEqualTo(form);
    }
}
