package vn.motcua.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Keeps the services this launcher started running, as a process manager would: a service that exits on its
 * own is started again after a {@link Backoff} pause, with a line on the console; {@code ./mot-cua restart
 * <service>} asks for a restart through a file in the state folder, which {@link #tick()} picks up. Once
 * {@link #stopAll} has run, nothing is started again.
 *
 * <p>{@code ./mot-cua scale <service> --instances=N} asks, the same way, for a second instance of a service
 * ({@link Service#instance}) or for its end. The gateway reads its routes at start, so it is restarted with the
 * new list of URLs: after the second instance is ready (no request goes to an instance still starting), and
 * before the second instance stops (none goes to one that is gone). A second or two without the gateway is the
 * price, acceptable on a developer's platform; in a cluster, a Service in front of the pods does this instead.
 */
final class Supervisor {
    private final class Supervised {
        final Service service;
        final Backoff backoff = new Backoff();
        ChildProcess process;
        Instant startedAt;
        Instant restartAt;

        Supervised(Service service) {
            this.service = service;
        }
    }

    private final StateDir state;
    private final Children children;
    private final Function<Service, ChildProcess> starter;
    private final Map<String, Supervised> byName = new LinkedHashMap<>();
    private boolean stopped;

    /** {@code starter} starts one service's process (its command line, environment and log). */
    Supervisor(StateDir state, Children children, Function<Service, ChildProcess> starter) {
        this.state = state;
        this.children = children;
        this.starter = starter;
    }

    synchronized ChildProcess start(Service s) {
        Supervised sup = byName.computeIfAbsent(s.name(), n -> new Supervised(s));
        sup.process = starter.apply(s);
        sup.startedAt = Instant.now();
        sup.restartAt = null;
        children.add(s.name(), sup.process.handle());
        return sup.process;
    }

    synchronized Optional<ChildProcess> process(String name) {
        return Optional.ofNullable(byName.get(name)).map(s -> s.process);
    }

    synchronized Collection<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The services and instances this supervisor runs, in start order (second instances after the first ones). */
    synchronized List<Service> services() {
        return byName.values().stream().map(s -> s.service).toList();
    }

    /** One round: restarts asked for, crashes noticed, pauses that are over. Called every half second. */
    synchronized void tick() {
        if (stopped) {
            return;
        }
        for (Supervised s : List.copyOf(byName.values())) {
            if (s.service.isFirst()) {
                state.scaleRequested(s.service.name()).ifPresent(wanted -> scale(s.service, wanted));
                StateDir.delete(state.scaleRequest(s.service.name()));
            }
        }
        Instant now = Instant.now();
        for (Supervised s : byName.values()) {
            Path request = state.restartRequest(s.service.name());
            if (java.nio.file.Files.exists(request)) {
                Console.info("restarting " + s.service.name() + " (asked by ./mot-cua restart)");
                stop(s);
                restart(s);
                StateDir.delete(request);
                continue;
            }
            if (s.restartAt == null && !s.process.alive()) {
                Duration ran = Duration.between(s.startedAt, now);
                Duration pause = s.backoff.afterCrash(ran);
                s.restartAt = now.plus(pause);
                children.remove(s.process.handle().pid());
                Console.warn(s.service.name() + " exited with code " + s.process.exitCode() + " after "
                        + Console.seconds(ran) + "; restarting it in " + Console.seconds(pause) + ". Last lines of "
                        + s.process.log() + ":\n" + s.process.logTail(10));
            } else if (s.restartAt != null && !now.isBefore(s.restartAt)) {
                restart(s);
            }
        }
    }

    /**
     * Runs the second instance of {@code first}'s module if {@code wanted} is 2, stops it if 1: on scale-up the
     * gateway is restarted once the instance is ready, on scale-down before the instance stops.
     */
    private void scale(Service first, int wanted) {
        Service second = first.instance(2);
        Supervised running = byName.get(second.name());
        if (wanted >= 2 && running == null) {
            ChildProcess p = start(second);
            Console.info("started " + second.name() + " on :" + second.port() + " (pid " + p.handle().pid()
                    + ", asked by ./mot-cua scale), log " + p.log());
            Thread.ofVirtual().start(() -> {
                if (Http.awaitOk(second.readinessUrl(), Duration.ofMinutes(3), p::alive)) {
                    Console.info(second.name() + " ready on :" + second.port());
                    reroute(second);
                } else {
                    Console.warn(second.name() + " did not get ready; the gateway keeps its routes. Last lines of "
                            + p.log() + ":\n" + p.logTail(10));
                }
            });
        } else if (wanted == 1 && running != null) {
            byName.remove(second.name());
            reroute(second);
            Console.info("stopping " + second.name() + " (asked by ./mot-cua scale)");
            stop(running);
        }
    }

    /** Restarts the gateway, if this supervisor runs it, so that it reads the instances of {@code changed}'s route. */
    private synchronized void reroute(Service changed) {
        Supervised gateway = byName.get("gateway");
        if (stopped || changed.route().isEmpty() || gateway == null) {
            return;
        }
        Console.info("restarting the gateway: route " + changed.route().get() + " to "
                + ServiceCommand.routes(services()).get(changed.route().get()));
        stop(gateway);
        restart(gateway);
    }

    /** Stops the named services at once (in parallel: none needs another to shut down) and starts none again. */
    void stopAll(List<String> names) {
        List<Supervised> targets;
        synchronized (this) {
            stopped = true;
            targets = names.stream().map(byName::get).filter(s -> s != null).toList();
        }
        targets.parallelStream().forEach(this::stop);
    }

    private void stop(Supervised s) {
        s.process.close();
        children.remove(s.process.handle().pid());
    }

    private void restart(Supervised s) {
        start(s.service);
        Console.info("started " + s.service.name() + " again (pid " + s.process.handle().pid() + "), log "
                + s.process.log());
        Service service = s.service;
        ChildProcess p = s.process;
        // readiness is awaited off the supervisor's thread, so that one slow service holds up no other
        Thread.ofVirtual().start(() -> {
            if (Http.awaitOk(service.readinessUrl(), Duration.ofMinutes(3), p::alive)) {
                Console.info(service.name() + " ready again on :" + service.port());
            }
        });
    }
}
