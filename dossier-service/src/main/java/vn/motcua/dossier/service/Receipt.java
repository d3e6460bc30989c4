package vn.motcua.dossier.service;

/**
 * The result of an intake or an acceptance: the dossier, whether an earlier request under the same key made it
 * ({@code replay}), and the receipt when it was accepted now (null for a submission waiting for acceptance and for
 * a replay: the lookup secret is shown once, never stored).
 */
public record Receipt(DossierView dossier, boolean replay, ReceiptSlip slip) {
    public Receipt(DossierView dossier, boolean replay) {
        this(dossier, replay, null);
    }
}
