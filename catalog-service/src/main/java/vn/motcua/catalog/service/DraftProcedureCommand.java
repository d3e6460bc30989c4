package vn.motcua.catalog.service;

/** Soạn thảo thủ tục, as any caller states it (the admin's form, a sync from the national database). */
public record DraftProcedureCommand(String code, ProcedureContent content) {
}
