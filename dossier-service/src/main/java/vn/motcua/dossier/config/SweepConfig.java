package vn.motcua.dossier.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The overdue sweep: nearing-due and overdue announcements, and the closing of dossiers whose supplement never
 * came. Every replica runs it; the database decides which replica announces what (OverdueSweep).
 */
@ConfigMapping(prefix = "motcua.dossier.sweep")
public interface SweepConfig {
    /**
     * How often the sweep runs, e.g. {@code 5m}; {@code off} stops the schedule (tests, or a replica kept out of
     * it), while {@code POST /api/dossiers/sweeps} still runs it on demand. Read by the scheduler as
     * {@code ${motcua.dossier.sweep.interval}}.
     */
    @WithDefault("5m")
    String interval();

    /** Dossiers claimed in one transaction: bounds how long their rows stay locked. */
    @WithDefault("100")
    int batchSize();
}
