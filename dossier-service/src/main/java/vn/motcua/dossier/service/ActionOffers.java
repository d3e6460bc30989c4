package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.motcua.dossier.domain.ActionRules;
import vn.motcua.dossier.domain.DossierState;
import vn.motcua.dossier.domain.LifecycleRefusal;
import vn.motcua.dossier.domain.OfferedAction;
import vn.motcua.dossier.domain.WorkingCalendar;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.security.Caller;

/**
 * What a console offers an official on a dossier now: the actions the state allows (DossierStateMachine), that the
 * caller's role and jurisdiction permit (ActionPermissions), and that no rule of the dossier's history or of the
 * hour withholds (ActionRules: one supplement request within 3 working days, one apology at least a day before
 * the due date, an assignment only after the hand-over; HandOverDossier: no hand-over after the last step). The
 * same checks the actions make, so what is offered is what would be accepted (a concurrent action aside), and
 * what is withheld says why.
 */
@ApplicationScoped
public class ActionOffers {
    @Inject
    Clock clock;

    @Inject
    WorkingCalendars calendars;

    @Inject
    PinnedTerms pinned;

    /**
     * @param allowed  what the caller may do now
     * @param withheld what the state and the caller's role would allow, but a rule refuses now, with the problem
     *                 the action would answer
     * @param nextStep where a hand-over goes by the dossier's process; null when none is offered or the version
     *                 describes no steps (any unit of the agency)
     */
    public record Offer(Set<OfferedAction> allowed, List<Withheld> withheld, NextStep nextStep) {
        static final Offer NONE = new Offer(Set.of(), List.of(), null);
    }

    /** @param field the input the refusal names; null when it is about the dossier as a whole */
    public record Withheld(OfferedAction action, String type, String field, String detail) {
    }

    /** Step {@code number} of the pinned version's process, held by {@code unit} of {@code agency}. */
    public record NextStep(int number, String agency, String unit, String role) {
    }

    /** The offer on one dossier the caller may see. */
    @Transactional
    public Offer of(Caller caller, UUID id) {
        return of(caller, DossierQueries.visible(caller, id));
    }

    Offer of(Caller caller, Dossier d) {
        return of(caller, d, facts(d), new HashMap<>());
    }

    /** The allowed actions of each dossier of a page, reading each pinned version once. */
    Map<UUID, Set<OfferedAction>> allowed(Caller caller, List<Dossier> page) {
        Map<String, List<ProcedureTerms.ProcessStep>> steps = new HashMap<>();
        Map<UUID, Set<OfferedAction>> allowed = new HashMap<>();
        for (Dossier d : page) {
            allowed.put(d.id, of(caller, d, facts(d), steps).allowed());
        }
        return allowed;
    }

    /** With the state just derived from the log, as a use case returns the dossier after its action. */
    Offer of(Caller caller, Dossier d, DossierState state) {
        return of(caller, d, ActionRules.of(state), new HashMap<>());
    }

    private Offer of(Caller caller, Dossier d, ActionRules.Facts facts,
            Map<String, List<ProcedureTerms.ProcessStep>> stepsByVersion) {
        if (caller == Caller.ANONYMOUS || d.status == null) {
            return Offer.NONE;
        }
        Instant now = clock.instant();
        WorkingCalendar calendar = null;
        Set<OfferedAction> allowed = EnumSet.noneOf(OfferedAction.class);
        List<Withheld> withheld = new ArrayList<>();
        NextStep next = null;
        for (OfferedAction action : ActionRules.allowedIn(d.status)) {
            if (!ActionPermissions.may(caller, d, action)) {
                continue;
            }
            if (calendar == null) {
                calendar = calendars.of(new ProvinceCode(d.provinceCode));
            }
            Optional<LifecycleRefusal> refusal = ActionRules.withheld(action, facts, now, calendar);
            if (refusal.isEmpty() && action == OfferedAction.HAND_OVER && d.procedureVersion != null) {
                List<ProcedureTerms.ProcessStep> steps = stepsByVersion.computeIfAbsent(
                        d.procedureCode + "/" + d.procedureVersion, k -> pinned.of(d).steps());
                refusal = HandOverDossier.lastStep(steps, d.stepNumber);
                if (refusal.isEmpty() && !steps.isEmpty()) {
                    int number = d.stepNumber == null ? 1 : d.stepNumber + 1;
                    ProcedureTerms.ProcessStep step = steps.get(number - 1);
                    next = new NextStep(number, d.agency, step.unitCode(), step.role());
                }
            }
            if (refusal.isPresent()) {
                withheld.add(new Withheld(action, refusal.get().problemType(), refusal.get().field(),
                        refusal.get().getMessage()));
            } else {
                allowed.add(action);
            }
        }
        return new Offer(allowed, withheld, next);
    }

    /** The row's copy of the log's state: what a list shows without replaying each log. */
    private static ActionRules.Facts facts(Dossier d) {
        return new ActionRules.Facts(d.status, d.receivedAt, d.dueAt, d.supplementRequests > 0,
                d.supplementRequestedAt, d.extended, d.stepNumber != null);
    }
}
