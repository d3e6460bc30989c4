package vn.motcua.dossier.domain;

/**
 * How a fee or charge (phí, lệ phí) was paid: at the desk in cash or by card (POS), by bank transfer, or online
 * through the portal's payment function (Decree 118/2025 Art. 24). Only the last counts as paid online for
 * Decision 766 (group 3: "dossiers paid online").
 */
public enum PaymentMethod {
    CASH, BANK_TRANSFER, ONLINE_PORTAL, POS;

    public boolean online() {
        return this == ONLINE_PORTAL;
    }
}
