package vn.motcua.launcher;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code scale <service> --instances=N}: asks the launcher running from this state folder for one or two
 * instances of a service (a request file its {@link Supervisor} picks up), then waits until the change is done:
 * the second instance ready, the gateway restarted with the route's new URLs and ready, and, for a consumer, its
 * group holding every partition among as many members as instances, which it prints.
 */
final class ScaleCommand {
    private static final Duration PICKUP = Duration.ofSeconds(30);
    private static final Duration READY = Duration.ofMinutes(3);
    private static final Duration REBALANCE = Duration.ofMinutes(2);

    private ScaleCommand() {
    }

    static int run(Options options, StateDir state) {
        String name = options.service().orElseThrow();
        int wanted = options.instances().orElseThrow();
        if (state.runningLauncher().isEmpty()) {
            throw new IllegalStateException("no launcher is running from " + state.root()
                    + " (./mot-cua start starts one; give scale the same --state-dir)");
        }
        List<Children.Entry> children = Children.read(state.childrenFile());
        if (children.stream().noneMatch(c -> c.name().equals(name))) {
            throw new IllegalStateException("the launcher running from " + state.root() + " did not start " + name
                    + " (was its port taken, or its jar not built?); ./mot-cua status shows what runs");
        }
        Service first = Service.named(options.ports(), name).orElseThrow();
        Service second = first.instance(2);
        int running = instances(children, first);
        if (running == wanted) {
            Console.info(name + " already runs " + wanted + (wanted == 1 ? " instance" : " instances"));
            return 0;
        }
        Optional<Long> gatewayBefore = pid(children, "gateway");
        state.requestScale(name, wanted);
        Console.info("asked the launcher for " + wanted + (wanted == 1 ? " instance" : " instances") + " of " + name);
        Instant pickedUpBy = Instant.now().plus(PICKUP);
        while (Files.exists(state.scaleRequest(name))) {
            if (Instant.now().isAfter(pickedUpBy)) {
                StateDir.delete(state.scaleRequest(name));
                throw new IllegalStateException("the launcher did not take the request within " + PICKUP.toSeconds()
                        + " s; see its console");
            }
            Http.sleep(Duration.ofMillis(200));
        }
        if (wanted == 2) {
            if (!Http.awaitOk(second.readinessUrl(), READY, () -> true)) {
                throw new IllegalStateException(second.name() + " not ready on " + second.readinessUrl() + " after "
                        + READY.toMinutes() + " min; see " + state.log(second.name()));
            }
            Console.info(second.name() + " ready on :" + second.port());
        }
        if (gatewayBefore.isPresent()) {
            awaitNewGateway(state, options.ports(), gatewayBefore.get());
        }
        first.consumer().ifPresent(c -> printAssignment(options, c, wanted));
        return 0;
    }

    /** 1 or 2: the service's instances among the launcher's children. */
    static int instances(List<Children.Entry> children, Service first) {
        String second = first.instance(2).name();
        return children.stream().anyMatch(c -> c.name().equals(second)) ? 2 : 1;
    }

    private static Optional<Long> pid(List<Children.Entry> children, String name) {
        return children.stream().filter(c -> c.name().equals(name)).map(Children.Entry::pid).findFirst();
    }

    private static void awaitNewGateway(StateDir state, Ports ports, long before) {
        Instant until = Instant.now().plus(READY);
        while (pid(Children.read(state.childrenFile()), "gateway").filter(p -> p != before).isEmpty()) {
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException("the gateway was not restarted within " + READY.toMinutes()
                        + " min; see the launcher's console");
            }
            Http.sleep(Duration.ofMillis(200));
        }
        Service gateway = Service.named(ports, "gateway").orElseThrow();
        if (!Http.awaitOk(gateway.readinessUrl(), READY, () -> true)) {
            throw new IllegalStateException("the gateway was restarted but is not ready; see " + state.log("gateway"));
        }
        Console.info("gateway restarted and ready on :" + gateway.port() + " with the new route");
    }

    /** Waits until the group's members holding the topic are as many as the instances, and prints who holds what. */
    private static void printAssignment(Options options, Service.Consumer c, int instances) {
        try (ConsumerReadiness kafka = new ConsumerReadiness(Endpoints.of(options).kafka())) {
            int partitions = kafka.partitions(c.topic());
            Instant until = Instant.now().plus(REBALANCE);
            List<List<Integer>> held = kafka.assignment(c);
            while (!balanced(held, instances, partitions) && Instant.now().isBefore(until)) {
                Http.sleep(Duration.ofMillis(500));
                held = kafka.assignment(c);
            }
            String shares = held.stream().map(Object::toString).collect(Collectors.joining(" + "));
            if (balanced(held, instances, partitions)) {
                Console.info("group " + c.group() + " on " + c.topic() + " (" + partitions + " partitions): "
                        + held.size() + (held.size() == 1 ? " member holds " : " members hold ") + shares);
            } else {
                Console.warn("group " + c.group() + " on " + c.topic() + " (" + partitions + " partitions) not "
                        + "rebalanced over " + instances + " after " + REBALANCE.toMinutes() + " min: " + shares);
            }
        } catch (Exception e) {
            Console.warn("could not read the group " + c.group() + ": " + e);
        }
    }

    /** As many members as instances, together holding every partition. */
    static boolean balanced(List<List<Integer>> held, int instances, int partitions) {
        return held.size() == instances && held.stream().mapToInt(List::size).sum() == partitions;
    }
}
