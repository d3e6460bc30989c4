package vn.motcua.evaluation.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.DossierEvaluated;
import vn.motcua.events.RuleSet;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.ProvinceCode;
import vn.motcua.events.Topics;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.outbox.OutboxMessage;
import vn.motcua.platform.tenant.TenantRunner;
import vn.motcua.testing.TestKafka;

/** platform/commons' transactional outbox on the real database and broker. */
@QuarkusTest
class OutboxTest {
    static final ProvinceCode LANG_SON = new ProvinceCode("20");

    @Inject
    Outbox outbox;

    @Inject
    TenantRunner tenants;

    @Test
    void anEventAddedInACommittedTransactionIsStoredAndPublishedAsItsProvince() {
        UUID dossier = UUID.randomUUID();
        AtomicReference<EventEnvelope> added = new AtomicReference<>();

        tenants.inTransactionAs(LANG_SON, () -> added.set(outbox.add(evaluated(dossier))));

        assertThat(rows(added.get().id())).isEqualTo(1);
        try (TestKafka.Reader reader = TestKafka.reader(Topics.EVALUATION_EVENTS)) {
            ConsumerRecord<String, String> published =
                    reader.await(r -> dossier.toString().equals(r.key()), 1, Duration.ofSeconds(20)).getFirst();
            assertThat(TestKafka.header(published, CloudEventCodec.H_ID)).isEqualTo(added.get().id().toString());
            assertThat(TestKafka.header(published, CloudEventCodec.H_TYPE))
                    .isEqualTo("vn.motcua.evaluation.dossier-evaluated.v2");
            assertThat(TestKafka.header(published, CloudEventCodec.H_TENANT)).isEqualTo("20");
        }
    }

    @Test
    void anEventOfARolledBackTransactionNeverExisted() {
        UUID dossier = UUID.randomUUID();
        AtomicReference<EventEnvelope> added = new AtomicReference<>();

        assertThatThrownBy(() -> tenants.inTransactionAs(LANG_SON, () -> {
            added.set(outbox.add(evaluated(dossier)));
            throw new IllegalStateException("the state change it announces failed");
        })).hasMessage("the state change it announces failed");

        assertThat(added.get()).isNotNull();
        assertThat(rows(added.get().id())).isZero();
        try (TestKafka.Reader reader = TestKafka.reader(Topics.EVALUATION_EVENTS)) {
            assertThat(reader.within(r -> dossier.toString().equals(r.key()), Duration.ofSeconds(3))).isEmpty();
        }
    }

    @Test
    void theOutboxOnlyJoinsATransactionItNeverStartsOne() {
        assertThatThrownBy(() -> outbox.add(evaluated(UUID.randomUUID())))
                .isInstanceOf(TransactionalException.class);
    }

    private long rows(UUID eventId) {
        long[] n = new long[1];
        tenants.inTransactionAs(LANG_SON, () -> n[0] = OutboxMessage.count("eventId", eventId));
        return n[0];
    }

    private static DossierEvaluated evaluated(UUID dossier) {
        Instant at = Instant.parse("2026-03-10T03:00:00Z");
        return new DossierEvaluated(dossier, "20-260303-0001", "SKHCN-20", null, RuleSet.DECREE_118_2025, "TT01-2018",
                List.of(), List.of(new DossierEvaluated.IndicatorPoints(1, 2, "trước hạn")), 2, 2, at, 1, at);
    }
}
