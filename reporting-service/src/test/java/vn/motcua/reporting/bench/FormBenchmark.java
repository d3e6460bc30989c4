package vn.motcua.reporting.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.reporting.domain.PeriodInstants;
import vn.motcua.reporting.repository.FormQueries06b;

/**
 * Form II.06b of one province and quarter over a store of 10,000,000 dossier facts (issue 16, "done when": under
 * 200 ms). Not a test: a command that prints figures, {@code ./mot-cua bench-report [--facts=10000000]
 * [--port-base=N] [--runs=30]}. It creates a scratch database (an embedded PostgreSQL of its own, or database
 * {@code bench_report} on the running platform's PostgreSQL at port N+6), applies reporting's migrations with Flyway,
 * generates the facts with {@code generate_series} in PostgreSQL: received over 12 quarters (15/12/2022 to
 * 14/12/2025) in time order, 34 provinces, province 20 (Lạng Sơn, the measured one) holding 10 % of them (a large
 * province's realistic share; the others 90 % evenly), 30 % online, 40 fields, 1 % withdrawn, 0.5 % closed, the
 * rest resolved 1 to 21 days after acceptance (one in ten 1 to 61 days; those later than the store's end still open),
 * timeliness against a due date of 15 days, and the due history (a reception row each, a supplement request and its completion for 10 %).
 *
 * <p>Then, after a warm-up, it times {@link FormQueries06b#SQL}, the statement the service runs, for province 20 in
 * 2025-Q2 (a late quarter: most history before it) and 2023-Q2 (an early one: most history after it), p50 and p99 of
 * the runs; beside it, in the same run, a bare {@code count(*)} of the province-quarter's received rows (the floor),
 * and the same II.06b statement with the plain btree condition ({@code received_at < end and (ended_at is null or
 * ended_at >= start)}) instead of the range index (what the GiST index of V4 buys). The plan of the statement is
 * printed (EXPLAIN ANALYZE).
 */
public final class FormBenchmark {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String PROVINCE = "20";

