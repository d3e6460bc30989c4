package vn.motcua.dossier.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.motcua.events.ProvinceCode;

/**
 * Runs the overdue sweep of every province on each replica, every {@code motcua.dossier.sweep.interval}. Replicas
 * need no leader: {@link OverdueSweep} claims its work row by row in the database. A replica still sweeping when
 * the next run is due skips that run.
 */
@ApplicationScoped
public class SweepSchedule {
    private static final Logger LOG = Logger.getLogger(SweepSchedule.class);

    @Inject
    OverdueSweep sweep;

    @Scheduled(identity = "overdue-sweep", every = "${motcua.dossier.sweep.interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    void run() {
        for (ProvinceCode province : sweep.provinces()) {
            try {
                SweepReport r = sweep.sweep(province);
                if (r.nearingDue() + r.overdue() + r.closed() > 0) {
                    LOG.infof("overdue sweep of province %s: %d nearing due, %d overdue, %d closed", province,
                            r.nearingDue(), r.overdue(), r.closed());
                }
            } catch (RuntimeException e) {
                // one province's failure (a closure racing an officer's action) must not stop the others';
                // what it did not finish, the next run does
                LOG.warnf(e, "overdue sweep of province %s stopped; the next run takes it up again", province);
            }
        }
    }
}
