package vn.motcua.e2e.load;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import vn.motcua.e2e.Api;
import vn.motcua.e2e.Endpoints;

/**
 * Issue 17's scale-out, measured on a running platform ({@code ./mot-cua load --scale-out}), through the operator's
 * own command, {@code ./mot-cua scale SERVICE --instances=N}:
 * <ol>
 * <li>intake through the gateway with one dossier-service instance, with two, then with one again (A-B-A, so that
 * what drifts during the run weighs on both figures), each round on a freshly restarted gateway after its own
 * warm-up, and direct to the instances beside it; the CPU of every process in each round says what bounds it;</li>
 * <li>reporting- and evaluation-service as two instances each: which partitions of {@code dossier.events.v1} each
 * member of their groups holds (the broker's own account, {@link ConsumerGroups}); then a burst of lifecycles
 * during which the second instances are stopped (a rebalance in the middle: the survivor takes their partitions and
 * replays what they had applied but not committed), and afterwards every dossier counted exactly once in
 * reporting's {@code dossier_fact} and evaluation's {@code dossier_evaluation}, every event once in each inbox.</li>
 * </ol>
 * The platform is left as found: one instance of each service.
 */
final class ScaleOut {
    private static final String DOSSIER_EVENTS = "dossier.events.v1";
    private static final List<String> CONSUMERS = List.of("reporting-service", "evaluation-service");

    private final LoadOptions options;
    private final Api api;
    private final Endpoints e;
    private final ClosedLoop loop;
    private final Databases databases;
    private final CpuSampler cpu;

    ScaleOut(LoadOptions options, Api api, ClosedLoop loop, Databases databases) {
        this.options = options;
        this.api = api;
        this.e = options.endpoints();
        this.loop = loop;
        this.databases = databases;
        this.cpu = CpuSampler.ofLauncher(Path.of(options.stateDir()));
    }

    void run(String code) throws Exception {
        for (String service : List.of("dossier-service", "reporting-service", "evaluation-service")) {
            scale(service, 1);
        }
        System.out.println("\nscale-out: intake through the gateway, 1 then 2 then 1 dossier-service instances"
                + " (./mot-cua scale dossier-service --instances=N)");
        System.out.println(Measurement.header());
        mot("restart", "gateway"); // the later rounds' gateway is the one a scale restarted: as fresh as this one
        Round one = intakeRound(code, 1);
        scale("dossier-service", 2);
        Round two = intakeRound(code, 2);
        scale("dossier-service", 1);
        Round again = intakeRound(code, 1);
        Measurement oneGateway = one.gateway().plus(again.gateway());
        Measurement oneDirect = one.direct().plus(again.direct());
        System.out.printf(Locale.ROOT, "%nintake gateway, 2 instances / 1 instance: %.1f / %.1f dossiers/s = %s"
                        + " (p99 %.1f / %.1f ms)%n", two.gateway().perSecond(), oneGateway.perSecond(),
                Verdict.percent(two.gateway().perSecond() / oneGateway.perSecond()), two.gateway().p99(),
                oneGateway.p99());
        System.out.printf(Locale.ROOT, "intake direct,  2 instances / 1 instance: %.1f / %.1f dossiers/s = %s%n",
                two.direct().perSecond(), oneDirect.perSecond(),
                Verdict.percent(two.direct().perSecond() / oneDirect.perSecond()));
        if (two.gateway().errors() > 0) {
            System.out.println("    (" + two.gateway().errors() + " requests through the gateway to two instances"
                    + " failed: does this gateway take a route's URLs as a comma-separated list?)");
        }

        consumers(code);
    }

    private record Round(Measurement gateway, Measurement direct) {
    }

    /**
     * One round, on a gateway just restarted: warm-up through it and direct, then intake measured through the
     * gateway and direct (to the instances in turn).
     */
    private Round intakeRound(String code, int instances) throws Exception {
        String desk = api.login("tiepnhan.ls");
        String body = HarnessProcedure.deskBody(code);
        List<String> direct = instances == 1 ? List.of(e.dossier()) : List.of(e.dossier(), secondInstance(e.dossier()));
        AtomicInteger turn = new AtomicInteger();
        Callable<Boolean> viaGateway = () -> receive(e.gateway(), desk, body);
        Callable<Boolean> viaDirect = () -> receive(direct.get(Math.floorMod(turn.getAndIncrement(), direct.size())),
                desk, body);
        loop.warm(options.warmup(), viaGateway);
        loop.warm(options.warmup(), viaDirect);
        String label = instances + (instances == 1 ? " instance" : " instances");
        CpuSampler.Snapshot before = cpu.take();
        Measurement gateway = loop.run("intake gateway, " + label, "dossiers", options.dossiers(), viaGateway);
        CpuSampler.Snapshot between = cpu.take();
        Measurement d = loop.run("intake direct, " + label + " in turn", "dossiers", options.dossiers(), viaDirect);
        CpuSampler.Snapshot after = cpu.take();
        System.out.println(gateway.line());
        System.out.println("    (" + CpuSampler.between(before, between, cores()) + ")");
        System.out.println(d.line());
        System.out.println("    (" + CpuSampler.between(between, after, cores()) + ")");
        return new Round(gateway, d);
    }

