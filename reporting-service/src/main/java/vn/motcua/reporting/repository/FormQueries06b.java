package vn.motcua.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.motcua.events.Channel;
import vn.motcua.reporting.domain.Form06bCounts;
import vn.motcua.reporting.domain.PeriodInstants;

/**
 * Form II.06b's figures per field, aggregated in PostgreSQL ({@code count(*) filter (...)} grouped by field), the
 * same rule as {@link vn.motcua.reporting.domain.Form06bRule}: never millions of rows streamed to Java. The dossiers
 * open at some instant of the period are found through the range index of V4
 * ({@code tstzrange(received_at, ended_at, '[]') && [start, end)}), the expression repeated here exactly.
 * Native SQL: the province is named by the query.
 */
@ApplicationScoped
public class FormQueries06b {
    /** The field of a dossier whose procedure version's field is unknown. */
    public static final String UNKNOWN_FIELD = "UNKNOWN";

    static final String OPEN_RANGE =
            "tstzrange(f.received_at, case when f.ended_at < f.received_at then f.received_at else f.ended_at end,"
                    + " '[]')";

    /** The statement, with the named parameters {@code :province}, {@code :agency}, {@code :start}, {@code :end},
     * {@code :asof} (when "past the due date" is judged: the end, or now while the period runs)
     * (public for the benchmark, {@code ./mot-cua bench-report}, which times this very statement). */
    public static final String SQL = """
            with d as (
                select f.dossier_id, coalesce(f.field_code, '%s') as field, f.channel, f.received_at,
                       f.resolved_at, f.timeliness, f.ended_at
                from dossier_fact f
                where f.province_code = :province and (:agency = '' or f.agency = :agency)
                  and %s && tstzrange(:start, :end, '[)')
            ), open_at_end as (
                select d.dossier_id,
                       (select u.due_at < :asof from dossier_due u
                        where u.province_code = :province and u.dossier_id = d.dossier_id and u.valid_from < :asof
                        order by u.valid_from desc limit 1) as overdue
                from d where d.ended_at is null or d.ended_at >= :end
            )
            select d.field,
                count(*) filter (where d.received_at >= :start and d.channel in (%s)),
                count(*) filter (where d.received_at >= :start and d.channel not in (%<s)),
                count(*) filter (where d.received_at < :start),
                count(*) filter (where d.ended_at < :end and d.resolved_at is not null and d.timeliness = 'EARLY'),
                count(*) filter (where d.ended_at < :end and d.resolved_at is not null and d.timeliness = 'ON_TIME'),
                count(*) filter (where d.ended_at < :end and d.resolved_at is not null and d.timeliness = 'LATE'),
                count(*) filter (where o.dossier_id is not null and o.overdue is not true),
                count(*) filter (where o.overdue),
                count(*) filter (where d.ended_at < :end and d.resolved_at is null)
            from d left join open_at_end o on o.dossier_id = d.dossier_id
            group by d.field
            order by d.field""".formatted(UNKNOWN_FIELD, OPEN_RANGE, onlineChannels());

    @Inject
    EntityManager em;

    /** The figures of each field with dossiers in the period, by field code ({@link #UNKNOWN_FIELD} included). */
    public Map<String, Form06bCounts> byField(String province, Optional<String> agency, PeriodInstants period,
            Instant lateAsOf) {
        List<?> rows = em.createNativeQuery(SQL).setParameter("province", province)
                .setParameter("agency", agency.orElse("")).setParameter("start", utc(period.start()))
                .setParameter("end", utc(period.end())).setParameter("asof", utc(lateAsOf)).getResultList();
        Map<String, Form06bCounts> counts = new LinkedHashMap<>();
        for (Object r : rows) {
            Object[] c = (Object[]) r;
            counts.put((String) c[0], new Form06bCounts(n(c[1]), n(c[2]), n(c[3]), n(c[4]), n(c[5]), n(c[6]),
                    n(c[7]), n(c[8]), n(c[9])));
        }
        return counts;
    }

    /** The channels {@link Channel#online()} names, as SQL literals. */
    static String onlineChannels() {
        return Arrays.stream(Channel.values()).filter(Channel::online).map(c -> "'" + c.name() + "'")
                .collect(Collectors.joining(", "));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
