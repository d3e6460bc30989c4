package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.motcua.dossier.domain.CaseVariantChoice;
import vn.motcua.dossier.domain.DeadlineClock;
import vn.motcua.dossier.domain.ReceiptForm;
import vn.motcua.dossier.domain.VersionInForce;
import vn.motcua.dossier.domain.WorkingCalendar;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.dossier.repository.ProcedureAbolitionReplica;
import vn.motcua.dossier.repository.ProcedureVersionReplica;
import vn.motcua.events.ProcedureTerms.CaseVariant;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.tenant.TenantContext;

/**
 * What acceptance (tiếp nhận) writes, once, whether at the desk or after an online submission: the version of the
 * procedure in force on the acceptance day and one of its cases, the dossier's code, the time limit kept for a
 * restart, the receipt's lookup secret, and the announcement. The clock runs from acceptance (Decree 118/2025
 * Art. 17 cl. 3), so all of it is of the acceptance day, never the submission's.
 */
@ApplicationScoped
public class Acceptance {
    @Inject
    TenantContext tenant;

    @Inject
    WorkingCalendars calendars;

    @Inject
    DossierNumbers numbers;

    /** The procedure's version and case on the acceptance day, and the province's calendar it is counted on. */
    public record Terms(ProcedureVersionReplica procedure, CaseVariant variant, LocalDate day,
            WorkingCalendar calendar) {
        public DeadlineClock clock(Instant acceptedAt) {
            return DeadlineClock.startAt(acceptedAt, variant.timeLimit());
        }
    }

    /** The published versions of a procedure of the caller's province; none: 422 naming procedureCode. */
    public List<ProcedureVersionReplica> versions(String procedureCode) {
        List<ProcedureVersionReplica> versions = ProcedureVersionReplica.ofCode(procedureCode);
        if (versions.isEmpty()) {
            throw new ProblemException(422, "unknown-procedure", "Unknown procedure",
                    "No published procedure " + procedureCode + " in your province.",
                    List.of(new Problem.FieldError("procedureCode", "is not a published procedure")));
        }
        return versions;
    }

    public WorkingCalendar calendar() {
        return calendars.of(tenant.require());
    }

    /** The version in force on {@code at}'s day and the case chosen of it; 422 naming the field otherwise. */
    public Terms pin(String procedureCode, Optional<String> caseVariant, Instant at) {
        WorkingCalendar calendar = calendar();
        LocalDate day = at.atZone(calendar.zone()).toLocalDate();
        ProcedureVersionReplica procedure = inForceOn(day, procedureCode, versions(procedureCode));
        return new Terms(procedure, variant(procedure, caseVariant), day, calendar);
    }

    /** The case of {@code procedure} the caller named, or its only one; 422 naming caseVariant otherwise. */
    public static CaseVariant variant(ProcedureVersionReplica procedure, Optional<String> requested) {
        return switch (CaseVariantChoice.choose(procedure.terms.caseVariants(), requested)) {
            case CaseVariantChoice.Chosen chosen -> chosen.variant();
            case CaseVariantChoice.Refused refused -> throw new ProblemException(422, "unknown-case-variant",
                    "Case variant not chosen", "caseVariant " + refused.message() + ".",
                    List.of(new Problem.FieldError("caseVariant", refused.message())));
        };
    }

    /**
     * Writes the acceptance's facts on the row: code, pinned version and case, time limit, the lookup secret's
     * hash. The state (acceptance, due date) comes from the log ({@code Dossier.show}).
     *
     * @return the receipt, with the lookup secret in clear: shown once, to the caller who accepted
     */
    public ReceiptSlip stamp(Dossier d, Terms terms, Instant acceptedAt, Instant dueAt) {
        ProvinceCode province = tenant.require();
        d.code = numbers.next(province, terms.procedure().agencyCode, terms.day());
        d.procedureVersion = terms.procedure().version;
        d.caseVariant = terms.variant().code();
        d.timeLimitValue = terms.variant().timeLimit().value();
        d.timeLimitUnit = terms.variant().timeLimit().unit();
        String secret = LookupSecret.generate();
        d.lookupSecretHash = LookupSecret.hash(secret);
        return new ReceiptSlip(d.code, acceptedAt, dueAt, secret, ReceiptForm.of(d.ruleSet),
                terms.procedure().terms.name(), terms.variant().code(), terms.variant().name());
    }

    /** The version in force on the day (VersionInForce); none: refused with the dates, never guessed. */
    public static ProcedureVersionReplica inForceOn(LocalDate day, String code,
            List<ProcedureVersionReplica> versions) {
        Optional<LocalDate> abolishedFrom = ProcedureAbolitionReplica.ofCode(code).map(a -> a.effectiveFrom);
        VersionInForce.Answer answer = VersionInForce.on(day, versions.stream()
                .map(v -> new VersionInForce.Dated(v.version, v.effectiveFrom, v.effectiveTo)).toList(), abolishedFrom);
        return switch (answer) {
            case VersionInForce.InForce found -> versions.stream().filter(v -> v.version == found.version())
                    .findFirst().orElseThrow();
            case VersionInForce.NoneInForce none -> throw new ProblemException(422, "procedure-not-in-force",
                    "Procedure not in force", "Procedure " + code + " has no version in force on " + day + " (the"
                            + " reception day): " + none.why() + ".",
                    List.of(new Problem.FieldError("procedureCode", "has no version in force on " + day)));
        };
    }
}
