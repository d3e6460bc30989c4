package vn.motcua.catalog.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import vn.motcua.catalog.service.CatalogueSearch;
import vn.motcua.catalog.service.CatalogueSearchRows.Filters;
import vn.motcua.catalog.service.CatalogueSearchRows.Page;

/**
 * The public search on a catalogue of 100,000 procedure versions (issue 12, "done when": p99 under 50 ms). Not a
 * test: a command that prints figures, {@code ./mot-cua bench-search [versions=100000] [provinces=34]
 * [queries=3000] [seed=12]}. It starts an embedded PostgreSQL, applies the catalogue's migrations with Flyway, loads
 * generated versions with Vietnamese names built from real name fragments, warms up, then times accent-free
 * queries through {@link CatalogueSearchRepository#search}, the statement the API runs, over one connection (as a
 * pooled one would be). Beside it, in the same run: a primary-key lookup (the floor), and the same search with each
 * word as a plain {@code ILIKE} on the unaccented name, which no index answers (what the trigram index buys).
 * By default the versions belong to 34 provinces (the provinces since the 2025 reorganisation, domain.md §8), about
 * 1,500 procedures each, and province 20 is searched; {@code provinces=1} is the worst case, every version in the one
 * province searched.
 */
public final class CatalogSearchBenchmark {
    private static final LocalDate ON = LocalDate.of(2026, 6, 1);

    // Real name fragments of administrative procedures (thủ tục hành chính) of provincial departments
    private static final String[] ACTIONS = {"Cấp", "Cấp lại", "Cấp đổi", "Gia hạn", "Điều chỉnh", "Thu hồi",
            "Đăng ký", "Thẩm định", "Phê duyệt", "Công bố", "Xác nhận", "Chứng nhận", "Sửa đổi, bổ sung", "Khai báo",
            "Thông báo", "Hủy bỏ", "Chấm dứt", "Giải quyết", "Đề nghị", "Đánh giá"};
    private static final String[] OBJECTS = {"giấy phép tiến hành công việc bức xạ",
            "giấy phép sử dụng thiết bị X-quang chẩn đoán trong y tế", "chứng chỉ nhân viên bức xạ",
            "giấy chứng nhận đăng ký hoạt động khoa học và công nghệ", "hợp đồng chuyển giao công nghệ",
            "văn bằng bảo hộ sáng chế", "kiểu dáng công nghiệp", "nhãn hiệu hàng hóa", "chỉ dẫn địa lý",
            "hợp chuẩn, hợp quy sản phẩm, hàng hóa", "tổ chức đánh giá sự phù hợp", "phương tiện đo nhóm 2",
            "chuẩn đo lường để kiểm định", "giấy phép kinh doanh vận tải bằng xe ô tô", "giấy phép lái xe",
            "giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở", "giấy phép xây dựng", "giấy phép môi trường",
            "giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "chứng chỉ hành nghề dược",
            "giấy phép hoạt động khám bệnh, chữa bệnh", "giấy chứng nhận đăng ký doanh nghiệp",
            "giấy chứng nhận đăng ký hộ kinh doanh", "giấy chứng nhận đăng ký hợp tác xã",
            "giấy phép lao động cho người lao động nước ngoài", "thẻ bảo hiểm y tế", "trợ cấp xã hội hằng tháng",
            "giấy phép khai thác nước mặt", "giấy phép hoạt động điện lực", "giấy phép kinh doanh karaoke",
            "giấy chứng nhận đăng ký kết hôn", "trích lục khai sinh", "lý lịch tư pháp", "giấy phép xuất bản bản tin",
            "giấy phép tổ chức lễ hội", "chứng chỉ hành nghề kiến trúc", "giấy phép khai thác khoáng sản",
            "dự án đầu tư", "quy hoạch chi tiết xây dựng", "giấy phép hoạt động in", "sổ đỏ"};
    private static final String[] QUALIFIERS = {"", "", "", " cho tổ chức", " cho cá nhân", " cấp tỉnh",
            " cấp xã", " đối với doanh nghiệp có vốn đầu tư nước ngoài", " trường hợp bị mất, bị hỏng",
            " trên địa bàn tỉnh", " do thay đổi thông tin", " lần đầu", " theo thủ tục rút gọn"};

    private CatalogSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int versions = option(args, "versions", 100_000);
        int provinces = option(args, "provinces", 34);
        int queries = option(args, "queries", 3000);
        long seed = option(args, "seed", 12);
        Random random = new Random(seed);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true";
            Flyway.configure().dataSource(url, "postgres", "postgres")
                    .locations("classpath:db/platform", "classpath:db/migration").load().migrate();
            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
                long started = System.nanoTime();
                List<UUID> ids = load(c, versions, provinces, random);
                try (Statement s = c.createStatement()) {
                    s.execute("vacuum analyze procedure");
                    s.execute("vacuum analyze procedure_version");
                }
                System.out.printf(Locale.ROOT, "loaded %,d versions in %d province(s) in %.1f s%n", versions,
                        provinces, (System.nanoTime() - started) / 1e9);

