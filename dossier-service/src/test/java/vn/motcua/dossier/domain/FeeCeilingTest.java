package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.ProcedureTerms.Fee;

/**
 * Decree 118/2025 Art. 24 with the published fees of the procedure (Decree 63/2010 Art. 8 cl. 2): what is collected
 * for a dossier adds up to no more than the fees its pinned version states; a version that states none sets no
 * ceiling.
 */
class FeeCeilingTest {

    @ParameterizedTest(name = "fees [{0}], paid before {1}, now {2}: refused {3}")
    @CsvSource(textBlock = """
            # one fee of 2,000,000 đ (phí thẩm định), paid at once
            2000000,          0,       2000000, ''
            2000000,          0,       2000001, 'the procedure''s fees total 2000000 đồng and 0 đồng was already paid; at most 2000000 đồng may be recorded'
            # a fee and a charge (phí + lệ phí), paid in two receipts
            1500000 500000,   1500000, 500000,  ''
            1500000 500000,   1500000, 500001,  'the procedure''s fees total 2000000 đồng and 1500000 đồng was already paid; at most 500000 đồng may be recorded'
            # everything was paid: nothing more
            2000000,          2000000, 1,       'the procedure''s fees total 2000000 đồng and 2000000 đồng was already paid; at most 0 đồng may be recorded'
            # the version states no fee: the catalogue does not know the amount, the receipt is recorded as it is
            '',               0,       9000000, ''
            '',               9000000, 9000000, ''
            """)
    void paymentsAddUpToNoMoreThanTheStatedFees(String fees, long paidBefore, long amount, String refusal) {
        List<Fee> stated = fees.isEmpty() ? List.of()
                : Arrays.stream(fees.split(" ")).map(a -> new Fee("Phí", Long.parseLong(a))).toList();
        assertThat(FeeCeiling.refusal(stated, paidBefore, amount))
                .isEqualTo(refusal.isEmpty() ? Optional.empty() : Optional.of(refusal));
    }
}
