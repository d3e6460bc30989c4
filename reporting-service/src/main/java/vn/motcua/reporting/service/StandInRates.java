package vn.motcua.reporting.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import vn.motcua.events.ProvinceCode;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.reporting.domain.form.KpiCode;

/**
 * Stand-in for the forms helper's {@code RateService} until its branch is merged, to be deleted then (the real one wins): two
 * rates by their {@link KpiCode} definitions, online dossiers and on-time resolutions; the others 0 of 0.
 */
@DefaultBean
@ApplicationScoped
public class StandInRates implements Rates {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    EntityManager em;

    @Override
    @Transactional
    public List<Rate> of(ProvinceCode province, Optional<String> agency, ReportingPeriod period) {
        var start = period.from().atStartOfDay(VIETNAM).toInstant();
        var end = period.to().plusDays(1).atStartOfDay(VIETNAM).toInstant();
        String where = " from dossier_fact where province_code = :p" + (agency.isPresent() ? " and agency = :a" : "");
        Object[] received = row("select count(*), count(*) filter (where channel in ('ONLINE_PROVINCIAL_PORTAL',"
                + " 'ONLINE_NATIONAL_PORTAL', 'VNEID', 'NATIONAL_SINGLE_WINDOW'))" + where
                + " and received_at >= :s and received_at < :e", province, agency, start, end);
        Object[] resolved = row("select count(*), count(*) filter (where timeliness <> 'LATE')" + where
                + " and resolved_at >= :s and resolved_at < :e", province, agency, start, end);
        return java.util.Arrays.stream(KpiCode.values()).map(k -> switch (k) {
            case ONLINE_DOSSIERS -> rate(k, received[1], received[0]);
            case ON_TIME -> rate(k, resolved[1], resolved[0]);
            default -> rate(k, 0L, 0L);
        }).toList();
    }

    private Object[] row(String sql, ProvinceCode p, Optional<String> a, Object s, Object e) {
        var q = em.createNativeQuery(sql).setParameter("p", p.value()).setParameter("s", s).setParameter("e", e);
        a.ifPresent(x -> q.setParameter("a", x));
        return (Object[]) q.getSingleResult();
    }

    private static Rate rate(KpiCode k, Object numerator, Object denominator) {
        long n = ((Number) numerator).longValue();
        long d = ((Number) denominator).longValue();
        return new Rate(k, n, d, d == 0 ? null : BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(d), 1,
                RoundingMode.HALF_UP));
    }
}
