package vn.motcua.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The tables kept from events only, which a rebuild throws away for every province (native SQL: no province
 * filter). Not {@code plan_target} nor {@code report_correction}: officials enter those, no event does.
 */
@ApplicationScoped
public class ReadModelTables {
    public static final List<String> TABLES = List.of("dossier_fact", "dossier_due", "dossier_paper_fact",
            "payment_fact", "rating_fact", "procedure_version_fact", "procedure_abolition_fact", "agency_fact",
            "field_fact", "reporting_cutoff_fact", "scorecard_fact");

    /**
     * The table each event of a dossier writes a new version of the same row into, whose secondary indexes a
     * rebuild sets aside ({@link RebuildIndexes}); the replay reads it by its primary key only. Not the others: the
     * replay reads {@code procedure_version_fact} by code, and their rows are written once or twice each.
     */
    public static final List<String> REWRITTEN_BY_EACH_EVENT = List.of("dossier_fact");

    @Inject
    Jdbc jdbc;

    /**
     * Empties every read model, in the caller's transaction. {@code truncate}, not {@code delete}: the tables and
     * their indexes start again empty instead of carrying a dead version of every row (and its index entries) under
     * the replay's writes until autovacuum comes by. It holds the tables' exclusive lock until the transaction ends,
     * so a form being read meanwhile finishes first; the transaction is rolled back whole on a failure, as the
     * deletes were.
     */
    public void clear() {
        jdbc.update("truncate " + String.join(", ", TABLES));
    }

    /** The time ({@code ce_time}) of the newest dossier event applied, across provinces; empty before any. */
    public Optional<Instant> newestDossierEvent() {
        return Optional.ofNullable((Instant) jdbc.query("select max(updated_at) from dossier_fact").getFirst()[0]);
    }
}
