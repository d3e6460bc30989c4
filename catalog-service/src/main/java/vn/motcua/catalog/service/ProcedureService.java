package vn.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.motcua.catalog.domain.CaseVariantsRule;
import vn.motcua.catalog.domain.MechanismRule;
import vn.motcua.catalog.domain.OnlineModeRule;
import vn.motcua.catalog.domain.ProcedureLifecycle;
import vn.motcua.catalog.domain.ProcedureLifecycle.Action;
import vn.motcua.catalog.domain.ProcedureState;
import vn.motcua.catalog.domain.ProcedureStatus;
import vn.motcua.catalog.domain.ProcessStepsRule;
import vn.motcua.catalog.domain.RuleViolation;
import vn.motcua.catalog.domain.VersionTimeline;
import vn.motcua.catalog.repository.DecisionColumns;
import vn.motcua.catalog.repository.Procedure;
import vn.motcua.catalog.repository.ProcedureVersion;
import vn.motcua.events.ProcedureAbolished;
import vn.motcua.events.ProcedureAmended;
import vn.motcua.events.ProcedurePublished;
import vn.motcua.events.ProcedureTerms.Decision;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.tenant.TenantContext;

/**
 * Use cases of the catalogue; one method, one transaction, one business action. A change of a procedure's timeline
 * (publish, amend, abolish) locks the procedure first, so two admins acting at once are serialised and the second
 * sees what the first did.
 */
@ApplicationScoped
public class ProcedureService {
    /** Where the terms sit in a draft's or an amendment's body, so that a refusal names the field as sent. */
    private static final String IN_BODY = "terms.";

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    TenantContext tenant;

    @Inject
    EntityManager em;

    @Inject
    ProvinceToday provinceToday;

    @Inject
    OrganisationRegister organisation;

    @Transactional
    public ProcedureView draft(Caller caller, DraftProcedureCommand command) {
        tenant.require();
        requireOrganisation(command.content(), IN_BODY);
        Refusals.refuseIfAny(IN_BODY, contentViolations(command.content()));
        if (Procedure.byCode(command.code()).isPresent()) {
            throw new ProblemException(409, "duplicate-procedure", "Procedure already exists",
                    "Your province already has procedure " + command.code() + ".",
                    List.of(new Problem.FieldError("code", "already exists in your province")));
        }
        // two admins drafting one code at once both pass the check above; the unique key stops the second, which
        // the shared problem mapping answers with 409 (ProblemMappers, SQLState 23505)
        Procedure p = persistNew(command, ProcedureStatus.DRAFT, clock.instant()).procedure();
        em.flush(); // Hibernate stamps the tenant column (the caller's province) on insert, and the view shows it
        return view(p);
    }

    /**
     * Soạn thảo và công bố at once, for a procedure the province does not have yet: what {@link #draft} then
     * {@link #publish} do, under the same rules, without the reads that only a person at a form needs (the view,
     * the draft read back). The import's way to create: it checks the code is new for a whole chunk at once, and a
     * code created meanwhile by someone else still meets the unique key (23505: the chunk is retried row by row).
     *
     * @return the version now in force, 1
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publishNew(DraftProcedureCommand command, DecisionCommand decision) {
        tenant.require();
        requireOrganisation(command.content(), IN_BODY);
        List<RuleViolation> violations = contentViolations(command.content());
        OnlineModeRule.check(command.content().onlineMode(), decision.effectiveFrom()).ifPresent(violations::add);
        Refusals.refuseIfAny(IN_BODY, violations);
        Instant now = clock.instant();
        Created created = persistNew(command, ProcedureStatus.PUBLISHED, now);
        putInForce(created.version(), decision.decision(), decision.effectiveFrom(), now);
        outbox.add(new ProcedurePublished(created.procedure().id, command.code(), created.version().terms(), now));
        return created.version().version;
    }

    private record Created(Procedure procedure, ProcedureVersion version) {
    }

    /** A new procedure and its version 1, both with {@code status}; the version is filled before it is flushed. */
    private static Created persistNew(DraftProcedureCommand command, ProcedureStatus status, Instant now) {
        Procedure p = new Procedure();
        p.id = UUID.randomUUID();
        p.code = command.code();
        p.status = status;
        p.createdAt = now;
        p.persist();
        ProcedureVersion v = new ProcedureVersion();
        v.id = UUID.randomUUID();
        v.procedureId = p.id;
        v.version = 1;
        v.status = status;
        v.createdAt = now;
        write(v, command.content());
        v.persist();
        return new Created(p, v);
    }

