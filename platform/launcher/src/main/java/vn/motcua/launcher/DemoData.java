package vn.motcua.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Demo procedures and dossiers for two provinces, created through the services' own APIs as the demo users,
 * so the data goes through the same rules, events and replicas as real data. Safe to run twice: procedures
 * are looked up by code first, and dossiers carry fixed idempotency keys.
 */
final class DemoData {
    static final String CLIENT = "mot-cua-web";
    static final String PASSWORD = "demo";

    record Province(String code, String name, String agency, String admin, String reception, String processing) {
    }

    /** One trường hợp of a procedure and its time limit in working days. */
    record Case(String code, String name, int workingDays) {
    }

    record Procedure(String code, String name, String field, String onlineMode, boolean fourOnTheSpot,
            List<Case> cases, long feeVnd, List<String> papers) {
    }

    record Dossier(int procedure, String caseVariant, String channel, int daysAgo, String applicant, boolean resolve) {
    }

    static final List<Province> PROVINCES = List.of(
            new Province("20", "Lạng Sơn", "SKHCN-20", "quantri.ls", "tiepnhan.ls", "xuly.ls"),
            new Province("04", "Cao Bằng", "SKHCN-04", "quantri.cb", "tiepnhan.cb", "xuly.cb"));

    /**
     * Procedures of a Sở Khoa học và Công nghệ. The national codes are those of the thin slice; names, cases,
     * durations, fees and field codes are illustrative, not a legal reference (domain.md §9: verify before calling
     * them real).
     */
    static final List<Procedure> PROCEDURES = List.of(
            new Procedure("1.004227", "Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng "
                    + "ngân sách nhà nước", "HDKHCN", "FULL", false,
                    List.of(new Case("CHUNG", "Chung", 10)), 0,
                    List.of("Phiếu đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ",
                            "Báo cáo tổng hợp kết quả thực hiện nhiệm vụ")),
            new Procedure("1.003845", "Cấp giấy phép tiến hành công việc bức xạ - sử dụng thiết bị X-quang chẩn "
                    + "đoán trong y tế", "ATBXHN", "PARTIAL", false,
                    List.of(new Case("MOI", "Cấp mới", 15), new Case("GIA_HAN", "Gia hạn", 10)), 2_000_000,
                    List.of("Đơn đề nghị cấp giấy phép", "Phiếu khai báo thiết bị X-quang",
                            "Chứng chỉ nhân viên bức xạ của người phụ trách an toàn")),
            new Procedure("1.001765", "Cấp giấy chứng nhận đăng ký hoạt động khoa học và công nghệ",
                    "HDKHCN", "FULL", false, List.of(new Case("CHUNG", "Chung", 5)), 0,
                    List.of("Đơn đăng ký hoạt động khoa học và công nghệ", "Điều lệ tổ chức")));

    /** The decision that published the demo catalogue (illustrative), in force before the demo dossiers' dates. */
    static final String DECISION_DATE = "2025-01-02";
    static final String EFFECTIVE_FROM = "2025-01-10";

    static final List<Dossier> DOSSIERS = List.of(
            new Dossier(0, null, "DIRECT_CENTRE", 12, "Nguyễn Văn An", true),
            new Dossier(1, "MOI", "ONLINE_PROVINCIAL_PORTAL", 8, "Trần Thị Bình", true),
            new Dossier(2, null, "POSTAL", 3, "Lê Văn Cường", false),
            new Dossier(0, null, "ONLINE_NATIONAL_PORTAL", 1, "Phạm Thị Dung", false),
            new Dossier(1, "GIA_HAN", "DIRECT_AGENCY", 0, "Hoàng Văn Em", false));

    private final String keycloakUrl;
    private final Ports ports;
    private final Map<String, String> tokens = new HashMap<>();

    DemoData(String keycloakUrl, Ports ports) {
        this.keycloakUrl = keycloakUrl;
        this.ports = ports;
    }

    /** Loads what the running services allow; true when everything is in place. */
    boolean load(Set<String> running) {
        if (!running.contains("catalog-service")) {
            Console.warn("demo data skipped: catalog-service is not running");
            return false;
        }
        boolean complete = running.contains("dossier-service");
        for (Province p : PROVINCES) {
            try {
                publishProcedures(p);
                if (running.contains("dossier-service")) {
                    fileDossiers(p);
                }
            } catch (IOException | IllegalStateException e) {
                Console.warn("demo data for " + p.name() + " incomplete: " + e.getMessage());
                complete = false;
            }
        }
        if (!running.contains("dossier-service")) {
            Console.warn("demo dossiers skipped: dossier-service is not running (they load on a later start)");
        }
        return complete;
    }

