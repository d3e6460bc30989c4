package vn.motcua.dossier.service;

/** The result of a reception: {@code replay} when an earlier request under the same key made the dossier. */
public record Receipt(DossierView dossier, boolean replay) {
}
