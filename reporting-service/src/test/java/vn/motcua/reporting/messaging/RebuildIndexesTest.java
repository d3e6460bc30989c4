package vn.motcua.reporting.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.reporting.messaging.ReportingEvents.rows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.repository.RebuildIndexes;
import vn.motcua.reporting.service.ReadModelReset;

/**
 * Issue 17: the rebuild sets {@code dossier_fact}'s secondary indexes aside for the replay (V7,
 * {@link RebuildIndexes}); they come back as the migrations made them, also after a replay that failed, and are
 * never lost when setting them aside fails.
 */
@QuarkusTest
class RebuildIndexesTest {
    static final String INDEXES = "select string_agg(indexname, ',' order by indexname) from pg_indexes"
            + " where tablename = 'dossier_fact'";
    static final String ALL = "dossier_fact_ended,dossier_fact_open,dossier_fact_pkey,dossier_fact_procedure,"
            + "dossier_fact_received,dossier_fact_resolved,dossier_fact_updated";
    static final String DEFINITIONS = "select string_agg(indexdef, E'\\n' order by indexname) from pg_indexes"
            + " where tablename = 'dossier_fact'";
    static final String PARKED = "select count(*) from rebuild_parked_index";

    @Inject
    RebuildIndexes indexes;

    @Inject
    ReadModelReset reset;

    @Inject
    DataSource db;

    @Test
    void theIndexesSetAsideComeBackAsTheMigrationsMadeThemAfterAReplayThatFailed() {
        String definitions = rows(db, DEFINITIONS);
        assertThat(rows(db, INDEXES)).isEqualTo(ALL);

        QuarkusTransaction.requiringNew().run(() -> assertThat(indexes.park(List.of("dossier_fact"))).isEqualTo(6));

        // the primary key stays: the replay's upserts need it
        assertThat(rows(db, INDEXES)).isEqualTo("dossier_fact_pkey");
        assertThat(rows(db, "select string_agg(index_name, ',' order by index_name) from rebuild_parked_index"))
                .isEqualTo("dossier_fact_ended,dossier_fact_open,dossier_fact_procedure,dossier_fact_received,"
                        + "dossier_fact_resolved,dossier_fact_updated");

        reset.abandoned();

        assertThat(rows(db, INDEXES)).isEqualTo(ALL);
        assertThat(rows(db, DEFINITIONS)).isEqualTo(definitions);
        assertThat(rows(db, PARKED)).isEqualTo("0");
    }

    @Test
    void settingThemAsideInATransactionThatFailsKeepsThemWhereTheyWere() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            indexes.park(List.of("dossier_fact"));
            throw new IllegalStateException("the clear failed");
        })).hasMessage("the clear failed");

        assertThat(rows(db, INDEXES)).isEqualTo(ALL);
        assertThat(rows(db, PARKED)).isEqualTo("0");
    }

    @Test
    void restoringWithNothingParkedChangesNothing() {
        QuarkusTransaction.requiringNew().run(() -> assertThat(indexes.restore()).isZero());

        assertThat(rows(db, INDEXES)).isEqualTo(ALL);
    }
}
