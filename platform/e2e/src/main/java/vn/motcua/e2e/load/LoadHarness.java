package vn.motcua.e2e.load;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import vn.motcua.e2e.Api;
import vn.motcua.e2e.Endpoints;

/**
 * Issue 17's benchmark, against a running platform ({@code ./mot-cua start}), in one run on one machine: first the
 * references (the raw "dossier + outbox" PostgreSQL transaction on the platform's own server and durability, raw
 * Kafka produce and consume on its broker), then the platform (intake direct to dossier-service and through the
 * gateway, the two full lifecycles, with the event freshness of their resolutions, a dossier read, the officer
 * worklist and form II.06b, each direct and through the gateway, and a read-model rebuild), each printed beside its
 * reference as a ratio, and a final table against the targets. Every phase runs with the same closed-loop
 * concurrency, after its own warm-up for the JIT. Absolute figures depend on the machine and on what else runs on
 * it; only the ratios, measured in the same run, are meant to be compared across runs.
 *
 * <p>Usage: {@link LoadOptions#USAGE}.
 */
public final class LoadHarness {
    private static final String RAW_TX = "raw tx";
    /** Rounds of a direct-and-gateway phase (direct, gateway, gateway, direct, ...). */
    private static final int ROUNDS = 4;
    /**
     * A province-quarter's form costs ten dossier reads or more (150 ms to seconds here, under load): its phases are
     * a tenth as long, so that a slow form does not make the run last a quarter of an hour.
     */
    private static final int FORM_DIVISOR = 10;

    private final LoadOptions options;
    private final Api api;
    private final Endpoints e;
    private final ClosedLoop loop;
    private final Databases databases;
    private final CpuSampler cpu;
    private final List<Verdict> verdicts = new ArrayList<>();