                List<String> texts = new ArrayList<>();
                for (int i = 0; i < queries; i++) {
                    texts.add(query(random));
                }
                CatalogueSearchRepository repository = new CatalogueSearchRepository(single(c), new ObjectMapper());
                System.out.println("plan of the first query: " + plan(c, texts.getFirst()));

                for (int i = 0; i < 500; i++) {
                    repository.search("20", ON, CatalogueSearch.words(texts.get(i % texts.size())), Filters.NONE, 0, 20);
                }
                long[] search = new long[queries];
                long found = 0;
                for (int i = 0; i < queries; i++) {
                    long t = System.nanoTime();
                    Page page = repository.search("20", ON, CatalogueSearch.words(texts.get(i)), Filters.NONE, 0, 20);
                    search[i] = System.nanoTime() - t;
                    found += page.total();
                }
                long[] byKey = new long[queries];
                try (PreparedStatement s = c.prepareStatement("select * from procedure_version where id = ?")) {
                    for (int i = 0; i < queries; i++) {
                        s.setObject(1, ids.get(random.nextInt(ids.size())));
                        long t = System.nanoTime();
                        try (ResultSet rs = s.executeQuery()) {
                            rs.next();
                        }
                        byKey[i] = System.nanoTime() - t;
                    }
                }
                int sample = Math.min(queries, 200);
                long[] unindexed = new long[sample];
                for (int i = 0; i < sample; i++) {
                    long t = System.nanoTime();
                    unindexedSearch(c, texts.get(i));
                    unindexed[i] = System.nanoTime() - t;
                }
                System.out.printf(Locale.ROOT, "%d accent-free queries (e.g. \"%s\", \"%s\"), %.0f matches each on"
                        + " average, page of 20%n", queries, texts.get(0), texts.get(1), (double) found / queries);
                print("search (API statement, trigram index)", search);
                print("primary-key lookup (reference)", byKey);
                print("same search, plain ILIKE, no index (" + sample + " queries)", unindexed);
                Integer[] order = new Integer[queries];
                Arrays.setAll(order, i -> i);
                Arrays.sort(order, (a, b) -> Long.compare(search[b], search[a]));
                for (int i = 0; i < Math.min(5, queries); i++) {
                    System.out.printf(Locale.ROOT, "  slow: %7.2f ms \"%s\"%n", search[order[i]] / 1e6, texts.get(order[i]));
                }
                System.out.printf(Locale.ROOT, "p99 target 50 ms: %s%n",
                        percentile(search, 99) < 50_000_000 ? "met" : "NOT MET");
            }
        }
    }

    private static List<UUID> load(Connection c, int versions, int provinces, Random random) throws SQLException {
        c.setAutoCommit(false);
        List<UUID> ids = new ArrayList<>(versions);
        Timestamp now = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
        try (PreparedStatement p = c.prepareStatement("""
                insert into procedure (id, province_code, code, status, created_at) values (?, ?, ?, 'PUBLISHED', ?)""");
                PreparedStatement v = c.prepareStatement("""
                insert into procedure_version (id, procedure_id, province_code, version, status, name, field_code,
                    agency_code, issuing_level, mechanism, online_mode, postal_receipt, postal_return,
                    four_on_the_spot, case_variants, decision_number, decision_date, decision_issuer, effective_from,
                    effective_to, created_at, published_at)
                values (?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, 'UBND tỉnh', ?, ?, ?, ?)""")) {
            int made = 0;
            int code = 0;
            while (made < versions) {
                String province = String.format("%02d", 20 + code % provinces);
                UUID procedure = UUID.randomUUID();
                p.setObject(1, procedure);
                p.setString(2, province);
                p.setString(3, String.format("%d.%06d", 1 + code / 900_000, code % 900_000));
                p.setTimestamp(4, now);
                p.addBatch();
                code++;
                // most procedures were amended once: a past version and the one in force; a few have a third,
                // scheduled one
                int count = Math.min(versions - made, random.nextInt(20) == 0 ? 3 : 2);
                String base = name(random);
                LocalDate from = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(700));
                for (int n = 1; n <= count; n++) {
                    LocalDate to = n < count ? (n == 2 ? LocalDate.of(2027, 1, 1) : from.plusDays(30 + random.nextInt(300)))
                            : null;
                    UUID id = UUID.randomUUID();
                    ids.add(id);
                    int i = 0;
                    v.setObject(++i, id);
                    v.setObject(++i, procedure);
                    v.setString(++i, province);
                    v.setInt(++i, n);
                    v.setString(++i, n == 1 || random.nextBoolean() ? base : name(random));
                    v.setString(++i, "G14-KH" + String.format("%02d", random.nextInt(12)));
                    v.setString(++i, "S" + random.nextInt(20) + "-" + province);
                    v.setString(++i, random.nextInt(10) < 9 ? "CENTRAL" : "LOCAL");
                    v.setString(++i, random.nextInt(10) < 7 ? "ONE_STOP" : "INTER_CONNECTED");
                    v.setString(++i, new String[] {"NONE", "PARTIAL", "FULL"}[random.nextInt(3)]);
                    v.setBoolean(++i, random.nextBoolean());
                    v.setBoolean(++i, random.nextBoolean());
                    v.setBoolean(++i, random.nextInt(4) == 0);
                    v.setString(++i, "[{\"code\":\"CHUNG\",\"name\":\"Chung\",\"timeLimit\":{\"value\":"
                            + (1 + random.nextInt(30)) + ",\"unit\":\"WORKING_DAYS\"}}]");
                    v.setString(++i, (1000 + code) + "/QĐ-UBND");
                    v.setObject(++i, from.minusDays(10));
                    v.setObject(++i, from);
                    v.setObject(++i, to);
                    v.setTimestamp(++i, now);
                    v.setTimestamp(++i, now);
                    v.addBatch();
                    made++;
                    from = to;
                }
                if (code % 1000 == 0) {
                    p.executeBatch();
                    v.executeBatch();
                }
            }
            p.executeBatch();
            v.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        return ids;
    }

    private static String name(Random random) {
        return ACTIONS[random.nextInt(ACTIONS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)]
                + QUALIFIERS[random.nextInt(QUALIFIERS.length)];
    }

    /** What a citizen types: two to four consecutive words of a real name, without accents, in lower case. */
    private static String query(Random random) {
        String[] words = fold(name(random)).split("[^a-z0-9]+");
        int length = Math.min(words.length, 2 + random.nextInt(3));
        int start = random.nextInt(words.length - length + 1);
        return String.join(" ", Arrays.copyOfRange(words, start, start + length)).trim();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd')
                .replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** The API's statement with each word as ILIKE on the unaccented name, which the trigram index does not answer. */
    private static void unindexedSearch(Connection c, String text) throws SQLException {
        List<String> words = CatalogueSearch.words(text);
        List<Object> args = new ArrayList<>();
        String where = CatalogueSearchRepository.where("20", ON, words, Filters.NONE, args)
                .replace(CatalogueSearchRepository.FOLDED_NAME_HOLDS_WORD,
                        " and f_unaccent(v.name) ilike '%' || ? || '%'");
        args.add(String.join(" ", words));
        args.add(20);
        args.add(0L);
        try (PreparedStatement s = c.prepareStatement(CatalogueSearchRepository.pageSql(where, true))) {
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
        }
    }

    private static String plan(Connection c, String text) throws SQLException {
        List<String> words = CatalogueSearch.words(text);
        List<Object> args = new ArrayList<>();
        String where = CatalogueSearchRepository.where("20", ON, words, Filters.NONE, args);
        args.add(String.join(" ", words));
        args.add(20);
        args.add(0L);
        StringBuilder plan = new StringBuilder("\"" + text + "\"");
        try (PreparedStatement s = c.prepareStatement("explain analyze " + CatalogueSearchRepository.pageSql(where, true))) {
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    plan.append(System.lineSeparator()).append("    ").append(rs.getString(1));
                }
            }
        }
        return plan.toString();
    }

    private static void print(String what, long[] nanos) {
        System.out.printf(Locale.ROOT, "%-55s p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms%n", what,
                percentile(nanos, 50) / 1e6, percentile(nanos, 95) / 1e6, percentile(nanos, 99) / 1e6,
                percentile(nanos, 100) / 1e6);
    }

    private static long percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static int option(String[] args, String name, int fallback) {
        for (String a : args) {
            if (a.startsWith(name + "=")) {
                return Integer.parseInt(a.substring(name.length() + 1));
            }
        }
        return fallback;
    }

    /** One open connection as a data source whose connections are never closed: the pool of the benchmark. */
    private static DataSource single(Connection connection) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) ->
                        method.getName().equals("close") ? null : method.invoke(connection, arguments));
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getConnection" -> unclosable;
                    case "getLogWriter" -> new PrintWriter(System.out);
                    case "getParentLogger" -> Logger.getGlobal();
                    default -> null;
                });
    }
}
