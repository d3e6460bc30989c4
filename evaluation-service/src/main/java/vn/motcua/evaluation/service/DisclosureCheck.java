package vn.motcua.evaluation.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.evaluation.domain.DossierFacts;
import vn.motcua.evaluation.domain.EvaluationContext;
import vn.motcua.evaluation.domain.PublicDisclosureIndicator;
import vn.motcua.events.Outcome;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.events.Timeliness;

/**
 * Decision 766 indicators 1.1 (published on time) and 1.3 (published complete) per procedure version, answered by
 * the same rule that scores indicator 6 of Circular 01/2018 ({@link PublicDisclosureIndicator}: complete per Decree
 * 63/2010 Art. 8 cl. 2, timely = decided at least 5 working days before taking effect), so the two never disagree.
 * The rule scores both at once (2 = complete and timely), so each question is asked with the other made true: a
 * copy decided long before takes "timely" out, a copy with every component filled takes "complete" out.
 */
final class DisclosureCheck {
    private static final PublicDisclosureIndicator RULE = new PublicDisclosureIndicator();

    private DisclosureCheck() {
    }

    static boolean complete(ProcedureTerms terms, EvaluationContext context) {
        ProcedureTerms decidedLongBefore = copy(terms, terms.name(), terms.fieldCode(), terms.agencyCode(),
                terms.requiredPapers(),
                new ProcedureTerms.Decision(terms.decision().number(), terms.effectiveFrom().minusYears(1),
                        terms.decision().issuer()));
        return fullPoints(decidedLongBefore, context);
    }

    static boolean timely(ProcedureTerms terms, EvaluationContext context) {
        ProcedureTerms filled = copy(terms, terms.name().isBlank() ? "-" : terms.name(),
                terms.fieldCode().isBlank() ? "-" : terms.fieldCode(),
                terms.agencyCode().isBlank() ? "-" : terms.agencyCode(),
                terms.requiredPapers().stream().allMatch(String::isBlank) ? List.of("-") : terms.requiredPapers(),
                new ProcedureTerms.Decision(terms.decision().number().isBlank() ? "-" : terms.decision().number(),
                        terms.decision().date(), terms.decision().issuer()));
        return fullPoints(filled, context);
    }

    private static boolean fullPoints(ProcedureTerms terms, EvaluationContext context) {
        Instant at = terms.effectiveFrom().atStartOfDay(context.zone()).toInstant();
        DossierFacts facts = new DossierFacts(UUID.randomUUID(), null, null, terms.agencyCode(), null,
                terms.version(), Optional.of(terms), null, null, at, at, null, at, at, 0, List.of(), Optional.empty(),
                List.of(), Optional.of(new DossierFacts.Resolution(at, Timeliness.EARLY, Outcome.APPROVED, null, null,
                        null, null)), null, null, null, List.of(), List.of(), Optional.empty(), List.of(), false);
        Integer points = RULE.evaluate(facts, context).points();
        return points != null && points == 2;
    }

    private static ProcedureTerms copy(ProcedureTerms t, String name, String field, String agency,
            List<String> papers, ProcedureTerms.Decision decision) {
        return new ProcedureTerms(t.version(), t.effectiveFrom(), t.effectiveTo(), t.localCode(), name, field,
                agency, t.issuingLevel(), t.mechanism(),
                t.cooperatingAgencies(), t.onlineMode(), t.postalReceipt(), t.postalReturn(), t.fourOnTheSpot(),
                t.fees(), papers, t.caseVariants(), t.steps(), decision);
    }
}
