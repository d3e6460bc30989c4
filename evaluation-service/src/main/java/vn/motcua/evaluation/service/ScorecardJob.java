package vn.motcua.evaluation.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;
import vn.motcua.evaluation.config.ScorecardConfig;
import vn.motcua.evaluation.domain.SubjectKind;
import vn.motcua.evaluation.repository.DirtyScorecard;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.tenant.TenantRunner;

/**
 * Recomputes the scorecards an evaluation change marked, every second (a run is skipped while the previous one
 * works): per province, one transaction takes a batch of marks (locked, so two instances share them), recomputes,
 * stores and publishes each, and deletes the marks; a failure leaves the marks for the next run. A scorecard is
 * recomputed at most once per {@code min-interval} (10 s): an isolated change shows within a second, while under a
 * stream of receptions the agency's and the province's quarter and year, each read from all their dossiers, are not
 * recomputed every second (65 % of evaluation-service's CPU under the benchmark's intake, README "Load harness").
 */
@ApplicationScoped
public class ScorecardJob {
    private static final Logger LOG = Logger.getLogger(ScorecardJob.class);

    @Inject
    Scorecards scorecards;

    @Inject
    TenantRunner tenants;

    @Inject
    ScorecardConfig config;

    @Inject
    Clock clock;

    @Scheduled(every = "${motcua.evaluation.scorecards.every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        runOnce(config.minInterval());
    }

    /**
     * Works until no mark is left but those of scorecards computed within {@code minInterval}; returns how many
     * scorecards published a new revision. A rebuild's final pass gives {@link Duration#ZERO}: every mark is taken.
     */
    public long runOnce(Duration minInterval) {
        long published = 0;
        List<String> provinces = QuarkusTransaction.requiringNew().call(DirtyScorecard::provinces);
        for (String province : provinces) {
            int taken;
            do {
                long[] counts = new long[2];
                try {
                    tenants.inTransactionAs(new ProvinceCode(province), () -> {
                        List<DirtyScorecard> marks = DirtyScorecard.take(province, config.batchSize(),
                                clock.instant().minus(minInterval));
                        counts[0] = marks.size();
                        for (DirtyScorecard mark : marks) {
                            if (scorecards.refresh(province, SubjectKind.valueOf(mark.kind), mark.subject,
                                    mark.periodLabel)) {
                                counts[1]++;
                            }
                            mark.delete();
                        }
                    });
                } catch (RuntimeException e) {
                    LOG.errorf(e, "scorecards of province %s not recomputed; the marks stay for the next run",
                            province);
                    break;
                }
                taken = (int) counts[0];
                published += counts[1];
            } while (taken == config.batchSize());
        }
        return published;
    }
}
