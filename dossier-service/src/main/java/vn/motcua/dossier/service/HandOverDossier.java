package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.dossier.domain.ActionFacts;
import vn.motcua.dossier.domain.ActionRules;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.dossier.domain.DossierState;
import vn.motcua.dossier.domain.DossierStateMachine;
import vn.motcua.dossier.domain.LifecycleRefusal;
import vn.motcua.dossier.domain.OfferedAction;
import vn.motcua.dossier.domain.StepPlan;
import vn.motcua.dossier.repository.AgencyReplica;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.events.DossierHandedOver;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.events.ProcedureTerms.ProcessStep;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.AccessRules;
import vn.motcua.platform.security.CaseScope;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.tenant.TenantContext;

/**
 * Chuyển xử lý and phân công: the dossier goes from the desk to the first step of its version's internal process
 * (Decree 118/2025 Art. 18), from step to step (Art. 19 cl. 1), to a co-operating agency of an inter-connected
 * procedure and back (liên thông, Art. 20); a unit's lead assigns it to an officer. Each hand-over carries the
 * step's due instant ({@link StepPlan}), so each unit is judged against its share (Circular 01/2018 Art. 13,
 * indicator 2).
 *
 * <p>The next step is the one after the current step in the version the dossier is pinned to; a version without
 * steps (the process not described yet) takes any unit of the agency, numbered in order, without a due instant.
 */
@ApplicationScoped
public class HandOverDossier {
    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    DossierLog dossiers;

    @Inject
    WorkingCalendars calendars;

    @Inject
    TenantContext tenant;

    @Inject
    PinnedTerms pinned;

    @Transactional
    public ProcessView handOver(Caller caller, UUID id, HandOverCommand command) {
        Instant now = clock.instant();
        DossierLog.Acted acted = dossiers.act(id, dossier -> authorise(caller, dossier,
                ActionPermissions.may(caller, dossier, OfferedAction.HAND_OVER)),
                (dossier, state) -> DossierLifecycle.handOver(state, caller.name(), now, next(dossier, state,
                        command)));
        ActionFacts.HandOver to = (ActionFacts.HandOver) acted.entry().facts();
        DossierState.Step from = acted.before().step();
        String fromAgency = from == null ? acted.dossier().agency : from.agency();
        announce(acted.dossier(), to, from == null ? null : from.unit(), now, !to.agency().equals(fromAgency));
        return ProcessView.of(acted.dossier(), calendars.of(tenant.require()), now);
    }

    /** Phân công: a hand-over to the same step and unit that names the officer. */
    @Transactional
    public ProcessView assign(Caller caller, UUID id, String officer) {
        Instant now = clock.instant();
        DossierLog.Acted acted = dossiers.act(id, dossier -> authorise(caller, dossier,
                ActionPermissions.may(caller, dossier, OfferedAction.ASSIGN)), (dossier, state) -> {
                    DossierStateMachine.apply(state.status(), OfferedAction.ASSIGN.logged());
                    ActionRules.withheld(OfferedAction.ASSIGN, ActionRules.of(state), now,
                            calendars.of(tenant.require())).ifPresent(refusal -> {
                                throw refusal;
                            });
                    DossierState.Step step = state.step();
                    return DossierLifecycle.handOver(state, caller.name(), now, new ActionFacts.HandOver(
                            step.number(), step.agency(), step.unit(), officer, step.dueAt()));
                });
        ActionFacts.HandOver to = (ActionFacts.HandOver) acted.entry().facts();
        announce(acted.dossier(), to, to.unit(), now, false);
        return ProcessView.of(acted.dossier(), calendars.of(tenant.require()), now);
    }

    private void announce(Dossier d, ActionFacts.HandOver to, String fromUnit, Instant at, boolean interAgency) {
        outbox.add(new DossierHandedOver(d.id, d.code, d.agency, to.stepNumber(), fromUnit, to.agency(), to.unit(),
                to.officer(), at, to.stepDueAt(), interAgency, d.imported));
    }

