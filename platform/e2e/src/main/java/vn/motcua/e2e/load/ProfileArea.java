package vn.motcua.e2e.load;

import java.util.List;

/**
 * Where a CPU sample of a service was spent, by the libraries on its stack, in the order the issue names them (issue
 * 17: token checks, JSON, Hibernate, the outbox relay and consumers, the gateway hop, logging). The first area whose
 * package is anywhere on the stack wins, so a JDBC call made by Hibernate counts as Hibernate and a JSON parse inside
 * the token check as the token check.
 */
enum ProfileArea {
    LOGGING("logging", "org.jboss.logmanager.", "org.jboss.logging."),
    TOKEN_CHECKS("token checks (OIDC, jose4j)", "org.jose4j.", "io.quarkus.oidc.", "io.smallrye.jwt."),
    HIBERNATE("Hibernate ORM", "org.hibernate."),
    JDBC("JDBC driver", "org.postgresql."),
    JSON("JSON (Jackson)", "com.fasterxml.jackson."),
    KAFKA("Kafka client and messaging", "org.apache.kafka.", "io.smallrye.reactive.messaging."),
    PROXY("the gateway's proxy (Vert.x)", "io.vertx.httpproxy."),
    NETWORK("HTTP and network I/O (Netty, Vert.x)", "io.netty.", "io.vertx."),
    CDI_AND_TRANSACTIONS("CDI and transactions", "io.quarkus.arc.", "io.quarkus.narayana.", "com.arjuna."),
    OTHER("other");

    final String label;
    private final List<String> packages;

    ProfileArea(String label, String... packages) {
        this.label = label;
        this.packages = List.of(packages);
    }

    /** The area of a sample whose stack holds these classes (any order). */
    static ProfileArea of(List<String> classesOnStack) {
        for (ProfileArea area : values()) {
            for (String pkg : area.packages) {
                if (classesOnStack.stream().anyMatch(c -> c.startsWith(pkg))) {
                    return area;
                }
            }
        }
        return OTHER;
    }
}
