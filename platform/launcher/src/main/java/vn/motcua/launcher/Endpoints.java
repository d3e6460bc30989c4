package vn.motcua.launcher;

/** Where the services find the infrastructure, whether the launcher started it or it was given. */
record Endpoints(String postgresUrl, String postgresUser, String postgresPassword, String kafka,
                 String keycloakUrl) {

    static Endpoints of(Options o) {
        return new Endpoints(
                o.postgresUrl().orElse(Postgres.embeddedUrl()), o.postgresUser(), o.postgresPassword(),
                o.kafka().orElse(Kafka.EMBEDDED_BOOTSTRAP),
                o.keycloakUrl().orElse(Keycloak.embeddedUrl()));
    }
}
