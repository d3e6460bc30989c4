package vn.motcua.evaluation.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import vn.motcua.evaluation.repository.DossierRow;
import vn.motcua.evaluation.repository.ProjectionTables;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.tenant.TenantRunner;

/**
 * The evaluation side of a rebuild: throw the projection away, and, once the topics were replayed into it,
 * evaluate every dossier and recompute every scorecard marked by that. Results equal to what was published are not
 * published again ({@link Publications}), so a rebuild of an unchanged history publishes nothing.
 */
@ApplicationScoped
public class ProjectionReset {
    /**
     * Dossiers evaluated per transaction: a province's whole store in one ran past the transaction timeout after a
     * rebuild of some 40,000 events (each dossier is evaluated on its own, so a smaller transaction changes no result,
     * and a rebuild interrupted half-way is run again).
     */
    static final int DOSSIERS_PER_TRANSACTION = 500;

    @Inject
    ProjectionTables tables;

    @Inject
    ProjectionDirectory directory;

    @Inject
    DossierEvaluations evaluations;

    @Inject
    ScorecardJob scorecards;

    @Inject
    TenantRunner tenants;

    public void clear() {
        QuarkusTransaction.requiringNew().run(tables::clear);
        directory.forget();
    }

    /** Evaluates every dossier of every province, then the scorecards; how many of each published a revision. */
    public Recomputed recomputeAll() {
        directory.forget();
        long evaluationsChanged = 0;
        for (String province : QuarkusTransaction.requiringNew().call(tables::provinces)) {
            ProvinceCode code = new ProvinceCode(province);
            List<UUID> ids = tenants.callAs(code, DossierRow::allIds);
            for (int from = 0; from < ids.size(); from += DOSSIERS_PER_TRANSACTION) {
                List<UUID> some = ids.subList(from, Math.min(ids.size(), from + DOSSIERS_PER_TRANSACTION));
                evaluationsChanged += tenants.callAs(code, () -> some.stream().filter(evaluations::evaluate).count());
            }
        }
        return new Recomputed(evaluationsChanged, scorecards.runOnce(Duration.ZERO));
    }

    public record Recomputed(long evaluationsChanged, long scorecardsChanged) {
    }
}