    private boolean receive(String base, String token, String body) {
        return api.post(base + "/api/dossiers", token, body, Map.of("Idempotency-Key", UUID.randomUUID().toString()))
                .status() == 201;
    }

    private void consumers(String code) throws Exception {
        System.out.println("\nscale-out: consumers of " + DOSSIER_EVENTS + " (./mot-cua scale reporting-service|"
                + "evaluation-service --instances=2)");
        for (String service : CONSUMERS) {
            scale(service, 2);
        }
        try (ConsumerGroups groups = new ConsumerGroups(options.kafkaPort())) {
            int partitions = groups.partitions(DOSSIER_EVENTS);
            for (String group : CONSUMERS) {
                List<List<Integer>> held = groups.awaitMembers(group, DOSSIER_EVENTS, 2, Duration.ofMinutes(2));
                System.out.printf(Locale.ROOT, "%-22s 2 instances: %d members hold %s of %d partitions: %s%n", group,
                        held.size(), ConsumerGroups.shares(held), partitions,
                        ConsumerGroups.halves(held, partitions) ? "half each" : "NOT half each");
            }

            Lifecycles lifecycles = new Lifecycles(api, e.dossier() + "/api/dossiers", HarnessProcedure.deskBody(code),
                    HarnessProcedure.onlineBody(code));
            Queue<String> resolved = new ConcurrentLinkedQueue<>();
            lifecycles.onResolved(resolved::add);
            AtomicInteger started = new AtomicInteger();
            int half = options.dossiers() / 2;
            List<Thread> rebalance = new ArrayList<>();
            java.util.concurrent.atomic.AtomicLong scaledBack = new java.util.concurrent.atomic.AtomicLong();
            CpuSampler.Snapshot before = cpu.take();
            Measurement burst = loop.run("burst: receive>hand over>resolve>return", "dossiers", options.dossiers(),
                    () -> {
                        if (started.incrementAndGet() == half) {
                            // the second instances go in the middle of the burst: a rebalance under load
                            rebalance.add(Thread.ofVirtual().start(() -> {
                                try {
                                    CONSUMERS.forEach(s -> scale(s, 1));
                                    scaledBack.set(System.nanoTime());
                                } catch (RuntimeException failed) {
                                    System.out.println("    scaling back mid-burst failed: " + failed.getMessage());
                                }
                            }));
                        }
                        return lifecycles.deskToReturn();
                    });
            CpuSampler.Snapshot after = cpu.take();
            System.out.println(burst.line());
            System.out.println("    (direct to dossier-service, 4 calls each; from the " + half + "th, reporting- and"
                    + " evaluation-service scaled back to 1 instance: their groups rebalance mid-burst)");
            System.out.println("    (" + CpuSampler.between(before, after, cores()) + ")");
            if (lifecycles.firstError() != null) {
                System.out.println("    first lifecycle error: " + lifecycles.firstError());
            }
            long burstEnded = System.nanoTime();
            for (Thread t : rebalance) {
                t.join();
            }
            if (scaledBack.get() != 0) {
                double late = (scaledBack.get() - burstEnded) / 1e9;
                System.out.printf(Locale.ROOT, "    (both groups back to 1 member %.1f s %s the burst's last answer)%n",
                        Math.abs(late), late < 0 ? "before" : "after");
            }
            for (String group : CONSUMERS) {
                List<List<Integer>> held = groups.awaitMembers(group, DOSSIER_EVENTS, 1, Duration.ofMinutes(2));
                System.out.printf(Locale.ROOT, "%-22s 1 instance: %d member holds %s%n", group, held.size(),
                        ConsumerGroups.shares(held));
            }
            awaitPublished(Duration.ofMinutes(2));
            for (String group : CONSUMERS) {
                long lag = groups.awaitCaughtUp(group, DOSSIER_EVENTS, Duration.ofMinutes(3));
                if (lag > 0) {
                    System.out.println("    " + group + " still has " + lag + " events to apply after 3 min");
                }
            }
            exactlyOnce(List.copyOf(resolved));
        }
    }

