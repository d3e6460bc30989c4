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

    @Inject
    Jdbc jdbc;

    /** Deletes every row of every read model, in the caller's transaction. */
    public void clear() {
        TABLES.forEach(table -> jdbc.update("delete from " + table));
    }

    /** The time ({@code ce_time}) of the newest dossier event applied, across provinces; empty before any. */
    public Optional<Instant> newestDossierEvent() {
        return Optional.ofNullable((Instant) jdbc.query("select max(updated_at) from dossier_fact").getFirst()[0]);
    }
}
