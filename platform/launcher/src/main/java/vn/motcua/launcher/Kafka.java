package vn.motcua.launcher;

import vn.motcua.embedded.KraftBroker;

/** The Kafka broker: a KRaft node in the launcher's own JVM, its log folder kept in the state folder. */
final class Kafka {
    /** Several partitions, so that a service's consumers can scale out in a group (ARCHITECTURE.md §4). */
    static final int PARTITIONS = 4;

    private Kafka() {
    }

    static String bootstrap(int port) {
        return "localhost:" + port;
    }

    static KraftBroker startEmbedded(StateDir state, Ports ports) {
        return KraftBroker.startKept(state.kafkaData(), ports.kafka(), ports.kafkaController(), PARTITIONS);
    }
}