    private void publishProcedures(Province p) throws IOException {
        String base = Service.named(ports, "catalog-service").orElseThrow().url() + "/api/catalog/procedures";
        String token = token(p.admin());
        Map<String, JsonNode> existing = new HashMap<>();
        Http.Response list = expect(Http.get(base, token), "list procedures");
        list.json().forEach(n -> existing.put(n.path("code").asText(), n));
        int created = 0;
        for (Procedure proc : PROCEDURES) {
            JsonNode node = existing.get(proc.code());
            if (node == null) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("code", proc.code());
                body.put("terms", terms(proc, p));
                node = expect(Http.postJson(base, token, body, Map.of()), "draft " + proc.code()).json();
                created++;
            }
            if ("DRAFT".equals(node.path("status").asText())) {
                Map<String, Object> decision = new LinkedHashMap<>();
                decision.put("decision", Map.of("number", "1/QĐ-UBND", "date", DECISION_DATE,
                        "issuer", "Chủ tịch UBND tỉnh " + p.name()));
                decision.put("effectiveFrom", EFFECTIVE_FROM);
                expect(Http.postJson(base + "/" + node.path("id").asText() + "/publish", token, decision, Map.of()),
                        "publish " + proc.code());
            }
        }
        Console.info("demo catalogue of " + p.name() + ": " + created + " procedures created, "
                + PROCEDURES.size() + " published (as " + p.admin() + ")");
    }

    /** What the province published of {@code proc}: one-stop, by post both ways, with its cases and fee. */
    private static Map<String, Object> terms(Procedure proc, Province p) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("name", proc.name());
        t.put("fieldCode", p.agency() + "-" + proc.field());
        t.put("agencyCode", p.agency());
        t.put("issuingLevel", "CENTRAL");
        t.put("mechanism", "ONE_STOP");
        t.put("onlineMode", proc.onlineMode());
        t.put("postalReceipt", true);
        t.put("postalReturn", true);
        t.put("fourOnTheSpot", proc.fourOnTheSpot());
        t.put("fees", proc.feeVnd() == 0 ? List.of()
                : List.of(Map.of("description", "Phí thẩm định cấp giấy phép", "amountVnd", proc.feeVnd())));
        t.put("requiredPapers", proc.papers());
        t.put("caseVariants", proc.cases().stream().map(c -> Map.of("code", c.code(), "name", c.name(),
                "timeLimit", Map.of("value", c.workingDays(), "unit", "WORKING_DAYS"))).toList());
        t.put("steps", List.of(Map.of("unitCode", "MOT_CUA", "role", "reception-officer", "sharePercent", 10),
                Map.of("unitCode", "PHONG_CHUYEN_MON", "role", "processing-officer", "sharePercent", 70),
                Map.of("unitCode", "LANH_DAO_SO", "role", "agency-head", "sharePercent", 20)));
        return t;
    }

    private void fileDossiers(Province p) throws IOException {
        String base = Service.named(ports, "dossier-service").orElseThrow().url() + "/api/dossiers";
        List<String> toResolve = new ArrayList<>();
        for (int i = 0; i < DOSSIERS.size(); i++) {
            Dossier d = DOSSIERS.get(i);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("procedureCode", PROCEDURES.get(d.procedure()).code());
            body.put("channel", d.channel());
            if (d.caseVariant() != null) {
                body.put("caseVariant", d.caseVariant());
            }
            body.put("applicant", Map.of("name", d.applicant(),
                    "idNumber", String.format("0%s%09d", p.code(), 190000101 + i),
                    "phone", String.format("09%08d", 12345670 + i)));
            if (d.daysAgo() > 0) {
                body.put("receivedAt", Instant.now().minus(d.daysAgo(), ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.SECONDS).toString());
            }
            JsonNode created = submit(base, token(p.reception()), body, "demo-" + p.code() + "-" + (i + 1));
            if (d.resolve() && !"RESOLVED".equals(created.path("status").asText())) {
                toResolve.add(created.path("id").asText());
            }
        }
        for (String id : toResolve) {
            Http.Response r = Http.postJson(base + "/" + id + "/resolve", token(p.processing()), null, Map.of());
            if (r.status() != 409) {
                expect(r, "resolve dossier " + id);
            }
        }
        Console.info("demo dossiers of " + p.name() + ": " + DOSSIERS.size() + " received (as " + p.reception()
                + "), " + toResolve.size() + " resolved (as " + p.processing() + ")");
    }

    /**
     * The dossier service learns procedures from catalog events, so right after publishing it may not know them
     * yet; it says so with an unknown-procedure problem, and the call is retried.
     */
    private JsonNode submit(String url, String token, Map<String, Object> body, String idempotencyKey)
            throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            Http.Response r = Http.postJson(url, token, body, Map.of("Idempotency-Key", idempotencyKey));
            boolean replicaMissing = r.status() == 422
                    && r.json().path("type").asText().equals("urn:mot-cua:problem:unknown-procedure");
            if (!replicaMissing || Instant.now().isAfter(deadline)) {
                return expect(r, "submit dossier " + idempotencyKey).json();
            }
            Http.sleep(Duration.ofSeconds(1));
        }
    }

    String token(String username) throws IOException {
        String cached = tokens.get(username);
        if (cached != null) {
            return cached;
        }
        Http.Response r = Http.postForm(Keycloak.tokenUrl(keycloakUrl), Map.of("grant_type", "password",
                "client_id", CLIENT, "username", username, "password", PASSWORD));
        String token = Optional.of(expect(r, "token for " + username).json().path("access_token").asText())
                .filter(t -> !t.isEmpty())
                .orElseThrow(() -> new IllegalStateException("no access_token for " + username));
        tokens.put(username, token);
        return token;
    }

    private static Http.Response expect(Http.Response r, String what) {
        if (!r.ok()) {
            String body = r.body().length() > 300 ? r.body().substring(0, 300) + "..." : r.body();
            throw new IllegalStateException(what + ": HTTP " + r.status() + " " + body);
        }
        return r;
    }
}
