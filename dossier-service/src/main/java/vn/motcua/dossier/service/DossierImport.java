package vn.motcua.dossier.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.motcua.dossier.domain.CaseVariantChoice;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.dossier.domain.DossierState;
import vn.motcua.dossier.domain.IllegalTransitionException;
import vn.motcua.dossier.domain.ImportedHistory;
import vn.motcua.dossier.domain.LifecycleRefusal;
import vn.motcua.dossier.domain.LoggedAction;
import vn.motcua.dossier.domain.RuleSetOfReception;
import vn.motcua.dossier.domain.VersionInForce;
import vn.motcua.dossier.domain.WorkingCalendar;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.dossier.repository.DossierActionRecord;
import vn.motcua.dossier.repository.DossierImportRecord;
import vn.motcua.dossier.repository.ProcedureAbolitionReplica;
import vn.motcua.dossier.repository.ProcedureVersionReplica;
import vn.motcua.events.ProcedureTerms.CaseVariant;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.tenant.TenantContext;

/**
 * Nhập hồ sơ từ hệ thống cũ: a province's historical dossiers, row by row. Each readable row becomes a dossier
 * with its whole action log at the original timestamps ({@link ImportedHistory}), validated by replaying it
 * through the state machine, and publishes the events a live dossier published, flagged {@code imported}.
 *
 * <ul>
 * <li>Idempotent: a row's sourceId and fingerprint are kept; the same row again is {@code unchanged}, a different
 * row under the same sourceId is refused as a conflict (history is not overwritten).</li>
 * <li>The procedure version is the one in force on the acceptance day (the submission day when never accepted);
 * when the replica has none in force that day (history older than the catalogue's first version), the dossier
 * keeps no version (null) and takes its agency and case's time limit from the version nearest that day.</li>
 * <li>The rule set is the one of the reception day (Decree 61/2018 or 118/2025), like a live dossier's.</li>
 * <li>The old code is kept when given and used by no other dossier, else a new one is given as at the desk.</li>
 * </ul>
 * Rows are applied in chunks of {@value #CHUNK}, one transaction each, so 10,000 rows never hold one transaction;
 * a chunk that fails in the database is rolled back whole and its rows applied one by one, so only the failing
 * row is left out.
 */
@ApplicationScoped
public class DossierImport {
    static final int CHUNK = 200;
    /** Clocks of the old system and ours drift; a timestamp a little ahead of ours is not "in the future". */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    TenantContext tenant;

    @Inject
    WorkingCalendars calendars;

    @Inject
    DossierNumbers numbers;

    @Inject
    EntityManager em;

    private enum Done {
        CREATED, UNCHANGED
    }

    /** What one row did: created, unchanged, or refused with its faults. */
    private record Result(ImportRow row, Done done, List<Problem.FieldError> refusals) {
    }

    public ImportReport run(Caller caller, List<ImportRow> rows) {
        tenant.require();
        Map<Integer, Result> results = new HashMap<>();
        List<ImportRow> applicable = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        for (ImportRow row : rows) {
            Integer first = row.sourceId() == null ? null : firstLineOf.putIfAbsent(row.sourceId(), row.line());
            if (!row.readable()) {
                results.put(row.line(), refused(row, row.refusals()));
            } else if (first != null) {
                // two rows for one dossier would make the result depend on their order: ambiguous, refused
                results.put(row.line(), refused(row, "sourceId", "appears again: line " + first
                        + " already imports this dossier"));
            } else {
                applicable.add(row);
            }
        }
        for (int from = 0; from < applicable.size(); from += CHUNK) {
            List<ImportRow> chunk = applicable.subList(from, Math.min(from + CHUNK, applicable.size()));
            for (Result r : applyChunk(caller, chunk)) {
                results.put(r.row().line(), r);
            }
        }
        return report(rows.stream().map(r -> results.get(r.line())).toList());
    }

