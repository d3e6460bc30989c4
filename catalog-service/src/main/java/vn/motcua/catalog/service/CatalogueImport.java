package vn.motcua.catalog.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.catalog.repository.Procedure;
import vn.motcua.catalog.repository.ProcedureVersion;
import vn.motcua.catalog.service.ImportReport.Outcome;
import vn.motcua.catalog.service.ImportReport.RowOutcome;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.tenant.TenantContext;

/**
 * Nhập danh mục: applies an imported catalogue row by row through the same use cases as the admin's forms, so
 * every rule, event and refusal is the same. A row is new (drafted and published as version 1), an amendment
 * (its content differs from the latest version: a new version from its date), or unchanged (the latest version
 * says exactly this), so importing a file twice changes nothing the second time.
 *
 * <p>A row never half-applies: its draft and publication share one transaction. Rows are applied in chunks, one
 * transaction each, for speed (a new procedure is created in one step, {@link ProcedureService#publishNew}, after
 * one query for the whole chunk's codes); when a chunk meets a refusal it is rolled back whole and its rows are
 * applied one by one, so only the refused row is left out.
 */
@ApplicationScoped
public class CatalogueImport {
    static final int CHUNK = 200;

    @Inject
    ProcedureService procedures;

    @Inject
    TenantContext tenant;

    @Inject
    EntityManager em;


    public ImportReport run(Caller caller, List<ImportRow> rows) {
        tenant.require();
        Map<Integer, RowOutcome> outcomes = new HashMap<>();
        List<ImportRow> applicable = new ArrayList<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        for (ImportRow row : rows) {
            Integer first = row.code() == null ? null : firstRowOfCode.putIfAbsent(row.code(), row.row());
            if (!row.readable()) {
                outcomes.put(row.row(), rejected(row, row.refusals()));
            } else if (first != null) {
                // two rows for one procedure would make the result depend on their order: ambiguous, refused
                outcomes.put(row.row(), rejected(row, List.of(new Problem.FieldError("code",
                        "appears again: row " + first + " already imports procedure " + row.code()))));
            } else {
                applicable.add(row);
            }
        }
        for (int from = 0; from < applicable.size(); from += CHUNK) {
            List<ImportRow> chunk = applicable.subList(from, Math.min(from + CHUNK, applicable.size()));
            for (RowOutcome outcome : applyChunk(caller, chunk)) {
                outcomes.put(outcome.row(), outcome);
            }
        }
        return ImportReport.of(rows.stream().map(r -> outcomes.get(r.row())).toList());
    }

    private List<RowOutcome> applyChunk(Caller caller, List<ImportRow> chunk) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                // the chunk's reads (register, codes) never depend on its own pending rows: without this, every
                // read would first flush-check all the entities of the rows before it (quadratic in the chunk)
                em.setFlushMode(FlushModeType.COMMIT);
                Map<String, Procedure> existing = Procedure.byCodes(chunk.stream().map(ImportRow::code).toList());
                List<RowOutcome> outcomes = new ArrayList<>(chunk.size());
                for (ImportRow row : chunk) {
                    outcomes.add(existing.containsKey(row.code()) ? apply(caller, row) : create(row));
                }
                return outcomes;
            });
        } catch (ProblemException | PersistenceException e) {
            return chunk.stream().map(r -> applyAlone(caller, r)).toList();
        }
    }

    private RowOutcome create(ImportRow row) {
        int version = procedures.publishNew(new DraftProcedureCommand(row.code(), row.content()),
                new DecisionCommand(row.decision(), row.effectiveFrom()));
        return done(row, Outcome.CREATED, version);
    }

    private RowOutcome applyAlone(Caller caller, ImportRow row) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> apply(caller, row));
        } catch (ProblemException e) {
            List<Problem.FieldError> errors = e.errors().isEmpty()
                    ? List.of(new Problem.FieldError("row", e.getMessage()))
                    : e.errors();
            return rejected(row, errors);
        } catch (PersistenceException e) {
            // another writer changed this procedure at the same moment: nothing of the row was applied
            return rejected(row, List.of(new Problem.FieldError("code",
                    "was changed by someone else during the import; import the file again")));
        }
    }

    private RowOutcome apply(Caller caller, ImportRow row) {
        Optional<Procedure> existing = Procedure.byCode(row.code());
        DecisionCommand decision = new DecisionCommand(row.decision(), row.effectiveFrom());
        if (existing.isEmpty()) {
            ProcedureView drafted = procedures.draft(caller, new DraftProcedureCommand(row.code(), row.content()));
            return done(row, Outcome.CREATED, procedures.publish(drafted.id(), decision).version());
        }
        Procedure p = existing.get();
        return switch (p.state()) {
            case DRAFT -> {
                procedures.editDraft(caller, p.id, row.content());
                yield done(row, Outcome.CREATED, procedures.publish(p.id, decision).version());
            }
            case ABOLISHED -> throw new ProblemException(409, "illegal-transition", "Procedure abolished",
                    "Procedure " + p.code + " is abolished from " + p.abolishedFrom + "; it cannot be imported again.",
                    List.of(new Problem.FieldError("code", "is an abolished procedure")));
            case PUBLISHED -> {
                ProcedureVersion latest = ProcedureVersion.of(p.id).stream().filter(ProcedureVersion::published)
                        .reduce((a, b) -> b).orElseThrow();
                if (contentOf(latest).equals(row.content())) {
                    yield done(row, Outcome.UNCHANGED, latest.version);
                }
                yield done(row, Outcome.AMENDED, procedures.amend(caller, p.id,
                        new AmendProcedureCommand(row.content(), row.decision(), row.effectiveFrom())).version());
            }
        };
    }

    private static ProcedureContent contentOf(ProcedureVersion v) {
        return new ProcedureContent(v.localCode, v.name, v.fieldCode, v.agencyCode, v.issuingLevel, v.mechanism,
                v.cooperatingAgencies, v.onlineMode, v.postalReceipt, v.postalReturn, v.fourOnTheSpot, v.fees,
                v.requiredPapers, v.caseVariants, v.steps);
    }

    private static RowOutcome done(ImportRow row, Outcome outcome, int version) {
        return new RowOutcome(row.row(), row.code(), outcome, version, List.of());
    }

    private static RowOutcome rejected(ImportRow row, List<Problem.FieldError> errors) {
        return new RowOutcome(row.row(), row.code(), Outcome.REJECTED, null, errors);
    }
}
