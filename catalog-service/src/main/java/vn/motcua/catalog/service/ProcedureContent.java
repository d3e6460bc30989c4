package vn.motcua.catalog.service;

import java.util.List;
import vn.motcua.events.ProcedureTerms.CaseVariant;
import vn.motcua.events.ProcedureTerms.Fee;
import vn.motcua.events.ProcedureTerms.IssuingLevel;
import vn.motcua.events.ProcedureTerms.Mechanism;
import vn.motcua.events.ProcedureTerms.OnlineMode;
import vn.motcua.events.ProcedureTerms.ProcessStep;

/**
 * What a version of a procedure says, without the decision and the dates that put it in force: what a draft holds
 * and what an amendment states anew.
 */
public record ProcedureContent(
        String localCode,
        String name,
        String fieldCode,
        String agencyCode,
        IssuingLevel issuingLevel,
        Mechanism mechanism,
        List<String> cooperatingAgencies,
        OnlineMode onlineMode,
        boolean postalReceipt,
        boolean postalReturn,
        boolean fourOnTheSpot,
        List<Fee> fees,
        List<String> requiredPapers,
        List<CaseVariant> caseVariants,
        List<ProcessStep> steps) {

    public ProcedureContent {
        cooperatingAgencies = List.copyOf(cooperatingAgencies);
        fees = List.copyOf(fees);
        requiredPapers = List.copyOf(requiredPapers);
        caseVariants = List.copyOf(caseVariants);
        steps = List.copyOf(steps);
    }
}
