package vn.motcua.launcher;

import vn.motcua.embedded.KraftBroker;

/** The Kafka broker: a KRaft node in the launcher's own JVM, its log folder kept in the state folder. */
final class Kafka {
    static final int PORT = 19092;
    static final int CONTROLLER_PORT = 19093;
    static final String EMBEDDED_BOOTSTRAP = "localhost:" + PORT;
    /** Several partitions, so that a service's consumers can scale out in a group (ARCHITECTURE.md §4). */
    static final int PARTITIONS = 4;

    private Kafka() {
    }

    static KraftBroker startEmbedded(StateDir state) {
        return KraftBroker.startKept(state.kafkaData(), PORT, CONTROLLER_PORT, PARTITIONS);
    }
}
