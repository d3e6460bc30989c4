package vn.motcua.e2e.load;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.motcua.e2e.Api;
import vn.motcua.e2e.ProcedureBodies;
import vn.motcua.e2e.Endpoints;

/**
 * Submits dossiers to the running platform (./mot-cua start) through the gateway and directly to
 * dossier-service, in the same run, and prints throughput and latency of both, their ratio, and how long the
 * quarterly report takes to count them. Then two lifecycles through the gateway, each dossier's calls one after
 * the other, timed as a whole: the desk receives, hands over to the unit QLCN, the processing officer resolves,
 * the desk returns at the counter; a portal submits online and the desk accepts (Decree 118/2025 Art. 17-22).
 * Closed loop: each client starts its next dossier when the previous one is answered. Loopback only; bounded by
 * --dossiers.
 *
 * <p>Usage: {@code ./mot-cua load [--dossiers=400] [--clients=8] [--warmup=50] [--port-base=N]}
 */
public final class LoadHarness {
    static final String USAGE = """
            ./mot-cua load [options]   the load harness, against a platform started with ./mot-cua start
              --dossiers=N    dossiers per path: intake direct to dossier-service and through the gateway, and
                              the two lifecycles through the gateway (400; 1-20000)
              --clients=N     concurrent clients, each sending its next dossier when answered (8; 1-64)
              --warmup=N      dossiers per path sent first and not measured (50; 0-5000)
              --port-base=N   the platform of ./mot-cua start --port-base=N (default: the default ports, 8080...)
              --help          this text""";

    private final Api api;
    private final int dossiers;
    private final int clients;
    private final int warmup;

    private LoadHarness(Endpoints endpoints, int dossiers, int clients, int warmup) {
        this.api = new Api(endpoints);
        this.dossiers = dossiers;
        this.clients = clients;
        this.warmup = warmup;
    }

