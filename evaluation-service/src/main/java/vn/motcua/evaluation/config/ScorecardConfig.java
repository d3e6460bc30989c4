package vn.motcua.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the scorecard job works through the marked scorecards. */
@ConfigMapping(prefix = "motcua.evaluation.scorecards")
public interface ScorecardConfig {
    /** How often the job runs (read by its {@code @Scheduled}); "off" in tests that run it by hand. */
    @WithDefault("1s")
    String every();

    /** Marked scorecards taken per province per run (each in the run's one transaction per province). */
    @WithDefault("200")
    int batchSize();

    /**
     * A scorecard computed less than this long ago keeps its mark until the interval has passed: scorecards are
     * statistics of a quarter or a year, read from all its dossiers, and need not follow every reception.
     */
    @WithDefault("10s")
    java.time.Duration minInterval();
}
