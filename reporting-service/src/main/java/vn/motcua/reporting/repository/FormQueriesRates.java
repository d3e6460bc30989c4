package vn.motcua.reporting.repository;

import static vn.motcua.reporting.repository.FormQueries06b.onlineChannels;
import static vn.motcua.reporting.repository.FormQueries06b.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import vn.motcua.reporting.domain.PeriodInstants;
import vn.motcua.reporting.domain.form.KpiCode;

/**
 * The numerators and denominators of the rates ({@link KpiCode}, whose Javadoc is each definition), counted in
 * PostgreSQL. The catalogue in force at the period's end is {@link FormQueriesCatalogue#IN_FORCE}. Native SQL: the
 * province is named by each query.
 */
@ApplicationScoped
public class FormQueriesRates {
    private static final String DOSSIERS = """
            select
                count(*) filter (where received_at >= :start and channel in (%s)),
                count(*) filter (where received_at >= :start),
                count(*) filter (where resolved_at >= :start and resolved_at < :end and result_digitised),
                count(*) filter (where resolved_at >= :start and resolved_at < :end),
                count(*) filter (where received_at >= :start and papers_recorded > 0 and papers_reused > 0),
                count(*) filter (where received_at >= :start and papers_recorded > 0),
                count(*) filter (where resolved_at >= :start and resolved_at < :end and timeliness in ('EARLY', 'ON_TIME'))
            from dossier_fact
            where province_code = :province and (:agency = '' or agency = :agency)
              and ((received_at >= :start and received_at < :end) or (resolved_at >= :start and resolved_at < :end))
            """.formatted(onlineChannels());

    private static final String PAYMENTS = """
            select count(*) filter (where online), count(*) from payment_fact
            where province_code = :province and (:agency = '' or agency = :agency)
              and paid_at >= :start and paid_at < :end""";

    private static final String RATINGS = """
            select count(*) filter (where satisfied), count(*) from rating_fact
            where province_code = :province and (:agency = '' or agency = :agency)
              and rated_at >= :start and rated_at < :end""";

    private static final String CATALOGUE = """
            with c as (%s)
            select
                count(*) filter (where c.online_mode in ('FULL', 'LEVEL_4') and exists (select 1 from dossier_fact f
                    where f.province_code = :province and f.procedure_code = c.code and f.channel in (%s)
                      and f.received_at >= :start and f.received_at < :end)),
                count(*) filter (where c.online_mode in ('FULL', 'LEVEL_4')),
                count(*),
                count(*) filter (where c.fee_bearing and exists (select 1 from payment_fact p
                    where p.province_code = :province and p.procedure_code = c.code and p.online
                      and p.paid_at >= :start and p.paid_at < :end)),
                count(*) filter (where c.fee_bearing)
            from c""".formatted(FormQueriesCatalogue.IN_FORCE, onlineChannels());

    @Inject
    EntityManager em;

    /** Numerator and denominator of every KPI. */
    public Map<KpiCode, long[]> counts(String province, Optional<String> agency, PeriodInstants period,
            LocalDate lastDay) {
        Object[] d = row(DOSSIERS, province, agency, period, null);
        Object[] p = row(PAYMENTS, province, agency, period, null);
        Object[] r = row(RATINGS, province, agency, period, null);
        Object[] c = row(CATALOGUE, province, agency, period, lastDay);
        Map<KpiCode, long[]> counts = new EnumMap<>(KpiCode.class);
        counts.put(KpiCode.ONLINE_DOSSIERS, pair(d[0], d[1]));
        counts.put(KpiCode.FULL_ONLINE_PROCEDURES_USED, pair(c[0], c[1]));
        counts.put(KpiCode.FULL_ONLINE_PROCEDURES, pair(c[1], c[2]));
        counts.put(KpiCode.FEE_PROCEDURES_PAID_ONLINE, pair(c[3], c[4]));
        counts.put(KpiCode.ONLINE_PAYMENTS, pair(p[0], p[1]));
        counts.put(KpiCode.DIGITISED_RESULTS, pair(d[2], d[3]));
        counts.put(KpiCode.DATA_REUSE, pair(d[4], d[5]));
        counts.put(KpiCode.SATISFACTION, pair(r[0], r[1]));
        counts.put(KpiCode.ON_TIME, pair(d[6], d[3]));
        return counts;
    }

    private Object[] row(String sql, String province, Optional<String> agency, PeriodInstants period, LocalDate to) {
        var query = em.createNativeQuery(sql).setParameter("province", province)
                .setParameter("agency", agency.orElse(""));
        if (sql.contains(":start")) {
            query.setParameter("start", utc(period.start())).setParameter("end", utc(period.end()));
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return (Object[]) query.getSingleResult();
    }

    private static long[] pair(Object numerator, Object denominator) {
        return new long[] {((Number) numerator).longValue(), ((Number) denominator).longValue()};
    }
}
