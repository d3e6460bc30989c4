package vn.motcua.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/** Remembers which events a consumer has applied, in the transaction that applies them. */
@ApplicationScoped
public class Inbox {
    @Inject
    EntityManager em;

    /** True the first time this consumer sees the event; false on every redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        return em.createNativeQuery("insert into inbox_message (consumer, event_id) values (?1, ?2)"
                        + " on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate() == 1;
    }

    /**
     * {@link #firstDelivery} for many events in one statement (a rebuild's batch): the ids this consumer sees for the
     * first time, each once however often it is listed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> firstDeliveries(String consumer, List<UUID> eventIds) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Set<UUID> fresh = new HashSet<>();
            try (PreparedStatement ps = connection.prepareStatement("insert into inbox_message (consumer, event_id)"
                    + " select ?, id from unnest(?) as ids(id) on conflict do nothing returning event_id")) {
                Array ids = connection.createArrayOf("uuid", eventIds.toArray());
                ps.setString(1, consumer);
                ps.setArray(2, ids);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        fresh.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            return fresh;
        });
    }
}
