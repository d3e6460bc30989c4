package vn.motcua.platform.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What one transaction reads once and then reuses until it ends. A consumer applies a poll's events of a province
 * in one transaction, and each event asks for the same things (the province's calendar revision, a procedure's
 * versions, the units of an agency): read per event, they were most of evaluation-service's statements under load.
 * Held in the JTA transaction's own resources, so a value is never seen by another transaction nor outlives its
 * own, and a later transaction reads afresh what another instance may have changed. Without an active transaction
 * nothing is kept.
 * <p>
 * Only for what the transaction does not change itself, or whose writer calls {@link #forget} when it does.
 * Keys are records naming what they hold (with the province where it matters), compared by value.
 */
@ApplicationScoped
public class TransactionMemo {
    /** The resource key of the transaction's memo: this class, which nothing else puts there. */
    private static final Class<TransactionMemo> RESOURCE = TransactionMemo.class;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** The value held for {@code key} in this transaction, or {@code read}'s (then held). */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> read) {
        Map<Object, Object> held = held();
        if (held == null) {
            return read.get();
        }
        if (held.containsKey(key)) {
            return (T) held.get(key);
        }
        T value = read.get();
        held.put(key, value);
        return value;
    }

    /**
     * True the first time this transaction asks for {@code key}, false afterwards: for a write whose effect is the
     * same however often it is repeated in one transaction (a mark). Always true without a transaction.
     */
    public boolean firstTime(Object key) {
        Map<Object, Object> held = held();
        return held == null || held.putIfAbsent(key, Boolean.TRUE) == null;
    }

    /** Drops what this transaction holds under the keys chosen, after it changed what they were read from. */
    public void forget(Predicate<Object> keys) {
        Map<Object, Object> held = held();
        if (held != null) {
            held.keySet().removeIf(keys);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> held() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return null;
        }
        Map<Object, Object> held = (Map<Object, Object>) transactions.getResource(RESOURCE);
        if (held == null) {
            held = new HashMap<>();
            transactions.putResource(RESOURCE, held);
        }
        return held;
    }
}