    public static void main(String[] args) throws Exception {
        int dossiers = 400;
        int clients = 8;
        int warmup = 50;
        Endpoints endpoints = Endpoints.local();
        for (String a : args) {
            String[] kv = a.split("=", 2);
            if (kv[0].equals("--help")) {
                System.out.println(USAGE);
                return;
            }
            int v = kv.length == 2 && kv[1].matches("[0-9]{1,6}") ? Integer.parseInt(kv[1]) : -1;
            switch (kv[0]) {
                case "--dossiers" -> dossiers = bounded("--dossiers", v, 1, 20_000);
                case "--clients" -> clients = bounded("--clients", v, 1, 64);
                case "--warmup" -> warmup = bounded("--warmup", v, 0, 5_000);
                case "--port-base" -> endpoints = Endpoints.fromPortBase(bounded("--port-base", v, 1024, 65_000));
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
        }
        new LoadHarness(endpoints, dossiers, clients, warmup).run();
    }

    private void run() throws Exception {
        Endpoints e = api.endpoints();
        String admin = api.login("quantri.ls");
        String code = String.format("2.%06d", 900_000 + (int) (System.currentTimeMillis() / 1000 % 99_999));
        Api.Reply drafted = api.post(e.gateway() + "/api/catalog/procedures", admin,
                ProcedureBodies.draft(code, "Load harness procedure", "SKHCN-20", 10));
        String id = drafted.text("id");
        if (id == null) {
            throw new IllegalStateException("could not draft the harness's procedure (HTTP " + drafted.status() + " "
                    + drafted.body() + "): is ./mot-cua start running at " + e.gateway() + "?");
        }
        Api.Reply published = api.post(e.gateway() + "/api/catalog/procedures/" + id + "/publish", admin,
                ProcedureBodies.publication());
        if (published.status() != 200) {
            throw new IllegalStateException("could not publish the harness's procedure: HTTP " + published.status()
                    + " " + published.body());
        }
        // the running quarter as the province cuts it: the first period the reporting service lists
        String quarter = api.get(e.gateway() + "/api/reports/periods?kind=QUARTER&count=1", admin).json().path(0)
                .path("label").asText();
        String reportUrl = e.gateway() + "/api/reports/forms/II.06b?period=" + quarter;
        int reportBefore = receivedTotal(api.get(reportUrl, admin).json());

        String body = """
                {"procedureCode":"%s","channel":"DIRECT_CENTRE","applicant":{"name":"Tải thử"}}"""
                .formatted(code);
        int sent = awaitReplica(e.dossier() + "/api/dossiers", body);

        System.out.printf("%nmot-cua load harness: %d dossiers per path, %d concurrent clients, %d warm-up each%n",
                dossiers, clients, warmup);
        sent += phase(e.dossier() + "/api/dossiers", body, warmup).ok();
        sent += phase(e.gateway() + "/api/dossiers", body, warmup).ok();
        Result direct = phase(e.dossier() + "/api/dossiers", body, dossiers);
        Result gateway = phase(e.gateway() + "/api/dossiers", body, dossiers);
        sent += direct.ok() + gateway.ok();

        String online = """
                {"procedureCode":"%s","channel":"ONLINE_NATIONAL_PORTAL","applicant":{"name":"Tải thử"}}"""
                .formatted(code);
        Lifecycles lifecycles = new Lifecycles(api, e.gateway() + "/api/dossiers", body, online);
        sent += phase(warmup, lifecycles::deskToReturn).ok() + phase(warmup, lifecycles::portalToAcceptance).ok();
        Result deskToReturn = phase(dossiers, lifecycles::deskToReturn);
        Result portalToAcceptance = phase(dossiers, lifecycles::portalToAcceptance);
        sent += deskToReturn.ok() + portalToAcceptance.ok();
        long lastSubmit = System.nanoTime();

        System.out.printf("%-34s %12s %9s %9s %7s%n", "path", "dossiers/s", "p50 ms", "p99 ms", "errors");
        direct.print("intake direct :" + URI.create(e.dossier()).getPort());
        gateway.print("intake gateway :" + URI.create(e.gateway()).getPort());
        System.out.printf("gateway / direct: throughput x%.2f, p50 x%.2f, p99 x%.2f%n",
                gateway.throughput() / direct.throughput(), gateway.p50() / direct.p50(),
                gateway.p99() / direct.p99());
        deskToReturn.print("receive+hand over+resolve+return");
        portalToAcceptance.print("portal submit+desk accept");
        System.out.println("(a lifecycle's latency is its calls in a row, through the gateway: 4 and 2 calls)");
        if (lifecycles.firstError() != null) {
            System.out.println("first lifecycle error: " + lifecycles.firstError());
        }

        int expected = reportBefore + sent;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        int counted;
        do {
            counted = receivedTotal(api.get(reportUrl, api.login("quantri.ls")).json());
            if (counted >= expected) {
                break;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        System.out.printf("report counted %d of %d new dossiers %.2f s after the last submission%n%n",
                counted - reportBefore, sent, (System.nanoTime() - lastSubmit) / 1e9);
    }

    private int awaitReplica(String url, String body) throws InterruptedException {
        String token = api.login("tiepnhan.ls");
        for (int i = 0; i < 100; i++) {
            if (api.post(url, token, body, Map.of("Idempotency-Key", UUID.randomUUID().toString())).status() == 201) {
                return 1;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("dossier-service never learnt the harness's procedure");
    }

    private Result phase(String url, String body, int count) throws Exception {
        String token = api.login("tiepnhan.ls");
        return phase(count, () -> api.post(url, token, body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).status() == 201);
    }

    /** {@code count} runs of {@code task} by the clients, each timed; a task answers whether it succeeded. */
    private Result phase(int count, Callable<Boolean> task) throws Exception {
        if (count == 0) {
            return new Result(List.of(), 0, 0);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(count));
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit((Callable<Void>) () -> {
                    while (next.getAndIncrement() < count) {
                        long t0 = System.nanoTime();
                        boolean ok = task.call();
                        latencies.add(System.nanoTime() - t0);
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        }
        return new Result(latencies, System.nanoTime() - start, errors.get());
    }

    private record Result(List<Long> latencies, long elapsedNanos, int errors) {
        int ok() {
            return latencies.size() - errors;
        }

        double throughput() {
            return latencies.size() / (elapsedNanos / 1e9);
        }

        double p50() {
            return percentile(0.50);
        }

        double p99() {
            return percentile(0.99);
        }

        private double percentile(double p) {
            List<Long> sorted = latencies.stream().sorted().toList();
            return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
        }

        void print(String name) {
            System.out.printf("%-34s %12.1f %9.1f %9.1f %7d%n", name, throughput(), p50(), p99(), errors);
        }
    }

    /** Column (3) of form II.06b's TOTAL row: dossiers received in the quarter and carried over into it. */
    private static int receivedTotal(com.fasterxml.jackson.databind.JsonNode form) {
        for (com.fasterxml.jackson.databind.JsonNode row : form.path("rows")) {
            if (row.path("key").asText().equals("TOTAL")) {
                return row.at("/cells/received.total/computed").asInt();
            }
        }
        throw new IllegalStateException("form II.06b without a TOTAL row: " + form);
    }

    private static int bounded(String name, int v, int min, int max) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max);
        }
        return v;
    }
}
