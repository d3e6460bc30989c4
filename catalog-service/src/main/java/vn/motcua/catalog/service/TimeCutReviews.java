package vn.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.motcua.catalog.domain.TimeCut;
import vn.motcua.catalog.repository.DecisionColumns;
import vn.motcua.catalog.repository.TimeCutReview;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.tenant.TenantContext;

/** Use cases of time-cut reviews (cắt giảm thời hạn): adopt one, read them. Figures come from {@link TimeCut}. */
@ApplicationScoped
public class TimeCutReviews {
    @Inject
    TenantContext tenant;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public TimeCutView adopt(Caller caller, AdoptTimeCutCommand command) {
        ProvinceCode province = tenant.require();
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < command.items().size(); i++) {
            AdoptTimeCutCommand.Item item = command.items().get(i);
            String at = "items[" + i + "]";
            if (!seen.add(item.procedureCode())) {
                errors.add(new Problem.FieldError(at + ".procedureCode", "appears twice in this review"));
            } else if (!isProcedureOf(province, item.procedureCode())) {
                errors.add(new Problem.FieldError(at + ".procedureCode", "is not a procedure of your province"));
            }
            if (item.daysAfter() > item.daysBefore()) {
                errors.add(new Problem.FieldError(at + ".daysAfter", "must not exceed daysBefore: a cut never "
                        + "lengthens a time limit"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "invalid-time-cut", "Invalid time-cut review",
                    errors.size() + " item(s) of the review cannot be adopted.", errors);
        }
        if (TimeCutReview.byDecision(command.decisionNumber()).isPresent()) {
            throw new ProblemException(409, "duplicate-decision", "Review already adopted",
                    "Your province already adopted a time-cut review under decision " + command.decisionNumber()
                            + ".",
                    List.of(new Problem.FieldError("decision.number", "already has a review in your province")));
        }
        TimeCutReview r = new TimeCutReview();
        r.id = UUID.randomUUID();
        r.decision = DecisionColumns.of(new ProcedureTerms.Decision(command.decisionNumber(), command.decisionDate(),
                command.decisionIssuer()));
        r.createdBy = caller.name();
        r.createdAt = clock.instant();
        for (AdoptTimeCutCommand.Item item : command.items()) {
            TimeCutReview.Line line = new TimeCutReview.Line();
            line.procedureCode = item.procedureCode();
            line.daysBefore = item.daysBefore();
            line.daysAfter = item.daysAfter();
            r.items.add(line);
        }
        // two admins adopting one decision at once: the unique key stops the second (shared 23505 → 409)
        r.persist();
        em.flush();
        return TimeCutView.of(r);
    }

    @Transactional
    public List<TimeCutView> list() {
        tenant.require();
        return TimeCutReview.newestFirst().stream().map(TimeCutView::of).toList();
    }

    @Transactional
    public TimeCutView get(UUID id) {
        tenant.require();
        return TimeCutReview.<TimeCutReview>findByIdOptional(id).map(TimeCutView::of)
                .orElseThrow(() -> ProblemException.notFound("Time-cut review", id.toString()));
    }

    static TimeCut toDomain(TimeCutReview r) {
        return new TimeCut(r.items.stream()
                .map(l -> new TimeCut.Item(l.procedureCode, l.daysBefore, l.daysAfter)).toList());
    }

    /** Native SQL is not filtered by tenant: the province is named here. */
    private boolean isProcedureOf(ProvinceCode province, String code) {
        return ((Number) em.createNativeQuery(
                        "select count(*) from procedure where province_code = :province and code = :code")
                .setParameter("province", province.value()).setParameter("code", code)
                .getSingleResult()).longValue() > 0;
    }
}
