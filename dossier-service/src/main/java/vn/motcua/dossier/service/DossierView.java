package vn.motcua.dossier.service;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.motcua.dossier.domain.ActionFacts;
import vn.motcua.dossier.domain.DossierState;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.OfferedAction;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.events.Channel;
import vn.motcua.events.Outcome;
import vn.motcua.events.ReturnMethod;
import vn.motcua.events.RuleSet;
import vn.motcua.events.Timeliness;

/**
 * A dossier as a use case returns it: no entity leaves the service layer.
 *
 * @param supplements    each supplement asked during appraisal; empty in a list, where the log is not read
 * @param extension      the apology's new date; null when none, or in a list
 * @param allowedActions what the state allows, this caller may do and no rule withholds now (ActionOffers)
 */
public record DossierView(UUID id, String code, String province, String procedureCode, Integer procedureVersion,
        String caseVariant, RuleSet ruleSet, String agency, Channel channel,
        ReceiveDossierCommand.Applicant applicant, DossierStatus status, Instant submittedAt, Instant receivedAt,
        Instant originalDueAt, Instant dueAt, int supplementRequests, Instant supplementRequestedAt,
        long supplementSeconds, List<DossierState.SupplementRound> supplements, boolean extended,
        DossierState.Extension extension, Step step, Instant resolvedAt, Outcome outcome,
        ActionFacts.Resolution resolution, Timeliness timeliness, Instant returnedAt, ReturnMethod returnMethod,
        Instant endedAt, Set<OfferedAction> allowedActions) {

    /** Where the dossier is in its internal process; null before the first hand-over. */
    public record Step(int number, String agency, String unit, String officer, Instant dueAt) {
    }

    /**
     * @param state   what only the log knows (supplements, the apology, the result's facts); null for the row alone
     * @param allowed what the caller is offered now ({@link ActionOffers})
     */
    static DossierView of(Dossier d, DossierState state, Set<OfferedAction> allowed) {
        return new DossierView(d.id, d.code, d.provinceCode, d.procedureCode, d.procedureVersion, d.caseVariant,
                d.ruleSet, d.agency, d.channel,
                new ReceiveDossierCommand.Applicant(d.applicantKind, d.applicantName, d.applicantIdNumber,
                        d.applicantPhone, d.applicantEmail, d.applicantAddress),
                d.status, d.submittedAt, d.receivedAt, d.originalDueAt, d.dueAt, d.supplementRequests,
                d.supplementRequestedAt, d.supplementSeconds, state == null ? List.of() : state.supplements(),
                d.extended, state == null ? null : state.extension(),
                d.stepNumber == null ? null : new Step(d.stepNumber, d.currentAgency, d.currentUnit,
                        d.currentOfficer, d.stepDueAt),
                d.resolvedAt, d.outcome, state == null ? null : state.resolution(), d.timeliness, d.returnedAt,
                d.returnMethod, d.endedAt, allowed);
    }

    /** Without a caller (an import, a job): no action is offered. */
    static DossierView of(Dossier d) {
        return of(d, null, Set.of());
    }
}
