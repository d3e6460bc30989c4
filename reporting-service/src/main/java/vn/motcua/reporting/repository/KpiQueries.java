package vn.motcua.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.events.Channel;
import vn.motcua.events.ProvinceCode;
import vn.motcua.events.Timeliness;

/**
 * The two counts behind the KPI dashboard's charts, over {@code dossier_fact} (native SQL, so each names its
 * province): dossiers received per channel, and dossiers resolved per timeliness, in {@code [start, end)}. The same
 * counting rules as form II.06b: a dossier counts from its acceptance ({@code received_at}), a resolution by
 * {@code resolved_at} with the timeliness the dossier service decided.
 */
@ApplicationScoped
public class KpiQueries {
    @Inject
    EntityManager em;

    /** Every channel, in {@link Channel} order, with 0 when none came through it. */
    @Transactional
    public Map<Channel, Long> receivedByChannel(ProvinceCode province, Optional<String> agency, Instant start,
            Instant end) {
        Map<Channel, Long> counts = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            counts.put(c, 0L);
        }
        for (Object[] row : rows("select channel, count(*) from dossier_fact where province_code = :province"
                + " and received_at >= :start and received_at < :end" + agencyFilter(agency)
                + " group by channel", province, agency, start, end)) {
            counts.put(Channel.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** EARLY, ON_TIME and LATE, each with 0 when none. */
    @Transactional
    public Map<Timeliness, Long> resolvedByTimeliness(ProvinceCode province, Optional<String> agency, Instant start,
            Instant end) {
        Map<Timeliness, Long> counts = new EnumMap<>(Timeliness.class);
        for (Timeliness t : Timeliness.values()) {
            counts.put(t, 0L);
        }
        for (Object[] row : rows("select timeliness, count(*) from dossier_fact where province_code = :province"
                + " and resolved_at >= :start and resolved_at < :end" + agencyFilter(agency)
                + " group by timeliness", province, agency, start, end)) {
            counts.put(Timeliness.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    private static String agencyFilter(Optional<String> agency) {
        return agency.isPresent() ? " and agency = :agency" : "";
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, ProvinceCode province, Optional<String> agency, Instant start,
            Instant end) {
        var query = em.createNativeQuery(sql).setParameter("province", province.value())
                .setParameter("start", start).setParameter("end", end);
        agency.ifPresent(a -> query.setParameter("agency", a));
        return query.getResultList();
    }
}
