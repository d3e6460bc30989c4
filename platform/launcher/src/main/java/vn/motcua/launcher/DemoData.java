package vn.motcua.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Demo data of two provinces, loaded through the services' own APIs as the demo users, so it goes through the
 * same rules, events and replicas as real data: each province's organisation (agencies, units, fields) and its
 * catalogue (an import of the CSV file), both from {@code catalog-service/src/main/resources/demo/} (its README
 * says what is real and what is illustrative), then a few dossiers and a quarter of history through the dossier
 * import ({@link DemoQuarter}). Safe to run twice: the register answers 409 for what it has, a second import
 * reports every procedure and every historical dossier unchanged, and dossiers carry fixed idempotency keys.
 */
final class DemoData {
    static final String CLIENT = "mot-cua-web";
    static final String PASSWORD = "demo";

    /**
     * A demo province and its demo logins (deploy/keycloak/mot-cua-realm.json): the desk, the processing officer and
     * the lead of the unit QLCN, the agency head of the Sở, and the province's portal (client credentials).
     */
    record Province(String code, String name, String admin, String reception, String processing, String unitLead,
            String agencyHead, String portal) {

        String portalSecret() {
            return portal + "-secret";
        }

        String organisationFile() {
            return "organisation-" + code + ".json";
        }

        String catalogueFile() {
            return "catalogue-" + code + ".csv";
        }

        /** Dossiers of the demo quarter: about Lạng Sơn's 489 of Q2 2022; Cao Bằng, a smaller province, fewer. */
        int quarterSize() {
            return code.equals("20") ? 480 : 200;
        }
    }

    /**
     * A dossier of a procedure of the demo catalogue; {@code caseVariant} names the trường hợp when the procedure
     * has several (the desk must say which), and is null when it has one.
     */
    record Dossier(String procedure, String caseVariant, String channel, int daysAgo, String applicant,
            Story story) {
    }

    /** What happens to a demo dossier after its intake, so the demo shows each part of the lifecycle. */
    enum Story {
        /** Received at the desk, handed over to the unit QLCN, resolved, returned at the desk. */
        RETURNED_AT_DESK,
        /** Arrived by post, accepted by the desk, handed over, a supplement asked and received (the clock restarts). */
        SUPPLEMENTED,
        /** Submitted online by the portal, waiting for the desk to accept it (8 working hours, Art. 17 cl. 2). */
        AWAITING_ACCEPTANCE,
        /** Received at the desk, handed over, its date moved once by the agency head's apology (Art. 19 cl. 6). */
        EXTENDED,
        /** Just received at the department's desk. */
        FRESH
    }

    static final List<Province> PROVINCES = List.of(
            new Province("20", "Lạng Sơn", "quantri.ls", "tiepnhan.ls", "xuly.ls", "truongphong.ls", "lanhdao.ls",
                    "portal-20"),
            new Province("04", "Cao Bằng", "quantri.cb", "tiepnhan.cb", "xuly.cb", "truongphong.cb", "lanhdao.cb",
                    "portal-04"));

    /**
     * Procedures and cases of both catalogue files ({@code DemoDataTest} checks them against the files), one per
     * {@link Story}; those handed over are the Sở's (its unit QLCN), the online one the Chi cục's.
     */
    static final List<Dossier> DOSSIERS = List.of(
            new Dossier("1.004227", null, "DIRECT_CENTRE", 12, "Nguyễn Văn An", Story.RETURNED_AT_DESK),
            new Dossier("1.001765", "THAY_DOI", "POSTAL", 3, "Lê Văn Cường", Story.SUPPLEMENTED),
            new Dossier("1.900106", null, "ONLINE_NATIONAL_PORTAL", 0, "Phạm Thị Dung", Story.AWAITING_ACCEPTANCE),
            new Dossier("1.003845", "MOI", "DIRECT_CENTRE", 8, "Trần Thị Bình", Story.EXTENDED),
            new Dossier("1.900109", "MOI", "DIRECT_AGENCY", 0, "Hoàng Văn Em", Story.FRESH));

