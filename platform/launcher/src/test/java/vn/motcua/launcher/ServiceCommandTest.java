package vn.motcua.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceCommandTest {
    private static final Endpoints EMBEDDED = Endpoints.of(Options.parse("start"));
    private static final Path JAVA = Path.of("/jdk/bin/java");
    private static final Path JAR = Path.of("/repo/x/target/quarkus-app/quarkus-run.jar");

    @Test
    void aServicePointsAtItsOwnDatabaseTheBrokerAndTheRealm() {
        Service dossier = Service.named(Ports.DEFAULT, "dossier-service").orElseThrow();

        List<String> c = ServiceCommand.command(dossier, EMBEDDED, JAVA, JAR);

        assertThat(c.getFirst()).isEqualTo("/jdk/bin/java");
        assertThat(c).contains(
                "-Dquarkus.http.port=8082",
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://localhost:55432/dossier",
                "-Dquarkus.datasource.username=postgres",
                "-Dkafka.bootstrap.servers=localhost:19092",
                "-Dquarkus.oidc.auth-server-url=http://localhost:8180/realms/mot-cua");
        assertThat(c.subList(c.size() - 2, c.size())).containsExactly("-jar", JAR.toString());
        assertThat(String.join(" ", c)).doesNotContain("password");
        assertThat(ServiceCommand.environment(dossier, EMBEDDED))
                .containsEntry("QUARKUS_DATASOURCE_PASSWORD", "postgres");
    }

    @Test
    void theRatingTicketKeyGoesToTheServiceThatIssuesAndTheOneThatChecksOnly() {
        Map<String, String> none = Map.of();
        for (String name : List.of("dossier-service", "evaluation-service")) {
            assertThat(ServiceCommand.environment(Service.named(Ports.DEFAULT, name).orElseThrow(), EMBEDDED, none))
                    .containsEntry("MOTCUA_RATING_TICKET_KEY", "mot-cua-rating-ticket-demo-key-change-me-000001");
        }
        for (String name : List.of("gateway", "catalog-service", "reporting-service")) {
            assertThat(ServiceCommand.environment(Service.named(Ports.DEFAULT, name).orElseThrow(), EMBEDDED, none))
                    .doesNotContainKey("MOTCUA_RATING_TICKET_KEY");
        }
        // an operator's own key wins over the demo one, and stays out of the command line
        Service dossier = Service.named(Ports.DEFAULT, "dossier-service").orElseThrow();
        String own = "an-operator-key-of-at-least-32-bytes-000000001";
        assertThat(ServiceCommand.environment(dossier, EMBEDDED, Map.of("MOTCUA_RATING_TICKET_KEY", own)))
                .containsEntry("MOTCUA_RATING_TICKET_KEY", own);
        assertThat(String.join(" ", ServiceCommand.command(dossier, EMBEDDED, JAVA, JAR))).doesNotContain("ticket");
    }

    @Test
    void theGatewayHasNoDatabaseAndKnowsEveryRoute() {
        Service gateway = Service.named(Ports.DEFAULT, "gateway").orElseThrow();

        List<String> c = ServiceCommand.command(gateway, EMBEDDED, JAVA, JAR);

        assertThat(c).contains("-Dquarkus.http.port=8080",
                "-Dmotcua.gateway.routes.catalog.url=http://localhost:8081",
                "-Dmotcua.gateway.routes.dossiers.url=http://localhost:8082",
                "-Dmotcua.gateway.routes.evaluations.url=http://localhost:8083",
                "-Dmotcua.gateway.routes.reports.url=http://localhost:8084");
        assertThat(c).noneMatch(a -> a.contains("datasource") || a.contains("kafka"));
        assertThat(ServiceCommand.environment(gateway, EMBEDDED, Map.of()))
                .as("no password, no key: only the malloc arenas").containsOnlyKeys("MALLOC_ARENA_MAX");
    }

    @Test
    void externalInfrastructureReachesTheServices() {
        Endpoints external = Endpoints.of(Options.parse("start", "--postgres-url=jdbc:postgresql://db:5432",
                "--kafka=broker:9092", "--keycloak-url=https://sso.example.vn"));

        List<String> c = ServiceCommand.command(Service.named(Ports.DEFAULT, "catalog-service").orElseThrow(), external, JAVA, JAR);

        assertThat(c).contains("-Dquarkus.datasource.jdbc.url=jdbc:postgresql://db:5432/catalog",
                "-Dkafka.bootstrap.servers=broker:9092",
                "-Dquarkus.oidc.auth-server-url=https://sso.example.vn/realms/mot-cua");
    }

    @Test
    void aPortBaseMovesTheServicesTheGatewayRoutesAndTheInfrastructure() {
        Endpoints beside = Endpoints.of(Options.parse("start", "--port-base=18080"));

        List<String> gateway = ServiceCommand.command(beside.service("gateway"), beside, JAVA, JAR);
        List<String> dossier = ServiceCommand.command(beside.service("dossier-service"), beside, JAVA, JAR);

        assertThat(gateway).contains("-Dquarkus.http.port=18080",
                "-Dmotcua.gateway.routes.catalog.url=http://localhost:18081",
                "-Dmotcua.gateway.routes.dossiers.url=http://localhost:18082",
                "-Dmotcua.gateway.routes.evaluations.url=http://localhost:18083",
                "-Dmotcua.gateway.routes.reports.url=http://localhost:18084",
                "-Dquarkus.oidc.auth-server-url=http://localhost:18085/realms/mot-cua");
        assertThat(dossier).contains("-Dquarkus.http.port=18082",
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://localhost:18086/dossier",
                "-Dkafka.bootstrap.servers=localhost:18087");
    }

    @Test
    void everyServiceHasItsOwnPortAndDatabase() {
        assertThat(Service.all(Ports.DEFAULT)).extracting(Service::port).doesNotHaveDuplicates();
        assertThat(Service.databases()).containsExactly("catalog", "dossier", "evaluation", "reporting");
    }

    @Test
    void theServicesRunOnTheSerialCollectorWithASmallInitialHeap() {
        Service catalog = Service.named(Ports.DEFAULT, "catalog-service").orElseThrow();

        List<String> c = ServiceCommand.command(catalog, EMBEDDED, JAVA, JAR);

        assertThat(c.subList(1, 4)).containsExactly("-XX:+UseSerialGC", "-Xms32m", "-Xmx384m");
        assertThat(c).noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel"));
    }

    @Test
    void anIdleServiceGivesBackWhatItsHeapAndMallocNoLongerHold() {
        Service catalog = Service.named(Ports.DEFAULT, "catalog-service").orElseThrow();

        List<String> c = ServiceCommand.command(catalog, EMBEDDED, JAVA, JAR);

        assertThat(c.subList(4, 7)).containsExactly("-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
                "-XX:TrimNativeHeapInterval=5000");
    }

    @Test
    void everyServiceRunsWithTwoMallocArenasUnlessTheLauncherSaysOtherwise() {
        for (Service s : Service.all(Ports.DEFAULT)) {
            assertThat(ServiceCommand.environment(s, EMBEDDED, Map.of()))
                    .as(s.name()).containsEntry("MALLOC_ARENA_MAX", "2");
        }
        Service dossier = Service.named(Ports.DEFAULT, "dossier-service").orElseThrow();
        assertThat(ServiceCommand.environment(dossier, EMBEDDED, Map.of("MALLOC_ARENA_MAX", "4")))
                .containsEntry("MALLOC_ARENA_MAX", "4")
                .containsEntry("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        assertThat(ServiceCommand.jvmEnvironment(Map.of("PATH", "/usr/bin")))
                .as("the reference JVM of footprint: the arenas, nothing else of the launcher's")
                .containsExactly(Map.entry("MALLOC_ARENA_MAX", "2"));
    }
}
