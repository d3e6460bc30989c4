package vn.motcua.dossier.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.dossier.config.NearingConfig;
import vn.motcua.dossier.config.SweepConfig;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.dossier.domain.DueFlag;
import vn.motcua.dossier.domain.SupplementDeadline;
import vn.motcua.dossier.domain.WorkingCalendar;
import vn.motcua.dossier.repository.SweepQueries;
import vn.motcua.events.DossierNearingDue;
import vn.motcua.events.DossierOverdue;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.tenant.TenantRunner;

/**
 * The overdue sweep of one province (issue 13 item 6): announces each running dossier once as near its appointed
 * date ({@link DueFlag}, the province's threshold of working hours: NearingConfig) and once as overdue, per appointed date, and
 * closes the dossiers whose requested supplement or papers did not come in time ({@link SupplementDeadline},
 * Decree 118/2025 Art. 19 cl. 5).
 *
 * <p>Safe with several replicas and repeated runs: work is claimed in batches of bounded size, one transaction
 * each, with {@code for update skip locked} (another replica's rows are skipped, not waited for); an announcement
 * is recorded in dossier_alert, whose key is (dossier, kind, appointed date), with "on conflict do nothing" in the
 * transaction that adds the event to the outbox: no row inserted, no event. A closure is an action of the log
 * through {@link DossierLog}: a closed dossier is no longer waiting, so it is not closed twice.
 */
@ApplicationScoped
public class OverdueSweep {
    /** Who closes a dossier in its action log. */
    static final String ACTOR = "system:sweep";

    @Inject
    NearingConfig nearing;

    @Inject
    TenantRunner tenants;

    @Inject
    SweepQueries queries;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    WorkingCalendars calendars;

    @Inject
    DossierLog dossiers;

    @Inject
    SweepConfig config;

    /** One batch: how many dossiers it claimed and acted on, and whether another batch may find more. */
    private record Batch(int acted, boolean more) {
    }

    /** Sweeps {@code province} as of now; each batch is its own transaction, so call it outside one. */
    public SweepReport sweep(ProvinceCode province) {
        Instant now = clock.instant();
        int overdue = drain(province, () -> overdue(province, now));
        int nearing = drain(province, () -> nearing(province, now));
        int closed = drain(province, () -> close(province, now));
        return new SweepReport(province, now, nearing, overdue, closed);
    }

    /** The provinces the scheduled sweep visits: those with a dossier it may have to act on. */
    public List<ProvinceCode> provinces() {
        // a list of codes across provinces, read as no province (the native query names none)
        return QuarkusTransaction.requiringNew().call(queries::provincesToSweep);
    }

    private int drain(ProvinceCode province, Supplier<Batch> batch) {
        int total = 0;
        Batch b;
        do {
            b = tenants.callAs(province, batch);
            total += b.acted();
        } while (b.more());
        return total;
    }

    private Batch overdue(ProvinceCode province, Instant now) {
        List<SweepQueries.Running> claimed = queries.claimOverdue(province, now, config.batchSize());
        int announced = 0;
        for (SweepQueries.Running d : claimed) {
            if (queries.recordAlert(province, d.id(), "OVERDUE", d.dueAt(), now)) {
                outbox.add(new DossierOverdue(d.id(), d.code(), d.agency(), d.unit(), d.dueAt(), now));
                announced++;
            }
        }
        return new Batch(announced, full(claimed) && announced > 0);
    }

    private Batch nearing(ProvinceCode province, Instant now) {
        WorkingCalendar calendar = calendars.of(province);
        Duration threshold = Duration.ofHours(nearing.hoursFor(province.value()));
        List<SweepQueries.Running> claimed = queries.claimNotNearYet(province, now, config.batchSize());
        int announced = 0;
        for (SweepQueries.Running d : claimed) {
            if (DueFlag.of(now, d.dueAt(), threshold, calendar) != DueFlag.NEARING) {
                // nearest date first: every later dossier is further away still
                return new Batch(announced, false);
            }
            if (queries.recordAlert(province, d.id(), "NEARING_DUE", d.dueAt(), now)) {
                outbox.add(new DossierNearingDue(d.id(), d.code(), d.agency(), d.unit(), d.dueAt(), now));
                announced++;
            }
        }
        return new Batch(announced, full(claimed) && announced > 0);
    }

    private Batch close(ProvinceCode province, Instant now) {
        WorkingCalendar calendar = calendars.of(province);
        // a supplement closes at the earliest 15 days after it was asked: older requests are the only candidates
        List<SweepQueries.Waiting> claimed = queries.claimWaitingSince(province,
                now.minus(Duration.ofDays(15)), config.batchSize());
        int closed = 0;
        for (SweepQueries.Waiting w : claimed) {
            // the catalogue carries no sector limit for supplements yet: the law's 15 days
            Instant closesAt = SupplementDeadline.closesAt(w.requestedAt(), Optional.empty(), calendar);
            if (now.isBefore(closesAt)) {
                // oldest request first: later ones close later still
                return new Batch(closed, false);
            }
            var acted = dossiers.act(w.id(), system -> {
            }, (d, state) -> DossierLifecycle.close(state, ACTOR, now, "the requested papers did not come by "
                    + closesAt + " (Decree 118/2025 Art. 19 cl. 5)"));
            dossiers.announce(acted);
            closed++;
        }
        return new Batch(closed, full(claimed) && closed > 0);
    }

    private boolean full(List<?> claimed) {
        return claimed.size() == config.batchSize();
    }
}
