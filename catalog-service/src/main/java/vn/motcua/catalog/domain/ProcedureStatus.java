package vn.motcua.catalog.domain;

/** Dự thảo (being prepared) or công bố (published: dossiers may be filed against it). */
public enum ProcedureStatus {
    DRAFT, PUBLISHED
}
