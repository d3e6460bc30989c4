package vn.motcua.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The read models' secondary indexes around a rebuild's replay (V7). Every event of a dossier writes a new version
 * of its {@code dossier_fact} row, and each version went into every index of the table (six, one of them a range
 * index carrying nine columns for form II.06b): inserting into them cost more than the writes themselves and grew
 * with the table. Built once over the finished rows, they cost a fraction of that.
 *
 * <p>{@link #park()} runs in the transaction that empties the read models: it keeps each index's definition (as
 * PostgreSQL prints it: the migrations stay the one place an index is written) in {@code rebuild_parked_index},
 * then drops it; both commit or neither. {@link #restore()} creates every kept index again and forgets it, in one
 * transaction. A kept definition is never lost: a rebuild that fails restores at once, a service that dies midway
 * restores at its next start, and any rebuild restores at its end what an earlier one left. Meanwhile the forms are
 * correct but slower (they read a read model being rebuilt anyway); the primary keys and unique constraints, which
 * the writes' {@code on conflict} needs, are never dropped. Flyway runs before the restore at start-up: a later
 * migration that drops or alters one of these indexes writes {@code if exists}, in case a service died mid-rebuild.
 */
@ApplicationScoped
public class RebuildIndexes {
    private static final Logger LOG = Logger.getLogger(RebuildIndexes.class);

    @Inject
    Jdbc jdbc;

    /** Keeps and drops the secondary indexes of {@code tables}, in the caller's transaction; how many. */
    public int park(List<String> tables) {
        List<Object[]> indexes = jdbc.query("""
                select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                from pg_index i join pg_class t on t.oid = i.indrelid
                where t.relname = any(?) and t.relnamespace = current_schema()::regnamespace
                  and not i.indisprimary and not i.indisunique and not i.indisexclusion
                order by 1""", Jdbc.array("varchar", tables));
        for (Object[] index : indexes) {
            jdbc.update("insert into rebuild_parked_index (index_name, definition) values (?, ?)"
                    + " on conflict (index_name) do nothing", index[0], index[1]);
            jdbc.update("drop index " + quoted((String) index[0]));
        }
        return indexes.size();
    }

    /**
     * Creates every parked index again and forgets it, in the caller's transaction; how many. A definition whose
     * index exists already (created by hand meanwhile) is only forgotten.
     */
    public int restore() {
        List<Object[]> parked = jdbc.query("select index_name, definition from rebuild_parked_index order by 1");
        for (Object[] index : parked) {
            String definition = (String) index[1];
            jdbc.update(definition.replaceFirst("^CREATE INDEX ", "CREATE INDEX IF NOT EXISTS "));
        }
        jdbc.update("delete from rebuild_parked_index");
        if (!parked.isEmpty()) {
            LOG.infof("read-model indexes created again: %s", parked.stream().map(i -> i[0]).toList());
        }
        return parked.size();
    }

    /** Whether indexes are parked: a rebuild runs, or one ended without restoring them. */
    public boolean anyParked() {
        return !jdbc.query("select 1 from rebuild_parked_index limit 1").isEmpty();
    }

    private static String quoted(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalStateException("unexpected index name " + name);
        }
        return name;
    }
}