    /** The unit of the Sở that appraises the demo dossiers (organisation-<p>.json; the demo logins' unit). */
    static final String UNIT = "QLCN";

    private final String keycloakUrl;
    private final Ports ports;
    private final RepoLayout repo;
    private final Map<String, String> tokens = new HashMap<>();

    DemoData(String keycloakUrl, Ports ports, RepoLayout repo) {
        this.keycloakUrl = keycloakUrl;
        this.ports = ports;
        this.repo = repo;
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
                registerOrganisation(p);
                importCatalogue(p);
                if (running.contains("dossier-service")) {
                    fileDossiers(p);
                    importQuarter(p);
                }
            } catch (IOException | IllegalStateException e) {
                Console.error("demo data of " + p.name() + " incomplete: " + e.getMessage());
                complete = false;
            }
        }
        if (!running.contains("dossier-service")) {
            Console.warn("demo dossiers skipped: dossier-service is not running (they load on a later start)");
        }
        if (running.contains("reporting-service")) {
            try {
                enterPlanTargets();
            } catch (IOException | IllegalStateException e) {
                Console.error("demo plan targets incomplete: " + e.getMessage());
                complete = false;
            }
        }
        return complete;
    }

    /**
     * Lạng Sơn's demo plan targets ({@link DemoTargets}) for the year of the demo quarter and the current year, as
     * its admin.
     */
    private void enterPlanTargets() throws IOException {
        Province p = PROVINCES.stream().filter(x -> x.code().equals(DemoTargets.PROVINCE)).findFirst().orElseThrow();
        LocalDate today = LocalDate.now(DemoQuarter.VIETNAM);
        for (int year : new java.util.TreeSet<>(List.of(DemoQuarter.Quarter.lastCompletedBefore(today).year(),
                today.getYear()))) {
            String url = Service.named(ports, "reporting-service").orElseThrow().url() + "/api/reports/targets/"
                    + year;
            JsonNode answer = expect(Http.putJson(url, token(p.admin()), DemoTargets.body()),
                    "plan targets " + year).json();
            Console.info("demo plan targets of " + p.name() + " " + year + ": " + answer.path("targets").size()
                    + " in force (" + DemoTargets.SOURCE + ", as " + p.admin() + ")");
        }
    }

    /** The province's agencies, units and fields; 409 is what the register says of one it already has. */
    private void registerOrganisation(Province p) throws IOException {
        String base = catalogue();
        String token = token(p.admin());
        Map<String, Integer> registered = new LinkedHashMap<>(Map.of("agencies", 0, "units", 0, "fields", 0));
        int known = 0;
        for (DemoOrganisation.Call call : DemoOrganisation.calls(repo.catalogueDemo(p.organisationFile()))) {
            Http.Response r = Http.postJson(base + call.path(), token, call.body(), Map.of());
            if (r.status() == 409) {
                known++;
            } else {
                expect(r, "register " + call.path() + " " + call.body().path("code").asText());
                registered.merge(call.path().substring(call.path().lastIndexOf('/') + 1), 1, Integer::sum);
            }
        }
        Console.info("demo organisation of " + p.name() + " (" + p.organisationFile() + "): registered "
                + registered.get("agencies") + " agencies, " + registered.get("units") + " units, "
                + registered.get("fields") + " fields; " + known + " already there (as " + p.admin() + ")");
    }

    /** The province's catalogue through the import, as an admin uploads the spreadsheet; any rejected row fails. */
    private void importCatalogue(Province p) throws IOException {
        String csv = Files.readString(repo.catalogueDemo(p.catalogueFile()), StandardCharsets.UTF_8);
        JsonNode report = expect(Http.postCsv(catalogue() + "/api/catalog/imports/csv", token(p.admin()), csv),
                "import " + p.catalogueFile()).json();
        Console.info("demo catalogue of " + p.name() + " (" + p.catalogueFile() + "): "
                + report.path("created").asInt() + " procedures created, " + report.path("amended").asInt()
                + " amended, " + report.path("unchanged").asInt() + " unchanged, " + report.path("rejected").asInt()
                + " rejected (as " + p.admin() + ")");
        if (report.path("rejected").asInt() > 0) {
            throw new IllegalStateException(p.catalogueFile() + " has rejected rows: " + rejections(report));
        }
    }

    /** "line 3 (1.003845): agencyCode is not an agency of your province; ..." for each rejected row. */
    static String rejections(JsonNode report) {
        List<String> rows = new ArrayList<>();
        for (JsonNode row : report.path("rows")) {
            if (!"REJECTED".equals(row.path("outcome").asText())) {
                continue;
            }
            List<String> errors = new ArrayList<>();
            row.path("errors").forEach(e -> errors.add(e.path("field").asText() + " " + e.path("message").asText()));
            rows.add("line " + row.path("row").asText() + " (" + row.path("code").asText("?") + "): "
                    + String.join(", ", errors));
        }
        return String.join("; ", rows);
    }

    private String catalogue() {
        return Service.named(ports, "catalog-service").orElseThrow().url();
    }

    private void fileDossiers(Province p) throws IOException {
        String base = Service.named(ports, "dossier-service").orElseThrow().url() + "/api/dossiers";
        int received = 0;
        List<String> done = new ArrayList<>();
        for (int i = 0; i < DOSSIERS.size(); i++) {
            Dossier d = DOSSIERS.get(i);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("procedureCode", d.procedure());
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
            String submitter = d.story() == Story.AWAITING_ACCEPTANCE
                    ? clientToken(p.portal(), p.portalSecret()) : token(p.reception());
            Optional<Http.Response> answer = submit(base, submitter, body, "demo-" + p.code() + "-" + (i + 1));
            if (answer.isEmpty()) {
                continue;
            }
            // 201 a new dossier; 200 the one an earlier start received with this very body
            received += answer.get().status() == 201 ? 1 : 0;
            JsonNode dossier = answer.get().json();
            String url = base + "/" + dossier.path("id").asText();
            DemoStory story = new DemoStory(url, dossier.path("status").asText());
            switch (d.story()) {
                case RETURNED_AT_DESK -> {
                    story.step("RECEIVED", "hand-over", token(p.reception()), Map.of("toUnit", UNIT));
                    story.step("IN_APPRAISAL", "resolve", token(p.processing()), Map.of("outcome", "APPROVED",
                            "resultReference", p.code() + "/GP-SKHCN"));
                    story.step("RESOLVED", "return", token(p.reception()), Map.of("method", "DESK"));
                }
                case SUPPLEMENTED -> {
                    story.step("SUBMITTED", "accept", token(p.reception()), null);
                    story.step("RECEIVED", "hand-over", token(p.reception()), Map.of("toUnit", UNIT));
                    if (dossier.path("supplement").isMissingNode() || dossier.path("supplement").isNull()) {
                        story.step("IN_APPRAISAL", "request-supplement", token(p.processing()), Map.of(
                                "reason", "Thiếu bản sao giấy chứng nhận đăng ký", "papers", "Bản sao chứng thực"));
                    }
                    story.step("SUPPLEMENT_REQUESTED", "supplement", token(p.reception()), null);
                }
                case EXTENDED -> {
                    story.step("RECEIVED", "hand-over", token(p.reception()), Map.of("toUnit", UNIT));
                    if (dossier.path("extension").isMissingNode() || dossier.path("extension").isNull()) {
                        story.apology(token(p.agencyHead()), "Nguyễn Văn Hùng, Giám đốc Sở");
                    }
                }
                case AWAITING_ACCEPTANCE, FRESH -> {
                }
            }
            done.add(d.story() + " " + story.status());
        }
        Console.info("demo dossiers of " + p.name() + ": " + received + " new, " + (DOSSIERS.size() - received)
                + " from an earlier start; " + String.join(", ", done));
    }

    /**
     * The last completed quarter's history (DemoQuarter) through the migration import, as the province admin. The
     * dossier service learns the catalogue from its events, so right after the catalogue import some rows may name
     * a procedure it does not know yet: the file is sent again (what it created is then unchanged) until none does.
     */
    private void importQuarter(Province p) throws IOException {
        DemoQuarter.Quarter quarter = DemoQuarter.Quarter.lastCompletedBefore(LocalDate.now(DemoQuarter.VIETNAM));
        List<DemoQuarter.Case> cases = DemoQuarter.cases(Files.readString(repo.catalogueDemo(p.catalogueFile()),
                StandardCharsets.UTF_8));
        String csv = DemoQuarter.csv(DemoQuarter.generate(p.code(), quarter, p.quarterSize(), cases));
        String url = Service.named(ports, "dossier-service").orElseThrow().url() + "/api/dossiers/imports";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        int createdBefore = 0;
        while (true) {
            JsonNode report = expect(Http.postCsv(url, token(p.admin()), csv), "import demo quarter " + quarter).json();
            List<String> rejected = new ArrayList<>();
            boolean replicaMissing = false;
            for (JsonNode r : report.path("rejected")) {
                replicaMissing |= r.path("field").asText().equals("procedureCode");
                rejected.add("line " + r.path("line").asText() + " (" + r.path("sourceId").asText("?") + "): "
                        + r.path("field").asText() + " " + r.path("reason").asText());
            }
            if (replicaMissing && Instant.now().isBefore(deadline)) {
                createdBefore += report.path("created").asInt();
                Http.sleep(Duration.ofSeconds(2));
                continue;
            }
            // what an earlier pass created, this one reports unchanged
            Console.info("demo quarter " + quarter + " of " + p.name() + " (migration import, as " + p.admin() + "): "
                    + (createdBefore + report.path("created").asInt()) + " dossiers created, "
                    + (report.path("unchanged").asInt() - createdBefore) + " unchanged, " + rejected.size()
                    + " refusals");
            if (!rejected.isEmpty()) {
                throw new IllegalStateException("demo quarter " + quarter + " has rejected rows: "
                        + String.join("; ", rejected.subList(0, Math.min(5, rejected.size()))));
            }
            return;
        }
    }

    /**
     * The dossier, or empty when an earlier start received it under this key: its reception date was counted back
     * from that day, so today's body differs and the service says the key is taken (409), which is what a demo key
     * can only mean. The dossier service learns procedures from catalog events, so right after the import it may
     * not know them yet; it says so with an unknown-procedure problem, and the call is retried.
     */
    private Optional<Http.Response> submit(String url, String token, Map<String, Object> body, String idempotencyKey)
            throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            Http.Response r = Http.postJson(url, token, body, Map.of("Idempotency-Key", idempotencyKey));
            if (r.status() == 409 && problem(r, "idempotency-key-reused")) {
                return Optional.empty();
            }
            boolean replicaMissing = r.status() == 422 && problem(r, "unknown-procedure");
            if (!replicaMissing || Instant.now().isAfter(deadline)) {
                return Optional.of(expect(r, "submit dossier " + idempotencyKey));
            }
            Http.sleep(Duration.ofSeconds(1));
        }
    }

    private static boolean problem(Http.Response r, String type) {
        return r.json().path("type").asText().equals("urn:mot-cua:problem:" + type);
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

    /** A portal's machine token (client credentials). */
    String clientToken(String clientId, String secret) throws IOException {
        String cached = tokens.get(clientId);
        if (cached != null) {
            return cached;
        }
        Http.Response r = Http.postForm(Keycloak.tokenUrl(keycloakUrl), Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", secret));
        String token = Optional.of(expect(r, "token for " + clientId).json().path("access_token").asText())
                .filter(t -> !t.isEmpty())
                .orElseThrow(() -> new IllegalStateException("no access_token for " + clientId));
        tokens.put(clientId, token);
        return token;
    }

    static Http.Response expect(Http.Response r, String what) {
        if (!r.ok()) {
            String body = r.body().length() > 300 ? r.body().substring(0, 300) + "..." : r.body();
            throw new IllegalStateException(what + ": HTTP " + r.status() + " " + body);
        }
        return r;
    }
}
