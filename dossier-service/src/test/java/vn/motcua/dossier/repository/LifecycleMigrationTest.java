package vn.motcua.dossier.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.domain.DossierAction;
import vn.motcua.dossier.domain.DossierLifecycle;
import vn.motcua.dossier.domain.DossierState;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.LoggedAction;
import vn.motcua.events.Outcome;
import vn.motcua.events.Timeliness;
import vn.motcua.testing.Sql;

/**
 * V6 on a database holding issue 12's dossiers: a received and a resolved one, with the action log V2 wrote. They
 * must read back through the new lifecycle exactly as they were.
 */
class LifecycleMigrationTest {
    private static EmbeddedPostgres postgres;
    private static DataSource db;

    @BeforeAll
    static void migrateIssue12Data() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        db = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("5").load().migrate();
        Sql.execute(db, """
                insert into dossier (id, province_code, code, procedure_code, agency, channel, applicant_name, status,
                    received_at, due_at, resolved_at, timeliness, submitted_by, revision, rule_set)
                values ('00000000-0000-0000-0000-0000000000d1', '20', '20-260210-0001', '1.004227', 'SKHCN-20',
                    'DIRECT_CENTRE', 'Nguyễn Văn An', 'RESOLVED', '2026-02-10T03:00:00Z', '2026-02-24T10:00:00Z',
                    '2026-02-20T08:00:00Z', 'EARLY', 'tiepnhan.ls', 1, 'DECREE_118_2025'),
                       ('00000000-0000-0000-0000-0000000000d2', '20', '20-260211-0001', '1.004227', 'SKHCN-20',
                    'ONLINE_NATIONAL_PORTAL', 'Trần Thị Bình', 'RECEIVED', '2026-02-11T03:00:00Z',
                    '2026-02-25T10:00:00Z', null, null, 'service-account-portal-20', 0, 'DECREE_118_2025');
                insert into dossier_action (id, dossier_id, province_code, sequence, action, actor, occurred_at,
                    due_before, due_after)
                values (gen_random_uuid(), '00000000-0000-0000-0000-0000000000d1', '20', 1, 'RECEIVE', 'tiepnhan.ls',
                    '2026-02-10T03:00:00Z', null, '2026-02-24T10:00:00Z'),
                       (gen_random_uuid(), '00000000-0000-0000-0000-0000000000d1', '20', 2, 'RESOLVE', 'xuly.ls',
                    '2026-02-20T08:00:00Z', '2026-02-24T10:00:00Z', '2026-02-24T10:00:00Z'),
                       (gen_random_uuid(), '00000000-0000-0000-0000-0000000000d2', '20', 1, 'RECEIVE',
                    'service-account-portal-20', '2026-02-11T03:00:00Z', null, '2026-02-25T10:00:00Z')""");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void existingDossiersWereSubmittedWhenTheyWereAcceptedAndKeepTheirAppointedDate() throws SQLException {
        assertThat(Sql.row(db, "select submitted_at = received_at, original_due_at = due_at, outcome, extended,"
                + " supplement_requests from dossier where code = '20-260210-0001'"))
                .isEqualTo("t|t|APPROVED|f|0");
        assertThat(Sql.row(db, "select status, outcome from dossier where code = '20-260211-0001'"))
                .isEqualTo("RECEIVED|null");
    }

    @Test
    void aResolutionLoggedBeforeFactsExistedReadsBackAsAnApproval() throws SQLException {
        String facts = Sql.row(db, "select facts from dossier_action where action = 'RESOLVE'");
        LoggedAction reception = new LoggedAction(1, DossierAction.RECEIVE, "tiepnhan.ls",
                Instant.parse("2026-02-10T03:00:00Z"), null, Instant.parse("2026-02-24T10:00:00Z"),
                ActionFactsJson.read(DossierAction.RECEIVE,
                        Sql.row(db, "select facts from dossier_action where action = 'RECEIVE' and sequence = 1"
                                + " and actor = 'tiepnhan.ls'")));
        LoggedAction resolution = new LoggedAction(2, DossierAction.RESOLVE, "xuly.ls",
                Instant.parse("2026-02-20T08:00:00Z"), Instant.parse("2026-02-24T10:00:00Z"),
                Instant.parse("2026-02-24T10:00:00Z"), ActionFactsJson.read(DossierAction.RESOLVE, facts));

        DossierState state = DossierLifecycle.replay(List.of(reception, resolution), ZoneId.of("Asia/Ho_Chi_Minh"));

        assertThat(state.status()).isEqualTo(DossierStatus.RESOLVED);
        assertThat(state.resolution().outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(state.timeliness()).isEqualTo(Timeliness.EARLY);
    }

    @Test
    void theLogIsAppendOnlyAgainAfterTheMigration() {
        assertThatThrownBy(() -> Sql.execute(db, "update dossier_action set actor = 'x'"))
                .hasMessageContaining("dossier_action is append-only");
    }

    @Test
    void anAcceptedDossierWithoutItsCodeIsRefusedByTheSchema() {
        assertThatThrownBy(() -> Sql.execute(db, "update dossier set code = null where code = '20-260211-0001'"))
                .hasMessageContaining("dossier_accepted_is_dated");
    }
}
