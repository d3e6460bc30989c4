package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decree 118/2025 Art. 24: fees are paid at the desk, by transfer, or online through the portal's payment function.
 * Only the portal records what was paid through it; the desk records the rest.
 */
class PaymentChannelRuleTest {

    @ParameterizedTest(name = "by portal {0}, {1}: refused {2}")
    @CsvSource(textBlock = """
            # at the desk (Art. 24): cash, card, a transfer the desk has seen
            false, CASH,          ''
            false, POS,           ''
            false, BANK_TRANSFER, ''
            # an online payment is the portal's to record (Decision 766 counts it)
            false, ONLINE_PORTAL, 'an online payment is recorded by the portal it was made through, not at the desk'
            true,  ONLINE_PORTAL, ''
            # a portal never takes cash
            true,  CASH,          'a portal records only payments made through it (ONLINE_PORTAL)'
            true,  BANK_TRANSFER, 'a portal records only payments made through it (ONLINE_PORTAL)'
            true,  POS,           'a portal records only payments made through it (ONLINE_PORTAL)'
            """)
    void eachWayOfPayingIsRecordedByWhoTookIt(boolean byPortal, PaymentMethod method, String refusal) {
        assertThat(PaymentChannelRule.refusal(byPortal, method))
                .isEqualTo(refusal.isEmpty() ? Optional.empty() : Optional.of(refusal));
    }
}