    /** The step after the current one, checked against the version's steps and the agency replica. */
    private ActionFacts.HandOver next(Dossier d, DossierState state, HandOverCommand command) {
        ProcedureTerms terms = pinned.of(d);
        String toAgency = command.toAgency().orElse(d.agency);
        if (!toAgency.equals(d.agency) && !(terms.mechanism() == ProcedureTerms.Mechanism.INTER_CONNECTED
                && terms.cooperatingAgencies().contains(toAgency))) {
            throw new LifecycleRefusal("not-a-cooperating-agency", "toAgency", toAgency + " is not a co-operating"
                    + " agency of procedure " + d.procedureCode + " version " + d.procedureVersion + " (liên thông: "
                    + terms.cooperatingAgencies() + ")");
        }
        AgencyReplica agency = AgencyReplica.byCode(toAgency).orElseThrow(() -> new LifecycleRefusal(
                "unknown-agency", "toAgency", toAgency + " is not an agency the catalogue announced"));
        if (agency.unit(command.toUnit()).isEmpty()) {
            throw new LifecycleRefusal("unknown-unit", "toUnit", command.toUnit() + " is not a unit of " + toAgency);
        }
        int number = state.step() == null ? 1 : state.step().number() + 1;
        List<ProcessStep> steps = terms.steps();
        if (steps.isEmpty()) {
            return new ActionFacts.HandOver(number, toAgency, command.toUnit(), command.toOfficer().orElse(null),
                    null);
        }
        lastStep(steps, state.step() == null ? null : state.step().number()).ifPresent(refusal -> {
            throw refusal;
        });
        ProcessStep step = steps.get(number - 1);
        if (!step.unitCode().equals(command.toUnit())) {
            throw new LifecycleRefusal("not-the-next-step", "toUnit", command.toUnit() + " is not the unit of step "
                    + number + " (" + step.unitCode() + ")");
        }
        Instant stepDueAt = StepPlan.plan(steps, new ProcedureTerms.TimeLimit(d.timeLimitValue, d.timeLimitUnit),
                clockStart(state), calendars.of(tenant.require())).get(number - 1).dueAt();
        return new ActionFacts.HandOver(number, toAgency, command.toUnit(), command.toOfficer().orElse(null),
                stepDueAt);
    }

    /**
     * The refusal of a hand-over from the last step of a described process (422 naming toUnit: no unit follows);
     * what ActionOffers checks before offering a hand-over.
     *
     * @param current the number of the step that holds the dossier; null at the desk
     */
    static Optional<LifecycleRefusal> lastStep(List<ProcessStep> steps, Integer current) {
        if (steps.isEmpty() || current == null || current < steps.size()) {
            return Optional.empty();
        }
        return Optional.of(new LifecycleRefusal("no-next-step", "toUnit", "step " + current + " is the last of the "
                + "process; the dossier is resolved from there"));
    }

    /** Acceptance, or the restart after the complete supplement (Art. 19 cl. 5). */
    private static Instant clockStart(DossierState state) {
        return state.supplements().stream().map(DossierState.SupplementRound::completedAt)
                .filter(java.util.Objects::nonNull).reduce((a, b) -> b).orElse(state.receivedAt());
    }


    /** Who holds the file now: its current agency (a co-operating one during liên thông) and unit. */
    static CaseScope.Holder holding(Dossier d) {
        return new CaseScope.Holder(new ProvinceCode(d.provinceCode), d.currentAgency != null ? d.currentAgency
                : d.agency, Optional.ofNullable(d.currentUnit), d.submittedBy);
    }

    /** Not allowed: 403 to whom may see the dossier, 404 to others (its existence is not revealed). */
    static void authorise(Caller caller, Dossier d, boolean allowed) {
        if (allowed) {
            return;
        }
        CaseScope scope = AccessRules.caseScope(caller);
        if (scope.admits(d.holder()) || scope.admits(holding(d))) {
            throw new ProblemException(403, "not-your-step", "Not your step", "Dossier " + DossierLog.label(d)
                    + " is held by " + (d.currentUnit == null ? "the desk" : d.currentAgency + "/" + d.currentUnit)
                    + "; you may not move it.");
        }
        throw ProblemException.notFound("Dossier", d.id.toString());
    }
}
