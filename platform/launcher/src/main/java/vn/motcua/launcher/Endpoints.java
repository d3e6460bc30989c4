package vn.motcua.launcher;

import java.util.List;

/** Where the services find the infrastructure, whether the launcher started it or it was given. */
record Endpoints(Ports ports, String postgresUrl, String postgresUser, String postgresPassword, String kafka,
                 String keycloakUrl) {

    static Endpoints of(Options o) {
        Ports p = o.ports();
        return new Endpoints(p,
                o.postgresUrl().orElse(Postgres.embeddedUrl(p.postgres())), o.postgresUser(), o.postgresPassword(),
                o.kafka().orElse(Kafka.bootstrap(p.kafka())),
                o.keycloakUrl().orElse(Keycloak.embeddedUrl(p.keycloak())));
    }

    List<Service> services() {
        return Service.all(ports);
    }

    Service service(String name) {
        return Service.named(ports, name).orElseThrow();
    }
}
