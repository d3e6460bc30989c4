package vn.motcua.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) running in this JVM. It can be stopped
 * and started again on the same ports and log directory, so tests can take the broker away and bring it back.
 */
public final class KraftBroker implements AutoCloseable {
    private final Path dir;
    private final int port;
    private final Properties config;
    private final boolean temporary;
    private KafkaRaftServer server;

    private KraftBroker(Path dir, int port, Properties config, boolean temporary) {
        this.dir = dir;
        this.port = port;
        this.config = config;
        this.temporary = temporary;
    }

    /** A throw-away broker on free ports, its log directory deleted on {@link #close()}. */
    public static KraftBroker startNew(int partitions) {
        try {
            Path dir = Files.createTempDirectory("kraft-");
            return start(dir, freePort(), freePort(), partitions, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A broker whose data is kept in {@code dir} between runs (formatted on first use), on fixed ports.
     */
    public static KraftBroker startKept(Path dir, int port, int controllerPort, int partitions) {
        return start(dir, port, controllerPort, partitions, false);
    }

    private static KraftBroker start(Path dir, int port, int controllerPort, int partitions, boolean temporary) {
        try {
            Files.createDirectories(dir);
            Properties p = new Properties();
            p.put("process.roles", "broker,controller");
            p.put("node.id", "1");
            p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
            p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
            p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
            p.put("controller.listener.names", "CONTROLLER");
            p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
            p.put("log.dirs", dir.resolve("data").toString());
            p.put("num.partitions", Integer.toString(partitions));
            p.put("offsets.topic.replication.factor", "1");
            p.put("offsets.topic.num.partitions", "1");
            p.put("transaction.state.log.replication.factor", "1");
            p.put("transaction.state.log.min.isr", "1");
            p.put("share.coordinator.state.topic.replication.factor", "1");
            p.put("share.coordinator.state.topic.min.isr", "1");
            p.put("group.initial.rebalance.delay.ms", "0");
            p.put("auto.create.topics.enable", "true");
            Path cfg = dir.resolve("server.properties");
            try (Writer w = Files.newBufferedWriter(cfg)) {
                p.store(w, null);
            }
            if (!Files.exists(dir.resolve("data").resolve("meta.properties"))) {
                int rc = StorageTool.execute(
                        new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", cfg.toString()},
                        new PrintStream(OutputStream.nullOutputStream()));
                if (rc != 0) {
                    throw new IllegalStateException("kafka storage format failed: " + rc);
                }
            }
            KraftBroker broker = new KraftBroker(dir, port, p, temporary);
            broker.start();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
        server.startup();
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    public boolean running() {
        return server != null;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        stop();
        if (!temporary) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is not worth failing a test run for
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