    /** Sửa dự thảo: the draft is rewritten whole; nothing is announced, as nothing is in force. */
    @Transactional
    public ProcedureView editDraft(Caller caller, UUID id, ProcedureContent content) {
        Procedure p = lockedForChange(id);
        requireAllowed(p, Action.EDIT_DRAFT);
        requireOrganisation(content, "");
        Refusals.refuseIfAny("", contentViolations(content));
        ProcedureVersion draft = ProcedureVersion.of(p.id).stream().filter(v -> !v.published()).findFirst()
                .orElseThrow(() -> Refusals.illegalTransition(p.code, "it has no draft"));
        write(draft, content);
        return view(p);
    }

    /**
     * Công bố: version 1 is in force from {@code effectiveFrom} (a decision may be recorded after it took
     * effect, so a past date is allowed); the other services learn it from the event. The same decision and date
     * again is a retry: answered with the same version, announced once.
     */
    @Transactional
    public VersionView publish(UUID id, DecisionCommand command) {
        Procedure p = lockedForChange(id);
        List<ProcedureVersion> versions = ProcedureVersion.of(p.id);
        if (p.state() != ProcedureState.DRAFT) {
            ProcedureVersion first = versions.getFirst();
            if (first.published() && Objects.equals(first.decision(), command.decision())
                    && command.effectiveFrom().equals(first.effectiveFrom)) {
                return VersionView.of(p, first);
            }
            throw Refusals.sameActionDifferentDecision(p.code, "published");
        }
        ProcedureVersion v = versions.getFirst();
        List<RuleViolation> violations = new ArrayList<>();
        OnlineModeRule.check(v.onlineMode, command.effectiveFrom()).ifPresent(violations::add);
        Refusals.refuseIfAny("", violations);
        Instant now = clock.instant();
        p.status = ProcedureStatus.PUBLISHED;
        v.status = ProcedureStatus.PUBLISHED;
        putInForce(v, command.decision(), command.effectiveFrom(), now);
        em.flush();
        outbox.add(new ProcedurePublished(p.id, p.code, v.terms(), now));
        return VersionView.of(p, v);
    }

    /**
     * Sửa đổi, bổ sung, thay thế: version n+1 is in force from {@code effectiveFrom}, and the version before it
     * ends that day. Not idempotent by design: the same amendment again overlaps the version it made (409).
     */
    @Transactional
    public VersionView amend(Caller caller, UUID id, AmendProcedureCommand command) {
        Procedure p = lockedForChange(id);
        requireAllowed(p, Action.AMEND);
        requireOrganisation(command.content(), IN_BODY);
        List<RuleViolation> violations = contentViolations(command.content());
        OnlineModeRule.check(command.content().onlineMode(), command.effectiveFrom()).ifPresent(violations::add);
        Refusals.refuseIfAny(IN_BODY, violations);
        List<ProcedureVersion> published = ProcedureVersion.of(p.id).stream().filter(ProcedureVersion::published)
                .toList();
        VersionTimeline.amendment(command.effectiveFrom(), today(), effectiveDates(published)).ifPresent(r -> {
            throw Refusals.timeline(r);
        });
        closeOpenVersion(published, command.effectiveFrom());
        Instant now = clock.instant();
        ProcedureVersion v = new ProcedureVersion();
        v.id = UUID.randomUUID();
        v.procedureId = p.id;
        v.version = published.getLast().version + 1;
        v.status = ProcedureStatus.PUBLISHED;
        v.createdAt = now;
        write(v, command.content());
        putInForce(v, command.decision(), command.effectiveFrom(), now);
        v.persist();
        em.flush();
        outbox.add(new ProcedureAmended(p.id, p.code, v.terms(), now));
        return VersionView.of(p, v);
    }

