package vn.motcua.catalog.service;

import java.time.LocalDate;
import vn.motcua.events.ProcedureTerms.Decision;

/** Sửa đổi, bổ sung, thay thế: the whole of the new version, the decision and the day it takes effect. */
public record AmendProcedureCommand(ProcedureContent content, Decision decision, LocalDate effectiveFrom) {
}
