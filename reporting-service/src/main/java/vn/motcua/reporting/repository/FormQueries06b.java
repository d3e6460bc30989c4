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

    /**
     * A dossier's open span as a range, for the GiST index {@code dossier_fact_open} (V6): from reception to its end,
     * or to infinity while open (public for the benchmark, which swaps the condition for a btree one to compare).
     */
    public static final String OPEN_RANGE =
            "tstzrange(f.received_at, case when f.ended_at < f.received_at then f.received_at else f.ended_at end,"
                    + " '[]')";

    /**
     * The statement, with the named parameters {@code :province}, {@code :agency}, {@code :start}, {@code :end},
     * {@code :asof} (when "past the due date" is judged: the end, or now while the period runs) (public for the
     * benchmark, {@code ./mot-cua bench-report}, which times this very statement).
     *
     * <p>One pass over the dossiers open at some instant of the period, every column read from the range index
     * (V6: an index-only scan). {@code at_end} says how a dossier stood at the end: ended before it, open within
     * its due date, or open past it. The due date in force at the end is the dossier's latest due row when that row
     * was in force before {@code :asof} (the common case: no change since), else the latest row before
     * {@code :asof} in {@code dossier_due}; a null due date (the clock stopped for a supplement) is within.
     * Resolved means {@code timeliness} is set (V2's check: resolved_at and timeliness are null together).
     * {@code offset 0} keeps the inner query apart, so {@code at_end} is computed once per dossier rather than
     * once per column that reads it (PostgreSQL would otherwise inline the expression into the six filters:
     * 130 ms instead of 105 ms in the benchmark).
     */
    public static final String SQL = """
            select d.field,
                count(*) filter (where d.received_at >= :start and d.channel in (%s)),
                count(*) filter (where d.received_at >= :start and d.channel not in (%<s)),
                count(*) filter (where d.received_at < :start),
                count(*) filter (where d.at_end = 'ENDED' and d.timeliness = 'EARLY'),
                count(*) filter (where d.at_end = 'ENDED' and d.timeliness = 'ON_TIME'),
                count(*) filter (where d.at_end = 'ENDED' and d.timeliness = 'LATE'),
                count(*) filter (where d.at_end = 'WITHIN'),
                count(*) filter (where d.at_end = 'OVERDUE'),
                count(*) filter (where d.at_end = 'ENDED' and d.timeliness is null)
            from (
                select coalesce(f.field_code, '%s') as field, f.channel, f.received_at, f.timeliness,
                    case when f.ended_at < :end then 'ENDED'
                         when coalesce((case when f.latest_due_from < :asof then f.latest_due_at
                                    else (select u.due_at from dossier_due u
                                          where u.province_code = :province and u.dossier_id = f.dossier_id
                                            and u.valid_from < :asof
                                          order by u.valid_from desc limit 1) end) < :asof, false)
                              then 'OVERDUE'
                         else 'WITHIN' end as at_end
                from dossier_fact f
                where f.province_code = :province and (:agency = '' or f.agency = :agency)
                  and %s && tstzrange(:start, :end, '[)')
                offset 0
            ) d
            group by d.field
            order by d.field""".formatted(onlineChannels(), UNKNOWN_FIELD, OPEN_RANGE);

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
