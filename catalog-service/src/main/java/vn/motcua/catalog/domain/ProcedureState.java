package vn.motcua.catalog.domain;

/**
 * Where a procedure stands: dự thảo (draft), công bố (published, possibly amended since), bãi bỏ (abolished:
 * an abolition decision is recorded, whether or not its date has come).
 */
public enum ProcedureState {
    DRAFT, PUBLISHED, ABOLISHED
}