    /** Every resolved dossier of the burst counted once in each read model, and each of its events once per inbox. */
    private void exactlyOnce(List<String> dossiers) throws SQLException {
        List<UUID> ids = dossiers.stream().map(UUID::fromString).toList();
        List<UUID> events;
        try (Connection c = databases.connect("dossier")) {
            events = uuids(c, "select event_id from outbox_message where topic = '" + DOSSIER_EVENTS
                    + "' and message_key = any(?)", c.createArrayOf("varchar", dossiers.toArray()));
        }
        System.out.printf(Locale.ROOT, "exactly once: %d dossiers resolved in the burst, %d events of theirs"
                + " published%n", ids.size(), events.size());
        try (Connection c = databases.connect("reporting")) {
            long[] facts = counts(c, "select count(*), count(*) filter (where resolved_at is not null),"
                    + " count(distinct dossier_id) from dossier_fact where dossier_id = any(?)", ids);
            System.out.printf(Locale.ROOT, "  reporting  dossier_fact: %d rows, %d resolved, %d distinct dossiers:"
                    + " %s%n", facts[0], facts[1], facts[2], verdict(facts[0] == ids.size() && facts[1] == ids.size()));
            inbox(c, "reporting-service", events);
        }
        try (Connection c = databases.connect("evaluation")) {
            long[] evaluations = counts(c, "select count(*), count(*) filter (where status = 'EVALUATED'), 0"
                    + " from dossier_evaluation where dossier_id = any(?)", ids);
            long[] officers = counts(c, "select count(*), count(distinct (dossier_id, officer, role)), 0"
                    + " from evaluation_officer where dossier_id = any(?)", ids);
            System.out.printf(Locale.ROOT, "  evaluation dossier_evaluation: %d rows, %d evaluated: %s;"
                            + " evaluation_officer: %d rows, %d distinct (dossier, officer, role): %s%n",
                    evaluations[0], evaluations[1], verdict(evaluations[0] == ids.size()), officers[0], officers[1],
                    verdict(officers[0] == officers[1]));
            inbox(c, "evaluation-service", events);
        }
    }

    private static void inbox(Connection c, String consumer, List<UUID> events) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*), count(distinct event_id) from inbox_message"
                + " where consumer = ? and event_id = any(?)")) {
            s.setString(1, consumer);
            s.setArray(2, c.createArrayOf("uuid", events.toArray()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                System.out.printf(Locale.ROOT, "  %-10s inbox_message: %d rows, %d distinct events of %d: %s%n",
                        consumer.replace("-service", ""), r.getLong(1), r.getLong(2), events.size(),
                        verdict(r.getLong(1) == events.size() && r.getLong(2) == events.size()));
            }
        }
    }

    private static String verdict(boolean once) {
        return once ? "each once" : "NOT each once";
    }

    private static long[] counts(Connection c, String sql, List<UUID> ids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new long[] {r.getLong(1), r.getLong(2), r.getLong(3)};
            }
        }
    }

    private static List<UUID> uuids(Connection c, String sql, Array parameter) throws SQLException {
        List<UUID> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getObject(1, UUID.class));
                }
            }
        }
        return out;
    }

    /** Until dossier-service's outbox relay has published every row. */
    private void awaitPublished(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection c = databases.connect("dossier")) {
            while (System.nanoTime() < deadline) {
                try (var s = c.createStatement();
                     ResultSet r = s.executeQuery("select count(*) from outbox_message where published_at is null")) {
                    r.next();
                    if (r.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
    }

    /** {@code ./mot-cua --no-build scale SERVICE --instances=N} on the platform's port base and state folder. */
    private void scale(String service, int instances) {
        mot("scale", service, "--instances=" + instances);
    }

    private void mot(String... command) {
        List<String> c = new ArrayList<>(List.of("./mot-cua", "--no-build"));
        c.addAll(List.of(command));
        if (options.portBase() != 0) {
            c.add("--port-base=" + options.portBase());
        }
        c.add("--state-dir=" + options.stateDir());
        System.out.println("    $ " + String.join(" ", c.subList(0, 1)) + " " + String.join(" ", c.subList(2, c.size())));
        try {
            Process p = new ProcessBuilder(c).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", c) + " exited with " + p.exitValue() + ":\n"
                        + output);
            }
        } catch (IOException ex) {
            throw new IllegalStateException("cannot run ./mot-cua from " + Path.of("").toAbsolutePath() + ": " + ex,
                    ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** The launcher's second instance of a service: its port + 10 ({@code Ports.SECOND_INSTANCE_OFFSET}). */
    static String secondInstance(String url) {
        int colon = url.lastIndexOf(':');
        return url.substring(0, colon + 1) + (Integer.parseInt(url.substring(colon + 1)) + 10);
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
