package vn.motcua.dossier.service;

/** The result of recording a payment: {@code replay} when the same receipt was already recorded. */
public record PaymentReceipt(PaymentView payment, boolean replay) {
}
