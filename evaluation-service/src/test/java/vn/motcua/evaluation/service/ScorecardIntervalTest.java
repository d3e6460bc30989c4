package vn.motcua.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.evaluation.repository.DirtyScorecard;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.tenant.TenantRunner;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;

/**
 * A marked scorecard is taken for recomputation unless it was computed within the interval: under a stream of
 * receptions an agency's year is recomputed once per interval, not every second; a first computation is never held.
 * Everything happens in one transaction, so the running job (which sees committed marks only) cannot take them.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ScorecardIntervalTest {
    static final Instant NOW = Instant.parse("2026-06-01T03:00:00Z");

    @Inject
    TenantRunner tenants;

    @Inject
    EntityManager em;

    final String agency = "INT" + Math.abs(UUID.randomUUID().hashCode() % 100_000) + "-20";

    @Test
    void aScorecardComputedWithinTheIntervalKeepsItsMarkOthersAreTaken() {
        tenants.inTransactionAs(new ProvinceCode("20"), () -> {
            String justComputed = scorecard("2026-Q2", NOW.minusSeconds(3));
            String computedLongAgo = scorecard("2026", NOW.minusSeconds(30));
            String neverComputed = "20:AGENCY:" + agency + ":2026-Q1";
            for (String id : List.of(justComputed, computedLongAgo, neverComputed)) {
                String[] part = id.split(":");
                DirtyScorecard.mark("20", part[1], part[2], part[3], NOW);
            }

            assertThat(taken(NOW.minus(Duration.ofSeconds(10)))).containsExactlyInAnyOrder(computedLongAgo,
                    neverComputed);
            assertThat(taken(NOW.minus(Duration.ofSeconds(2)))).containsExactlyInAnyOrder(justComputed,
                    computedLongAgo, neverComputed);
            // a rebuild's final pass: no interval
            assertThat(taken(NOW)).containsExactlyInAnyOrder(justComputed, computedLongAgo, neverComputed);
        });
    }

    /** This test's agency's marks the job would take, computed after {@code computedAfter} held back. */
    private List<String> taken(Instant computedAfter) {
        return DirtyScorecard.take("20", 10_000, computedAfter).stream().map(m -> m.id)
                .filter(id -> id.contains(agency)).toList();
    }

    private String scorecard(String period, Instant computedAt) {
        String id = "20:AGENCY:" + agency + ":" + period;
        em.createNativeQuery("insert into scorecard (id, province_code, kind, subject, period_label, period_kind,"
                        + " period_from, period_to, dossiers, scorecard, computed_at) values (?1, '20', 'AGENCY', ?2,"
                        + " ?3, 'QUARTER', date '2026-03-15', date '2026-06-14', 0, cast('{}' as jsonb), ?4)")
                .setParameter(1, id).setParameter(2, agency).setParameter(3, period).setParameter(4, computedAt)
                .executeUpdate();
        return id;
    }
}
