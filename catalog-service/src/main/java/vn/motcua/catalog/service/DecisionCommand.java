package vn.motcua.catalog.service;

import java.time.LocalDate;
import vn.motcua.events.ProcedureTerms.Decision;

/** A decision that publishes or abolishes a procedure (quyết định công bố / bãi bỏ) and the day it takes effect. */
public record DecisionCommand(Decision decision, LocalDate effectiveFrom) {
}
