package vn.motcua.reporting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.motcua.reporting.repository.Jdbc;
import vn.motcua.reporting.repository.ReadModelTables;
import vn.motcua.reporting.repository.RebuildIndexes;

/**
 * The reporting side of a rebuild: empty the read models (every province) and set their secondary indexes aside,
 * replay the topics into them ({@link #replaying()} in each of the replay's transactions), then build the indexes
 * again and say how many dossiers came back.
 *
 * <p>The replay's transactions commit without waiting for the disk ({@link Jdbc#commitWithoutWaitingForDisk}): a
 * batch's commit was a third of the replay's time on a disk with fsync on. The trade-off: if PostgreSQL crashes
 * during a rebuild, the last second or so of replayed batches may be lost with their inbox rows; the rebuild has
 * failed then anyway (its answer is an error) and is run again, which starts over from empty tables. A rebuild that
 * answered is durable: {@link #finish()} commits synchronously after the replay, and PostgreSQL's log is written in
 * order, so that commit reaching the disk takes every earlier one with it.
 */
@ApplicationScoped
public class ReadModelReset {
    @Inject
    ReadModelTables tables;

    @Inject
    RebuildIndexes indexes;

    @Inject
    Jdbc jdbc;

    /** In the rebuild's transaction (with the inbox's deletion): empty tables, no secondary index on them. */
    public void clear() {
        tables.clear();
        indexes.park(ReadModelTables.REWRITTEN_BY_EACH_EVENT);
    }

    /** At the start of each of the replay's transactions (a batch's province). */
    public void replaying() {
        jdbc.commitWithoutWaitingForDisk();
    }

    /**
     * After the replay: the indexes back, in one synchronous transaction that also makes every replayed batch
     * durable (an xid of its own, so its commit is written and flushed even with nothing to restore); then the
     * dossier fact rows of every province.
     */
    public long finish() {
        QuarkusTransaction.requiringNew().run(() -> {
            indexes.restore();
            jdbc.query("select pg_current_xact_id()");
        });
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) jdbc.query("select count(*) from dossier_fact").getFirst()[0]).longValue());
    }

    /** After a replay that failed: the read models stay partly built until rebuilt, but indexed again. */
    public void abandoned() {
        QuarkusTransaction.requiringNew().run(indexes::restore);
    }

    /**
     * A service that died during a rebuild left its indexes parked: back before the forms need them. (A second
     * instance starting while the first rebuilds builds them mid-replay: that replay is slower, not wrong.)
     */
    void onStart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (indexes.anyParked()) {
                indexes.restore();
            }
        });
    }
}
