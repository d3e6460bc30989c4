package vn.motcua.dossier.domain;

import java.util.Optional;

/**
 * Who may record which kind of payment. Decree 118/2025 Art. 24 names three ways to pay: at the one-stop desk,
 * by transfer to the agency's account, or online through the portal's payment function. A portal records only
 * what was paid through it, and only a portal may record an online payment: Decision 766 scores "dossiers paid
 * online", so a desk must not be able to raise that figure by typing a method.
 */
public final class PaymentChannelRule {
    private PaymentChannelRule() {
    }

    /** Empty when {@code method} may be recorded by this caller; otherwise why not. */
    public static Optional<String> refusal(boolean byPortal, PaymentMethod method) {
        if (byPortal && !method.online()) {
            return Optional.of("a portal records only payments made through it (ONLINE_PORTAL)");
        }
        if (!byPortal && method.online()) {
            return Optional.of("an online payment is recorded by the portal it was made through, not at the desk");
        }
        return Optional.empty();
    }
}
