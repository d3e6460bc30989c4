package vn.motcua.platform.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A value is read once per transaction, a new transaction reads again, and without one nothing is kept. */
class TransactionMemoTest {
    record Revision(String province) {
    }

    /** A transaction's resources, as the JTA registry keeps them for the transaction in progress. */
    static final class FakeRegistry implements TransactionSynchronizationRegistry {
        int status = Status.STATUS_ACTIVE;
        Map<Object, Object> resources = new HashMap<>();

        void nextTransaction() {
            resources = new HashMap<>();
        }

        @Override
        public Object getTransactionKey() {
            return resources;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    final FakeRegistry registry = new FakeRegistry();
    final TransactionMemo memo = new TransactionMemo();
    final AtomicInteger reads = new AtomicInteger();

    TransactionMemoTest() {
        memo.transactions = registry;
    }

    int read() {
        return reads.incrementAndGet();
    }

    @Test
    void aValueIsReadOncePerTransactionAndPerKey() {
        assertThat(memo.get(new Revision("20"), this::read)).isEqualTo(1);
        assertThat(memo.get(new Revision("20"), this::read)).isEqualTo(1);
        assertThat(memo.get(new Revision("04"), this::read)).isEqualTo(2);
        registry.nextTransaction();
        assertThat(memo.get(new Revision("20"), this::read)).isEqualTo(3);
    }

    @Test
    void aNullValueIsHeldToo() {
        assertThat(memo.<Integer>get(new Revision("20"), () -> {
            reads.incrementAndGet();
            return null;
        })).isNull();
        assertThat(memo.get(new Revision("20"), this::read)).isNull();
        assertThat(reads).hasValue(1);
    }

    @Test
    void forgottenKeysAreReadAgainOthersStay() {
        memo.get(new Revision("20"), this::read);
        memo.get("other", this::read);
        memo.forget(key -> key instanceof Revision);
        assertThat(memo.get(new Revision("20"), this::read)).isEqualTo(3);
        assertThat(memo.get("other", this::read)).isEqualTo(2);
    }

    @Test
    void firstTimeIsTrueOncePerTransaction() {
        assertThat(memo.firstTime("mark")).isTrue();
        assertThat(memo.firstTime("mark")).isFalse();
        assertThat(memo.firstTime("another mark")).isTrue();
        registry.nextTransaction();
        assertThat(memo.firstTime("mark")).isTrue();
    }

    @Test
    void withoutATransactionNothingIsKept() {
        registry.status = Status.STATUS_NO_TRANSACTION;
        assertThat(memo.get(new Revision("20"), this::read)).isEqualTo(1);
        assertThat(memo.get(new Revision("20"), this::read)).isEqualTo(2);
        assertThat(memo.firstTime("mark")).isTrue();
        assertThat(memo.firstTime("mark")).isTrue();
        assertThat(registry.resources).isEmpty();
    }
}
