package vn.motcua.dossier.domain;

public enum DossierAction {
    RESOLVE
}