    /**
     * Bãi bỏ: from {@code effectiveFrom} no dossier is received under the procedure; the version in force ends
     * that day. The same decision and date again is a retry: the same answer, announced once.
     */
    @Transactional
    public ProcedureView abolish(UUID id, DecisionCommand command) {
        Procedure p = lockedForChange(id);
        if (p.state() == ProcedureState.ABOLISHED) {
            Decision recorded = new Decision(p.abolitionDecisionNumber, p.abolitionDecisionDate,
                    p.abolitionDecisionIssuer);
            if (recorded.equals(command.decision()) && command.effectiveFrom().equals(p.abolishedFrom)) {
                return view(p);
            }
            throw Refusals.sameActionDifferentDecision(p.code, "abolished");
        }
        requireAllowed(p, Action.ABOLISH);
        List<ProcedureVersion> published = ProcedureVersion.of(p.id).stream().filter(ProcedureVersion::published)
                .toList();
        VersionTimeline.abolition(command.effectiveFrom(), today(), effectiveDates(published)).ifPresent(r -> {
            throw Refusals.timeline(r);
        });
        closeOpenVersion(published, command.effectiveFrom());
        Instant now = clock.instant();
        p.abolishedFrom = command.effectiveFrom();
        p.abolitionDecisionNumber = command.decision().number();
        p.abolitionDecisionDate = command.decision().date();
        p.abolitionDecisionIssuer = command.decision().issuer();
        em.flush();
        outbox.add(new ProcedureAbolished(p.id, p.code, published.getLast().version, command.effectiveFrom(),
                command.decision(), now));
        return view(p);
    }

    @Transactional
    public ProcedureView get(UUID id) {
        return view(load(id));
    }

    @Transactional
    public VersionView version(UUID id, int version) {
        Procedure p = load(id);
        return ProcedureVersion.of(p.id, version).map(v -> VersionView.of(p, v))
                .orElseThrow(() -> ProblemException.notFound("Procedure version", id + " version " + version));
    }

    /** The province's procedures, each with the version in force today. */
    @Transactional
    public List<ProcedureView> list() {
        return Procedure.allByCode().stream().map(this::view).toList();
    }

    private ProcedureView view(Procedure p) {
        return ProcedureView.of(p, ProcedureVersion.of(p.id), today());
    }

    private LocalDate today() {
        return provinceToday.today();
    }

    private static List<RuleViolation> contentViolations(ProcedureContent c) {
        List<RuleViolation> violations = new ArrayList<>();
        MechanismRule.check(c.mechanism(), c.cooperatingAgencies()).ifPresent(violations::add);
        violations.addAll(CaseVariantsRule.check(c.caseVariants(), c.fourOnTheSpot()));
        ProcessStepsRule.check(c.steps()).ifPresent(violations::add);
        return violations;
    }

    private static List<LocalDate> effectiveDates(List<ProcedureVersion> published) {
        return published.stream().map(v -> v.effectiveFrom).toList();
    }

    /** The open version ends when the next one (or the abolition) takes effect; flushed before any new version. */
    private void closeOpenVersion(List<ProcedureVersion> published, LocalDate end) {
        published.stream().filter(v -> v.effectiveTo == null).forEach(v -> v.effectiveTo = end);
        em.flush(); // Hibernate inserts before it updates: the new version must not meet the open one in the database
    }

    private static void putInForce(ProcedureVersion v, Decision decision, LocalDate effectiveFrom, Instant now) {
        v.decision = DecisionColumns.of(decision);
        v.effectiveFrom = effectiveFrom;
        v.publishedAt = now;
    }

    private static void write(ProcedureVersion v, ProcedureContent c) {
        v.localCode = c.localCode();
        v.name = c.name();
        v.fieldCode = c.fieldCode();
        v.agencyCode = c.agencyCode();
        v.issuingLevel = c.issuingLevel();
        v.mechanism = c.mechanism();
        v.cooperatingAgencies = c.cooperatingAgencies();
        v.onlineMode = c.onlineMode();
        v.postalReceipt = c.postalReceipt();
        v.postalReturn = c.postalReturn();
        v.fourOnTheSpot = c.fourOnTheSpot();
        v.fees = c.fees();
        v.requiredPapers = c.requiredPapers();
        v.caseVariants = c.caseVariants();
        v.steps = c.steps();
    }

    private static void requireAllowed(Procedure p, Action action) {
        ProcedureLifecycle.refusal(p.state(), action).ifPresent(why -> {
            throw Refusals.illegalTransition(p.code, why);
        });
    }

    /**
     * The competent agency must be an active agency of the caller's province register and the field one it
     * handles (Circular 01/2018/TT-VPCP Art. 20: a field code names its level-1 unit); the register is
     * tenant-filtered, so another province's agency is simply unknown here.
     */
    private void requireOrganisation(ProcedureContent content, String prefix) {
        organisation.requireAgency(content.agencyCode(), prefix + "agencyCode");
        organisation.requireField(content.fieldCode(), content.agencyCode(), prefix + "fieldCode");
    }

    private static Procedure load(UUID id) {
        return Procedure.<Procedure>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Procedure", id.toString()));
    }

    private static Procedure lockedForChange(UUID id) {
        return Procedure.forChange(id).orElseThrow(() -> ProblemException.notFound("Procedure", id.toString()));
    }
}
