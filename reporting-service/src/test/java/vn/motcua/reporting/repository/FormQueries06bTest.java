package vn.motcua.reporting.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Channel;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.events.Timeliness;
import vn.motcua.reporting.domain.DossierHistory;
import vn.motcua.reporting.domain.Form06bCounts;
import vn.motcua.reporting.domain.Form06bRule;
import vn.motcua.reporting.domain.PeriodInstants;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;

/**
 * The SQL of form II.06b gives, per field, what the rule gives dossier by dossier, over generated histories
 * (received, resolved, withdrawn, closed, due changes incl. stopped clocks, around the period's edges), for the
 * cut-offs 15 and 5. Every other dossier has its latest due row copied onto its fact as the writer keeps it
 * ({@link DossierFacts#latestDue}), the others not (rows written before V6, or by another path): the statement
 * takes the due date in force at the end from the fact in the first case, from {@code dossier_due} in the second,
 * and both must agree with the rule. Province 86 (Vĩnh Long) is this test's own.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class FormQueries06bTest {
    static final String PROVINCE = "86";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    DataSource dataSource;

    @Inject
    FormQueries06b queries;

    @Inject
    DossierFacts facts;

    @Test
    void theDatabaseCountsWhatTheRuleCounts() throws SQLException {
        List<DossierHistory> dossiers = generate(new Random(16), 600);
        write(dossiers);

        for (int cutoff : new int[] {15, 5}) {
            for (String label : new String[] {"2031-Q1", "2031-Q2", "2031-05", "2031-H1"}) {
                PeriodInstants period = PeriodInstants.of(ReportingPeriod.parse(label, cutoff), VIETNAM);
                Map<String, Form06bCounts> expected = new TreeMap<>();
                for (DossierHistory d : dossiers) {
                    Form06bCounts c = Form06bRule.count(d, period);
                    if (!c.equals(Form06bCounts.NONE)) {
                        expected.merge(d.fieldCode() == null ? "UNKNOWN" : d.fieldCode(), c, Form06bCounts::plus);
                    }
                }
                Map<String, Form06bCounts> counted = QuarkusTransaction.requiringNew()
                        .call(() -> queries.byField(PROVINCE, Optional.empty(), period, period.end()));

                assertThat(counted).as("%s cut on the %d", label, cutoff).isEqualTo(expected);
                assertThat(expected).isNotEmpty();
            }
        }
    }

    static List<DossierHistory> generate(Random random, int n) {
        Instant base = OffsetDateTime.of(2030, 12, 1, 0, 0, 0, 0, ZoneOffset.ofHours(7)).toInstant();
        String[] fields = {"F1", "F2", null};
        Channel[] channels = Channel.values();
        List<DossierHistory> dossiers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // on the hour or on a period's first minute, so edges are hit
            Instant received = base.plus(Duration.ofHours(random.nextInt(24 * 240)));
            Instant ended = received.plus(Duration.ofHours(random.nextInt(24 * 90)));
            int how = random.nextInt(5);
            List<DossierHistory.Due> dues = new ArrayList<>();
            Instant due = received.plus(Duration.ofDays(random.nextInt(40)));
            dues.add(new DossierHistory.Due(received, due));
            if (random.nextBoolean()) {
                Instant asked = received.plus(Duration.ofHours(1 + random.nextInt(24 * 30)));
                dues.add(new DossierHistory.Due(asked, null));
                if (random.nextBoolean()) {
                    dues.add(new DossierHistory.Due(asked.plus(Duration.ofHours(1 + random.nextInt(24 * 30))),
                            asked.plus(Duration.ofDays(random.nextInt(40)))));
                }
            }
            Timeliness timeliness = Timeliness.values()[random.nextInt(Timeliness.values().length)];
            dossiers.add(new DossierHistory(fields[random.nextInt(3)], channels[random.nextInt(channels.length)],
                    received, how <= 1 ? ended : null, how <= 1 ? timeliness : null, how == 2 ? ended : null,
                    how == 3 ? ended : null, dues));
        }
        return dossiers;
    }

    void write(List<DossierHistory> dossiers) throws SQLException {
        List<UUID> written = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement fact = c.prepareStatement("insert into dossier_fact (dossier_id, province_code,"
                        + " procedure_code, field_code, agency, channel, received_at, due_at, resolved_at, timeliness,"
                        + " withdrawn_at, closed_at, updated_at) values (?, ?, 'P', ?, 'A', ?, ?, ?, ?, ?, ?, ?, now())");
                PreparedStatement due = c.prepareStatement("insert into dossier_due (dossier_id, province_code,"
                        + " valid_from, due_at) values (?, ?, ?, ?)")) {
            for (DossierHistory d : dossiers) {
                UUID id = UUID.randomUUID();
                written.add(id);
                fact.setObject(1, id);
                fact.setString(2, PROVINCE);
                fact.setString(3, d.fieldCode());
                fact.setString(4, d.channel().name());
                fact.setObject(5, utc(d.receivedAt()));
                fact.setObject(6, utc(d.dues().getFirst().dueAt()));
                fact.setObject(7, utc(d.resolvedAt()));
                fact.setString(8, d.timeliness() == null ? null : d.timeliness().name());
                fact.setObject(9, utc(d.withdrawnAt()));
                fact.setObject(10, utc(d.closedAt()));
                fact.executeUpdate();
                for (DossierHistory.Due row : d.dues()) {
                    due.setObject(1, id);
                    due.setString(2, PROVINCE);
                    due.setObject(3, utc(row.validFrom()));
                    due.setObject(4, utc(row.dueAt()));
                    due.executeUpdate();
                }
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < written.size(); i += 2) {
                facts.latestDue(PROVINCE, written.get(i));
            }
        });
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

}
