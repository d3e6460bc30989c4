package vn.motcua.testing.fuzz;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;
import vn.motcua.testing.Tokens;

/**
 * Drives every operation of a running service's OpenAPI document with generated bad input, once with a token
 * of a role the operation allows and once without a token, and records what no answer may be:
 * <ul>
 * <li>a 5xx, or no answer at all;</li>
 * <li>an error that is not {@code application/problem+json};</li>
 * <li>a refused request that stored something (row counts of the service's tables before and after).</li>
 * </ul>
 * Deterministic for a seed: first every single change of {@link BadInputs#all()} per operation, then random
 * combinations, until the request or time budget is spent.
 */
public final class Fuzzer {
    private final RawHttp http;
    private final String service;
    private long seed = 11;
    /** What the services' FuzzTests send: thousands of requests, within about 90 s with the service's start. */
    private int maxRequests = 4000;
    private Duration timeBudget = Duration.ofSeconds(45);
    private String province = "20";
    private Supplier<Map<String, Long>> rows = Map::of;
    private final Map<List<String>, String> tokens = new HashMap<>();

    private Fuzzer(String service, String host, int port) {
        this.service = service;
        this.http = new RawHttp(host, port, 30_000);
    }

    public static Fuzzer of(String service, int port) {
        return new Fuzzer(service, "localhost", port);
    }

    public Fuzzer seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Stop after this many requests or this long, whichever comes first. */
    public Fuzzer budget(int maxRequests, Duration timeBudget) {
        this.maxRequests = maxRequests;
        this.timeBudget = timeBudget;
        return this;
    }

    public Fuzzer province(String province) {
        this.province = province;
        return this;
    }

    /** How to count the rows a refused request must not have added, e.g. {@link TableRows}. */
    public Fuzzer rows(Supplier<Map<String, Long>> rows) {
        this.rows = rows;
        return this;
    }

    /** The document the service serves at {@code /q/openapi?format=json}. */
    public List<ApiOperation> operations() {
        RawHttp.Answer answer = http.send("GET", "/q/openapi?format=json", List.of("Accept: application/json"),
                null);
        if (answer.status() != 200) {
            throw new IllegalStateException("no OpenAPI document: " + answer.status() + " " + answer.text());
        }
        return ApiOperation.parse(answer.text());
    }

    public FuzzReport run() {
        FuzzReport report = new FuzzReport(service);
        Random random = new Random(seed);
        long started = System.nanoTime();
        long deadline = started + timeBudget.toNanos();
        List<ApiOperation> operations = operations();
        Map<ApiOperation, List<FuzzRequest>> singles = new java.util.LinkedHashMap<>();
        Map<ApiOperation, BadInputs> inputs = new HashMap<>();
        for (ApiOperation operation : operations) {
            BadInputs bad = new BadInputs(operation, random);
            inputs.put(operation, bad);
            singles.put(operation, bad.all());
        }
        // single changes first, operations interleaved so a small budget still reaches each operation
        int longest = singles.values().stream().mapToInt(List::size).max().orElse(0);
        outer:
        for (int i = 0; i < longest; i++) {
            for (ApiOperation operation : operations) {
                List<FuzzRequest> list = singles.get(operation);
                if (i < list.size()) {
                    if (spent(report, deadline)) {
                        break outer;
                    }
                    exchange(operation, list.get(i), report);
                }
            }
        }
        while (!operations.isEmpty() && !spent(report, deadline)) {
            ApiOperation operation = operations.get(random.nextInt(operations.size()));
            exchange(operation, inputs.get(operation).random(singles.get(operation)), report);
        }
        report.finish(Duration.ofNanos(System.nanoTime() - started).toMillis());
        return report;
    }

    private boolean spent(FuzzReport report, long deadline) {
        return report.requests() >= maxRequests || System.nanoTime() > deadline;
    }

    private void exchange(ApiOperation operation, FuzzRequest request, FuzzReport report) {
        boolean checkRows = operation.mutates();
        Map<String, Long> before = checkRows ? rows.get() : Map.of();
        RawHttp.Answer answer = http.send(request.method(), request.target(),
                request.withHeader("Authorization: Bearer " + token(operation.roles())).headers(), request.body());
        report.count(answer.status());
        check(request, true, answer, report);
        if (checkRows && (answer.status() < 200 || answer.status() >= 300)) {
            Map<String, Long> after = rows.get();
            if (!Objects.equals(before, after)) {
                report.add(new FuzzReport.Finding("refused but stored: rows " + before + " -> " + after, request,
                        true, answer));
            }
        }
        RawHttp.Answer anonymous = http.send(request.method(), request.target(), request.headers(), request.body());
        report.count(anonymous.status());
        check(request, false, anonymous, report);
    }

    private static void check(FuzzRequest request, boolean withToken, RawHttp.Answer answer, FuzzReport report) {
        if (answer.status() <= 0) {
            report.add(new FuzzReport.Finding(answer.status() == 0 ? "no answer (connection closed)" : "no answer"
                    + " within 30 s", request, withToken, answer));
        } else if (answer.status() >= 500) {
            report.add(new FuzzReport.Finding("server error", request, withToken, answer));
        } else if (answer.status() >= 300 && !answer.contentType().startsWith("application/problem+json")) {
            report.add(new FuzzReport.Finding("error that is not problem+json", request, withToken, answer));
        } else if (answer.status() >= 400 && answer.text().contains("\tat ")) {
            report.add(new FuzzReport.Finding("stack trace in the answer", request, withToken, answer));
        }
    }

    /** A token holding the roles the operation allows (every role when the document names none). */
    private String token(List<String> roles) {
        List<String> granted = roles.isEmpty() ? List.of("province-admin", "reception-officer",
                "processing-officer", "unit-lead", "agency-head", "portal", "national-auditor") : roles;
        return tokens.computeIfAbsent(granted, r -> Tokens.user("fuzz-" + String.join("-", r))
                .roles(r.toArray(String[]::new)).province(province).agency("SKHCN-" + province).sign());
    }
}
