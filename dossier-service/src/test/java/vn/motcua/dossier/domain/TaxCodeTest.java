package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mã số thuế, Circular 105/2020/TT-BTC Art. 5: check digit 10 - (Σ dᵢ·wᵢ mod 11), weights 31 29 23 19 17 13 7 5 3.
 * Valid examples are the ones python-stdnum's vn.mst documents.
 */
class TaxCodeTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "-", textBlock = """
            # code,           problem (- when valid)
            0100233488,       -
            0314409058,       -
            0100112437,       -
            # a dependent unit: the parent's 10 digits and 001-999
            0314409058-002,   -
            0312687878-001,   -
            0314409058-000,   001 to 999
            # one digit changed: the check digit no longer matches
            0100233480,       check digit
            0100233478,       check digit
            0314409058-,      10 digits
            # a remainder of 0 would need a check digit of 10: never issued (0000000000: sum 0)
            0000000000,       check digit
            031440905,        10 digits
            03144090581,      10 digits
            A314409058,       10 digits
            """)
    void aTaxCodeHasTenDigitsWithItsCheckDigitOrABranchSuffix(String code, String problem) {
        var answer = TaxCode.problem(code);
        if (problem == null) {
            assertThat(answer).isEmpty();
        } else {
            assertThat(answer).get().asString().contains(problem);
        }
    }
}