    private FormBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long facts = option(args, "facts", 10_000_000L);
        int runs = (int) option(args, "runs", 30);
        long portBase = option(args, "port-base", 0);
        boolean reuse = Arrays.asList(args).contains("--reuse");
        if (portBase > 0) {
            String server = "jdbc:postgresql://localhost:" + (portBase + 6) + "/";
            boolean kept = reuse && factsIn(server + "bench_report") == facts;
            if (!kept) {
                try (Connection c = DriverManager.getConnection(server + "postgres", "postgres", "postgres");
                        Statement s = c.createStatement()) {
                    s.execute("drop database if exists bench_report");
                    s.execute("create database bench_report");
                }
            }
            run(server + "bench_report", facts, runs, kept);
        } else {
            try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("shared_buffers", "512MB").setServerConfig("work_mem", "64MB")
                    .setServerConfig("max_wal_size", "4GB").setServerConfig("synchronous_commit", "off")
                    .start()) {
                run(postgres.getJdbcUrl("postgres", "postgres"), facts, runs, false);
            }
        }
    }

    /** The facts of an earlier run's database, or -1 when there is none (or it is not whole). */
    private static long factsIn(String url) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
            return count(c, "select count(*) from dossier_fact");
        } catch (SQLException e) {
            return -1;
        }
    }

    private static void run(String url, long facts, int runs, boolean kept) throws SQLException {
        long migrating = System.nanoTime();
        int applied = Flyway.configure().dataSource(url, "postgres", "postgres")
                .locations("classpath:db/platform", "classpath:db/migration").load().migrate().migrationsExecuted;
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
            long started = System.nanoTime();
            if (kept) {
                System.out.printf(Locale.ROOT, "kept the %,d dossier facts of an earlier run (--reuse); %d new"
                        + " migrations applied to them in %.0f s%n", facts, applied, (started - migrating) / 1e9);
                try (Statement s = c.createStatement()) {
                    s.execute("vacuum analyze dossier_fact");
                    s.execute("vacuum analyze dossier_due");
                }
            } else {
                generate(c, facts);
                System.out.printf(Locale.ROOT, "generated %,d dossier facts (province %s: %,d) and their due rows"
                        + " in %.0f s%n", facts, PROVINCE, count(c, "select count(*) from dossier_fact where"
                        + " province_code = '" + PROVINCE + "'"), (System.nanoTime() - started) / 1e9);
            }
            for (String label : new String[] {"2025-Q2", "2023-Q2"}) {
                PeriodInstants q = PeriodInstants.of(ReportingPeriod.parse(label, 15), VIETNAM);
                String form = bind(FormQueries06b.SQL, q);
                String btree = bind(FormQueries06b.SQL.replace(OPEN_RANGE_CONDITION,
                        "f.received_at < :end and (f.ended_at is null or f.ended_at >= :start)"), q);
                String floor = bind("select count(*) from dossier_fact where province_code = :province"
                        + " and received_at >= :start and received_at < :end", q);
                System.out.printf(Locale.ROOT, "%nprovince %s, %s (%s): %,d received in the quarter, %,d open at"
                        + " some instant of it%n", PROVINCE, label, ReportingPeriod.parse(label, 15).text(),
                        count(c, floor), count(c, bind("select count(*) from dossier_fact f where f.province_code ="
                                + " :province and f.received_at < :end and (f.ended_at is null or f.ended_at >="
                                + " :start)", q)));
                for (int i = 0; i < 5; i++) {
                    time(c, form);
                    time(c, floor);
                }
                long[] formTimes = times(c, form, runs);
                long[] floorTimes = times(c, floor, runs);
                long[] btreeTimes = times(c, btree, Math.max(5, runs / 3));
                print("II.06b per field (the service's statement, GiST range index)", formTimes);
                print("count(*) of the quarter's received rows (reference)", floorTimes);
                print("II.06b with the btree condition instead (" + btreeTimes.length + " runs)", btreeTimes);
                System.out.printf(Locale.ROOT, "ratio II.06b / reference at p50: %.1f; target p99 < 200 ms: %s%n",
                        (double) percentile(formTimes, 50) / percentile(floorTimes, 50),
                        percentile(formTimes, 99) < 200_000_000 ? "met" : "NOT MET");
                if (label.equals("2025-Q2")) {
                    System.out.println("plan:");
                    try (Statement s = c.createStatement();
                            ResultSet rs = s.executeQuery("explain (analyze, buffers) " + form)) {
                        while (rs.next()) {
                            System.out.println("  " + rs.getString(1));
                        }
                    }
                }
            }
        }
    }

    /** The range condition of the service's statement, replaced by the btree one for the comparison. */
    private static final String OPEN_RANGE_CONDITION = FormQueries06b.OPEN_RANGE + " && tstzrange(:start, :end, '[)')";

    private static void generate(Connection c, long facts) throws SQLException {
        try (Statement s = c.createStatement()) {
            // the indexes are built once after the load, as they are defined by the migrations
            List<String> indexes = new ArrayList<>();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select indexname, indexdef from pg_indexes where tablename in"
                    + " ('dossier_fact', 'dossier_due') and indexname not like '%pkey'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    indexes.add(rs.getString(2));
                }
            }
            for (String name : names) {
                s.execute("drop index " + name);
            }
            s.execute("alter table dossier_fact set (autovacuum_enabled = false)");
            s.execute("""
                    insert into dossier_fact (dossier_id, province_code, procedure_code, field_code, agency, channel,
                        received_at, due_at, resolved_at, timeliness, withdrawn_at, closed_at, updated_at,
                        latest_due_from, latest_due_at)
                    select md5(g::text)::uuid, p, '1.' || lpad(((h / 37) %% 1500)::text, 6, '0'), 'F' || ((h / 100000) %% 40),
                        'A' || ((h / 10000000) %% 25),
                        case when (h / 1000) %% 10 < 3 then 'ONLINE_NATIONAL_PORTAL' when (h / 1000) %% 10 = 3 then 'POSTAL'
                             else 'DIRECT_CENTRE' end,
                        r, r + interval '15 days',
                        case when kind < 985 and r + d < stop then r + d end,
                        case when kind < 985 and r + d < stop then
                            case when d < interval '13 days' then 'EARLY' when d < interval '15 days' then 'ON_TIME'
                                 else 'LATE' end end,
                        case when kind >= 985 and kind < 995 and r + d < stop then r + d end,
                        case when kind >= 995 and r + d < stop then r + d end,
                        r,
                        -- the latest of the due rows below (what DossierFacts.latestDue keeps)
                        case when supplemented then r + interval '6 days' else r end,
                        case when supplemented then r + interval '20 days' else r + interval '15 days' end
                    from (select g, h, kind, stop,
                              case when h %% 10 = 0 then '20'
                                   else (array['01','04','08','11','12','14','15','19','22','24','25','31','33',
                                        '37','38','40','42','44','46','48','51','52','56','66','68','75','79','80',
                                        '82','86','91','92','96'])[1 + (h / 10) %% 33] end as p,
                              timestamptz '2022-12-15 00:00+07' + (stop - timestamptz '2022-12-15 00:00+07')
                                  * (g::float8 / %d) as r,
                              abs(hashtext(md5(g::text)::uuid::text)) %% 10 = 0 as supplemented,
                              interval '1 day' + interval '1 hour' * (abs(hashint8(g + 104729))
                                  %% (case when kind %% 10 = 0 then 60 * 24 else 20 * 24 end)) as d
                          from (select g, abs(hashint8(g)) as h, abs(hashint8(g + 7919)) %% 1000 as kind,
                                       timestamptz '2025-12-15 00:00+07' as stop
                                from generate_series(1, %d) g) x) y
                    """.formatted(facts, facts));
            s.execute("""
                    insert into dossier_due (dossier_id, province_code, valid_from, due_at)
                    select dossier_id, province_code, received_at, due_at from dossier_fact""");
            s.execute("""
                    insert into dossier_due (dossier_id, province_code, valid_from, due_at)
                    select dossier_id, province_code, received_at + interval '3 days', null from dossier_fact
                    where abs(hashtext(dossier_id::text)) % 10 = 0
                    union all
                    select dossier_id, province_code, received_at + interval '6 days', received_at + interval '20 days'
                    from dossier_fact where abs(hashtext(dossier_id::text)) % 10 = 0""");
            for (String definition : indexes) {
                s.execute(definition);
            }
            s.execute("alter table dossier_fact reset (autovacuum_enabled)");
            s.execute("vacuum analyze dossier_fact");
            s.execute("vacuum analyze dossier_due");
        }
    }

    private static final Pattern PARAMETER = Pattern.compile(":(province|agency|start|end|asof)\\b");

    /** The statement with its parameters as literals (a benchmark of the plan PostgreSQL makes for them). */
    private static String bind(String sql, PeriodInstants q) {
        Matcher m = PARAMETER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "province" -> "'" + PROVINCE + "'";
                case "agency" -> "''";
                case "start" -> "timestamptz '" + q.start().atOffset(ZoneOffset.UTC) + "'";
                // a closed quarter: "past the due date" is judged at its end
                default -> "timestamptz '" + q.end().atOffset(ZoneOffset.UTC) + "'";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private static long[] times(Connection c, String sql, int runs) throws SQLException {
        long[] t = new long[runs];
        for (int i = 0; i < runs; i++) {
            t[i] = time(c, sql);
        }
        return t;
    }

    private static long time(Connection c, String sql) throws SQLException {
        long t = System.nanoTime();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
        return System.nanoTime() - t;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void print(String what, long[] nanos) {
        System.out.printf(Locale.ROOT, "  %-62s p50 %7.1f ms  p99 %7.1f ms  (%d runs)%n", what,
                percentile(nanos, 50) / 1e6, percentile(nanos, 99) / 1e6, nanos.length);
    }

    private static long percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static long option(String[] args, String name, long otherwise) {
        for (String a : args) {
            String bare = a.startsWith("--") ? a.substring(2) : a;
            if (bare.startsWith(name + "=")) {
                return Long.parseLong(bare.substring(name.length() + 1).replace("_", ""));
            }
        }
        return otherwise;
    }
}
