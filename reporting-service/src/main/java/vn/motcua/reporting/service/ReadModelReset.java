package vn.motcua.reporting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.reporting.repository.Jdbc;
import vn.motcua.reporting.repository.ReadModelTables;

/** The reporting side of a rebuild: empty the read models (every province), then say how many dossiers came back. */
@ApplicationScoped
public class ReadModelReset {
    @Inject
    ReadModelTables tables;

    @Inject
    Jdbc jdbc;

    /** In the rebuild's transaction (with the inbox's deletion). */
    public void clear() {
        tables.clear();
    }

    /** Dossier fact rows of every province after the replay. */
    public long dossierFacts() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) jdbc.query("select count(*) from dossier_fact").getFirst()[0]).longValue());
    }
}