    private LoadHarness(LoadOptions options) {
        this.options = options;
        this.e = options.endpoints();
        this.api = new Api(e);
        this.loop = new ClosedLoop(options.clients());
        this.databases = new Databases(options.postgresPort(), options.postgresUser(), options.postgresPassword());
        this.cpu = CpuSampler.ofLauncher(Path.of(options.stateDir()));
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException refused) {
            System.err.println(refused.getMessage());
            System.exit(2);
            return;
        }
        if (options == null) {
            System.out.println(LoadOptions.USAGE);
            return;
        }
        new LoadHarness(options).run();
    }

    private void run() throws Exception {
        String code = HarnessProcedure.publish(api);
        if (options.scaleOut()) {
            System.out.printf(Locale.ROOT, "%nmot-cua scale-out %s on %d cores; %d concurrent clients (closed loop),"
                    + " %d warm-up requests before each round, %d dossiers measured per phase%n",
                    Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
                    options.clients(), options.warmup(), options.dossiers());
            new ScaleOut(options, api, loop, databases).run(code);
            System.out.println();
            return;
        }
        System.out.printf(Locale.ROOT, "%nmot-cua benchmark %s on %d cores (%s %s, JDK %s)%s%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
                options.quick() ? ", --quick" : "");
        System.out.printf(Locale.ROOT, "%d concurrent clients (closed loop) in every phase; %d warm-up requests before"
                + " each; %d measured per write phase, %d per read phase%n", options.clients(), options.warmup(),
                options.dossiers(), options.reads());

        System.out.println("\nreferences");
        System.out.println(Measurement.header());
        Measurement rawTx = rawTransaction();
        rawKafka();

        System.out.println("\nplatform: writes");
        List<String> ids = intake(code, rawTx);
        lifecycles(code, rawTx);
        System.out.println("\nplatform: reads (direct to the service, then through the gateway)");
        reads(ids);
        rebuild();

        System.out.println("\nissue 17's targets, this run");
        verdicts.forEach(v -> System.out.println(v.line()));
        System.out.println();
    }

    /** Intake direct and through the gateway; the dossiers it created, for the reads. */
    private List<String> intake(String code, Measurement rawTx) throws Exception {
        Queue<String> ids = new ConcurrentLinkedQueue<>();
        String desk = api.login("tiepnhan.ls");
        String body = HarnessProcedure.deskBody(code);
        Pair intake = directThenGateway("intake", "dossiers", e.dossier(), options.warmup(), options.dossiers(),
                base -> () -> {
                    Api.Reply r = api.post(base + "/api/dossiers", desk, body,
                            Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                    if (r.status() == 201) {
                        ids.add(r.text("id"));
                    }
                    return r.status() == 201;
                });
        Measurement direct = intake.direct();
        Measurement gateway = intake.gateway();
        print(direct, direct.perSecond() / rawTx.perSecond(), RAW_TX);
        System.out.printf(Locale.ROOT, "%s  = %s of %s, %s of direct%n", gateway.line(),
                Verdict.percent(gateway.perSecond() / rawTx.perSecond()), RAW_TX,
                Verdict.percent(gateway.perSecond() / direct.perSecond()));
        // what bounds intake on this machine: the consumers' and the database's share beside dossier-service's
        System.out.println("    (through the gateway, " + intake.gatewayCpu().perOperation(gateway.operations(),
                "dossier") + ")");
        verdicts.add(Verdict.ratioWithinP99("intake gateway / raw tx", gateway.perSecond(), rawTx.perSecond(), 0.15,
                gateway.p99(), 50));
        verdicts.add(Verdict.ratio("intake gateway / direct", gateway.perSecond(), direct.perSecond(), 0.85));
        return List.copyOf(ids);
    }

    private void reads(List<String> ids) throws Exception {
        AtomicInteger next = new AtomicInteger();
        reads("dossier read", "GET /api/dossiers/{id} as tiepnhan.ls, the dossiers intake created, in turn",
                api.login("tiepnhan.ls"), e.dossier(), 1,
                base -> base + "/api/dossiers/" + ids.get(Math.floorMod(next.getAndIncrement(), ids.size())));
        reads("worklist", "GET /api/worklist as xuly.ls: the processing officer's default view, first page of 50",
                api.login("xuly.ls"), e.dossier(), 1, base -> base + "/api/worklist");
        String admin = api.login("quantri.ls");
        String quarter = api.get(e.gateway() + "/api/reports/periods?kind=QUARTER&count=1", admin).json().path(0)
                .path("label").asText();
        reads("form II.06b", "GET /api/reports/forms/II.06b?period=" + quarter
                + " as quantri.ls; a tenth of --reads and --warmup: a form costs ten reads or more", admin,
                e.reporting(), FORM_DIVISOR,
                base -> base + "/api/reports/forms/II.06b?period=" + quarter);
    }

    private void rebuild() throws Exception {
        System.out.println("\nplatform: read-model rebuild (reporting-service, POST /q/rebuild on " + e.reporting()
                + ")");
        Rebuild.Rates rebuild = Rebuild.of(e.reporting());
        System.out.printf(Locale.ROOT, "%-44s %10.0f events/s over %d events; the service's raw consumer of the same"
                + " topics: %.0f events/s (%s)%n", "rebuild reporting", rebuild.replay(), rebuild.events(),
                rebuild.rawConsumer(), Verdict.percent(rebuild.ratio()));
        verdicts.add(Verdict.ratio("rebuild / raw consumer", rebuild.replay(), rebuild.rawConsumer(), 0.50));
    }

    private Measurement rawTransaction() throws Exception {
        try (RawTransactions raw = new RawTransactions(databases, options.clients())) {
            loop.warm(options.warmup(), raw::transaction);
            Measurement m = loop.run("raw tx: dossier + outbox row, PostgreSQL", "tx", options.dossiers(),
                    raw::transaction);
            System.out.println(m.line());
            System.out.println("    (scratch database " + RawTransactions.SCRATCH_DATABASE
                    + " on the platform's server,"
                    + " one connection per client; server settings: " + raw.durability() + ")");
            return m;
        }
    }

    private void rawKafka() throws Exception {
        int bytes = databases.dossierEventBytes();
        int records = Math.max(1_000, 10 * options.dossiers());
        try (RawKafka kafka = new RawKafka(options.kafkaPort())) {
            kafka.produce("warm-up", Math.max(options.warmup(), 1), bytes, 500);
            System.out.println(kafka.produce("raw Kafka produce, acks=all", records, bytes, 500).line());
            int all = records + Math.max(options.warmup(), 1);
            System.out.println(kafka.consume("raw Kafka consume (from the start)", all).line());
            System.out.printf(Locale.ROOT, "    (%d-byte records, the mean of dossier-service's outbox events; one"
                    + " producer as the outbox relay's, <= 500 unacknowledged, its batch; latency = send to ack)%n",
                    bytes);
        }
    }

    /**
     * Direct and through the gateway, same task: both warmed first, then measured in {@link #ROUNDS} rounds in the
     * order direct, gateway, gateway, direct, ..., so that what drifts during the phase (the JIT, the consumers
     * catching up with the warm-up's events, other processes on the machine) weighs on both alike.
     */
    private Pair directThenGateway(String what, String unit, String service, int warmup, int count,
            Function<String, Callable<Boolean>> task) throws Exception {
        Callable<Boolean> direct = task.apply(service);
        Callable<Boolean> gateway = task.apply(e.gateway());
        loop.warm(warmup, direct);
        loop.warm(warmup, gateway);
        String directName = what + " direct :" + port(service);
        String gatewayName = what + " gateway :" + port(e.gateway());
        Measurement d = null;
        Measurement g = null;
        CpuSampler.Usage gatewayCpu = new CpuSampler.Usage();
        for (int r = 0; r < ROUNDS; r++) {
            int n = count / ROUNDS + (r < count % ROUNDS ? 1 : 0);
            if (n == 0) {
                continue;
            }
            boolean directFirst = r % 2 == 0;
            Measurement dr;
            Measurement gr;
            if (directFirst) {
                dr = loop.run(directName, unit, n, direct);
                gr = measured(gatewayName, unit, n, gateway, gatewayCpu);
            } else {
                gr = measured(gatewayName, unit, n, gateway, gatewayCpu);
                dr = loop.run(directName, unit, n, direct);
            }
            d = d == null ? dr : d.plus(dr);
            g = g == null ? gr : g.plus(gr);
        }
        return new Pair(d, g, gatewayCpu);
    }

    /** A round, with the CPU each process spent during it added to {@code usage}. */
    private Measurement measured(String name, String unit, int n, Callable<Boolean> task, CpuSampler.Usage usage)
            throws Exception {
        CpuSampler.Snapshot before = cpu.take();
        Measurement m = loop.run(name, unit, n, task);
        usage.add(before, cpu.take());
        return m;
    }

    /** @param gatewayCpu what each process spent during the rounds through the gateway */
    private record Pair(Measurement direct, Measurement gateway, CpuSampler.Usage gatewayCpu) {
    }

    private void lifecycles(String code, Measurement rawTx) throws Exception {
        Lifecycles lifecycles = new Lifecycles(api, e.gateway() + "/api/dossiers", HarnessProcedure.deskBody(code),
                HarnessProcedure.onlineBody(code));
        int warmup = Math.max(1, options.warmup() / 4);
        loop.warm(warmup, lifecycles::deskToReturn);
        loop.warm(warmup, lifecycles::onlineToReturn);
        Measurement desk;
        Measurement online;
        Freshness.Result freshness;
        try (Freshness probe = new Freshness(databases)) {
            lifecycles.onResolved(probe::resolved);
            desk = loop.run("receive>hand over>resolve>return (4 calls)", "dossiers", options.dossiers(),
                    lifecycles::deskToReturn);
            online = loop.run("submit>accept>hand over>resolve>return (5)", "dossiers", options.dossiers(),
                    lifecycles::onlineToReturn);
            lifecycles.onResolved(id -> { });
            freshness = probe.await(Duration.ofMinutes(2));
        }
        print(desk, 4 * desk.perSecond() / rawTx.perSecond(), RAW_TX + " (its 4 calls/s)");
        print(online, 5 * online.perSecond() / rawTx.perSecond(), RAW_TX + " (its 5 calls/s)");
        System.out.printf("    (through the gateway, a lifecycle's calls one after the other; %d warm-up each)%n",
                warmup);
        if (lifecycles.firstError() != null) {
            System.out.println("    first lifecycle error: " + lifecycles.firstError());
        }
        System.out.printf(Locale.ROOT, "%-44s %10s %-11s %8.1f %8.1f  n=%d%s%n",
                "freshness: resolve answered > report counts", "", "", freshness.latencies().millis(0.50),
                freshness.latencies().millis(0.99), freshness.latencies().count(),
                freshness.neverCounted() == 0 ? "" : ", never counted in 2 min: " + freshness.neverCounted());
        System.out.printf("    (every dossier the two lifecycles resolved; reporting's dossier_fact.resolved_at polled"
                + " every %d ms)%n", Freshness.POLL.toMillis());
        verdicts.add(freshness.neverCounted() == 0
                ? Verdict.below("freshness p99", freshness.latencies().millis(0.99), 300)
                : new Verdict("freshness p99", freshness.neverCounted() + " never counted", "target < 300 ms", false));
    }

    /** A read, direct and through the gateway; {@code divisor} shortens a costly read's phases. */
    private void reads(String what, String request, String token, String service, int divisor,
            UnaryOperator<String> url) throws Exception {
        Pair reads = directThenGateway(what, "requests", service, options.warmup() / divisor,
                Math.max(1, options.reads() / divisor), base -> () -> api.get(url.apply(base), token).status() == 200);
        System.out.println(reads.direct().line());
        print(reads.gateway(), reads.gateway().perSecond() / reads.direct().perSecond(), "direct");
        System.out.println("    (" + request + ")");
        verdicts.add(Verdict.ratio(what + " gateway / direct", reads.gateway().perSecond(),
                reads.direct().perSecond(), 0.85));
    }

    private static void print(Measurement m, double ratio, String reference) {
        System.out.printf(Locale.ROOT, "%s  = %s of %s%n", m.line(), Verdict.percent(ratio), reference);
    }

    private static int port(String url) {
        return java.net.URI.create(url).getPort();
    }
}