    private List<Result> applyChunk(Caller caller, List<ImportRow> chunk) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Set<String> codesTaken = new HashSet<>();
                List<Result> results = new ArrayList<>(chunk.size());
                for (ImportRow row : chunk) {
                    results.add(apply(caller, row, codesTaken));
                }
                return results;
            });
        } catch (PersistenceException e) {
            return chunk.stream().map(r -> applyAlone(caller, r)).toList();
        }
    }

    private Result applyAlone(Caller caller, ImportRow row) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> apply(caller, row, new HashSet<>()));
        } catch (PersistenceException e) {
            // another import of the same sourceId or code at the same moment: nothing of the row was applied
            return refused(row, "sourceId", "was imported by someone else at the same moment; import the file again");
        }
    }

    /** Every refusal is decided before the first write, so a refused row leaves its chunk intact. */
    private Result apply(Caller caller, ImportRow row, Set<String> codesTaken) {
        ImportedDossier in = row.dossier();
        String fingerprint = fingerprint(in);
        Optional<DossierImportRecord> earlier = DossierImportRecord.bySource(in.sourceId());
        if (earlier.isPresent()) {
            return earlier.get().fingerprint.equals(fingerprint) ? new Result(row, Done.UNCHANGED, List.of())
                    : refused(row, "sourceId", "conflict: a different row was imported under this sourceId before "
                            + "(dossier " + earlier.get().dossierId + "); history is not overwritten");
        }
        List<ProcedureVersionReplica> versions = ProcedureVersionReplica.ofCode(in.procedureCode());
        if (versions.isEmpty()) {
            return refused(row, "procedureCode", "is not a published procedure of your province");
        }
        ProvinceCode province = tenant.require();
        WorkingCalendar calendar = calendars.of(province);
        Instant receivedOrSubmitted = in.past().acceptedAt() != null ? in.past().acceptedAt() : in.past().submittedAt();
        LocalDate day = receivedOrSubmitted.atZone(calendar.zone()).toLocalDate();
        String dayField = in.past().acceptedAt() != null ? "acceptedAt" : "submittedAt";
        Optional<ProcedureVersionReplica> pinned = inForceOn(day, in.procedureCode(), versions);
        ProcedureVersionReplica basis = pinned.orElseGet(() -> nearest(day, versions));
        CaseVariantChoice.Choice choice = CaseVariantChoice.choose(basis.terms.caseVariants(),
                Optional.ofNullable(in.caseVariant()));
        if (choice instanceof CaseVariantChoice.Refused r) {
            return refused(row, "caseVariant", r.message());
        }
        CaseVariant variant = ((CaseVariantChoice.Chosen) choice).variant();
        Instant now = clock.instant().plus(CLOCK_SKEW);
        List<LoggedAction> log;
        DossierState state;
        try {
            log = ImportedHistory.log(in.past(), caller.name(), variant.timeLimit(), now, calendar);
            state = replay(in.past(), log, now, calendar);
        } catch (LifecycleRefusal e) {
            return refused(row, e.field() == null ? "row" : e.field(), e.getMessage());
        }
        Dossier d = new Dossier();
        try {
            d.ruleSet = RuleSetOfReception.on(day);
        } catch (IllegalArgumentException e) {
            return refused(row, dayField, e.getMessage());
        }
        d.id = UUID.randomUUID();
        d.procedureCode = in.procedureCode();
        d.procedureVersion = pinned.map(v -> v.version).orElse(null);
        d.caseVariant = variant.code();
        d.timeLimitValue = variant.timeLimit().value();
        d.timeLimitUnit = variant.timeLimit().unit();
        d.agency = basis.agencyCode;
        d.channel = in.channel();
        d.applicantKind = in.kind();
        d.applicantName = in.applicantName();
        d.applicantIdNumber = in.applicantIdNumber();
        d.submittedBy = caller.name();
        d.imported = true;
        d.code = in.past().acceptedAt() == null ? null : code(province, d.agency, day, in.code(), codesTaken);
        d.show(state);
        d.persist();
        log.forEach(entry -> DossierActionRecord.append(d.id, entry));
        DossierImportRecord record = new DossierImportRecord();
        record.sourceId = in.sourceId();
        record.dossierId = d.id;
        record.fingerprint = fingerprint;
        record.applicantKind = in.kind().name();
        record.importedBy = caller.name();
        record.importedAt = clock.instant();
        record.persist();
        em.flush(); // a concurrent import of the same sourceId or code fails here, inside this chunk
        ImportEvents.of(d, log, calendar).forEach(outbox::add);
        return new Result(row, Done.CREATED, List.of());
    }

    /** The log's state; a log the state machine refuses names the row's field whose date broke it. */
    private static DossierState replay(ImportedHistory.Past past, List<LoggedAction> log, Instant now,
            WorkingCalendar calendar) {
        try {
            return DossierLifecycle.replay(log, calendar.zone());
        } catch (IllegalTransitionException e) {
            for (int i = 1; i <= log.size(); i++) {
                try {
                    DossierLifecycle.replay(log.subList(0, i), calendar.zone());
                } catch (IllegalTransitionException at) {
                    throw new LifecycleRefusal("invalid-history", ImportedHistory.fieldOf(past, i - 1, now),
                            "breaks the order of a dossier's life: " + at.getMessage());
                }
            }
            throw e;
        }
    }

    /** The old code when given and free (codes are unique across provinces), else the next of the day. */
    private String code(ProvinceCode province, String agency, LocalDate day, String old, Set<String> codesTaken) {
        if (old != null && !codesTaken.contains(old) && !codeUsed(old)) {
            codesTaken.add(old);
            return old;
        }
        while (true) {
            // an old code of the same shape may already hold the counter's next number: skip it
            String next = numbers.next(province, agency, day);
            if (!codesTaken.contains(next) && !codeUsed(next)) {
                codesTaken.add(next);
                return next;
            }
        }
    }

    /** Native SQL: across provinces, as the column's uniqueness is (the tenant filter would hide the clash). */
    private boolean codeUsed(String code) {
        return !em.createNativeQuery("select 1 from dossier where code = ?1").setParameter(1, code)
                .getResultList().isEmpty();
    }

    private static Optional<ProcedureVersionReplica> inForceOn(LocalDate day, String code,
            List<ProcedureVersionReplica> versions) {
        Optional<LocalDate> abolishedFrom = ProcedureAbolitionReplica.ofCode(code).map(a -> a.effectiveFrom);
        VersionInForce.Answer answer = VersionInForce.on(day, versions.stream()
                .map(v -> new VersionInForce.Dated(v.version, v.effectiveFrom, v.effectiveTo)).toList(), abolishedFrom);
        return answer instanceof VersionInForce.InForce found
                ? versions.stream().filter(v -> v.version == found.version()).findFirst()
                : Optional.empty();
    }

    /** The first version after the day, or the last one before it: the closest the catalogue knows. */
    private static ProcedureVersionReplica nearest(LocalDate day, List<ProcedureVersionReplica> versions) {
        return versions.stream().filter(v -> v.effectiveFrom.isAfter(day)).findFirst()
                .orElseGet(() -> versions.stream().max(Comparator.comparing(v -> v.effectiveFrom)).orElseThrow());
    }

    /** SHA-256 of the row as read; the row holds the applicant's id number, so only its hash is kept. */
    static String fingerprint(ImportedDossier row) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(row.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static ImportReport report(List<Result> results) {
        int created = 0;
        int unchanged = 0;
        List<ImportReport.Rejection> rejected = new ArrayList<>();
        for (Result r : results) {
            if (r.done() == Done.CREATED) {
                created++;
            } else if (r.done() == Done.UNCHANGED) {
                unchanged++;
            } else {
                r.refusals().forEach(f -> rejected.add(new ImportReport.Rejection(r.row().line(), r.row().sourceId(),
                        f.field(), f.message())));
            }
        }
        return new ImportReport(created, unchanged, rejected);
    }

    private static Result refused(ImportRow row, List<Problem.FieldError> refusals) {
        return new Result(row, null, refusals);
    }

    private static Result refused(ImportRow row, String field, String reason) {
        return refused(row, List.of(new Problem.FieldError(field, reason)));
    }
}
