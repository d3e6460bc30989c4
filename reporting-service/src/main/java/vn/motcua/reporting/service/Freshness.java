package vn.motcua.reporting.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import vn.motcua.reporting.messaging.DossierConsumerLag;
import vn.motcua.reporting.repository.ReadModelTables;

/**
 * How current the reports are (issue 16: "the report counts a resolved dossier within seconds").
 *
 * <ul>
 * <li>{@link #dataAsOf()}: the time ({@code ce_time}) of the newest dossier event applied, in any province: the
 * reports reflect every dossier event up to about then. Catalogue and evaluation events do not move it.</li>
 * <li>{@link #lagSeconds()}: 0 when the service's consumer group has applied every dossier record up to the broker's
 * end offsets ({@link DossierConsumerLag}; then nothing newer exists to count, however old {@code dataAsOf} is);
 * otherwise now −
 * {@code dataAsOf}, the age of the newest figure while more are waiting. Also now − {@code dataAsOf} when the broker
 * cannot say (a conservative answer), never negative (events stamped in the future, as tests send them, count 0).</li>
 * </ul>
 * Micrometer gauge {@code motcua_reporting_lag_seconds} on {@code /q/metrics} is {@link #lagSeconds()}.
 */
@ApplicationScoped
public class Freshness {
    @Inject
    ReadModelTables tables;

    @Inject
    DossierConsumerLag consumer;

    @Inject
    MeterRegistry metrics;

    @Inject
    Clock clock;

    void registerGauge(@Observes StartupEvent started) {
        Gauge.builder("motcua.reporting.lag", this, Freshness::lagSeconds)
                .baseUnit("seconds")
                .description("Seconds the reports are behind the dossier events (0: every event applied)")
                .register(metrics);
    }

    /** The time of the newest dossier event the reports hold; null before the first. */
    public Instant dataAsOf() {
        return QuarkusTransaction.requiringNew().call(tables::newestDossierEvent).orElse(null);
    }

    /** Whole seconds the reports are behind; see the class comment. */
    public long lagSeconds() {
        OptionalLong pending = consumer.pending();
        if (pending.isPresent() && pending.getAsLong() == 0) {
            return 0;
        }
        Instant asOf = dataAsOf();
        return asOf == null ? 0 : Math.max(0, Duration.between(asOf, clock.instant()).toSeconds());
    }
}
