package vn.motcua.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A service's second instance: its name, its port in the port-base scheme, and what it shares with the first. */
class ServiceInstanceTest {
    private static final Path JAVA = Path.of("/jdk/bin/java");
    private static final Path JAR = Path.of("/x/quarkus-run.jar");

    @ParameterizedTest
    @CsvSource(textBlock = """
            catalog-service,    18600, catalog-service-2,    18611
            dossier-service,    18600, dossier-service-2,    18612
            evaluation-service, 18600, evaluation-service-2, 18613
            reporting-service,  18600, reporting-service-2,  18614
            dossier-service,    0,     dossier-service-2,    8092
            reporting-service,  0,     reporting-service-2,  8094
            """)
    void aSecondInstanceAnswersTenPortsAboveTheFirst(String module, int base, String name, int port) {
        Ports ports = base == 0 ? Ports.DEFAULT : Ports.fromBase(base);
        Service second = Service.named(ports, module).orElseThrow().instance(2);

        assertThat(second.name()).isEqualTo(name);
        assertThat(second.port()).isEqualTo(port);
        assertThat(second.module()).isEqualTo(module);
        assertThat(second.isFirst()).isFalse();
    }

    @Test
    void noSecondInstanceTakesAPortOfTheBlock() {
        Ports ports = Ports.fromBase(18600);
        List<Integer> block = List.of(ports.gateway(), ports.catalog(), ports.dossier(), ports.evaluation(),
                ports.reporting(), ports.keycloak(), ports.postgres(), ports.kafka(), ports.kafkaController());

        assertThat(Service.scalable()).map(n -> Service.named(ports, n).orElseThrow().instance(2).port())
                .containsExactly(18611, 18612, 18613, 18614)
                .doesNotContainAnyElementsOf(block);
        assertThat(Service.named(Ports.fromBase(Ports.MAX_BASE), "reporting-service").orElseThrow().instance(2).port())
                .isEqualTo(65535);
    }

    @Test
    void bothInstancesShareTheDatabaseTheRouteAndTheConsumerGroup() {
        Service first = Service.named(Ports.DEFAULT, "reporting-service").orElseThrow();
        Service second = first.instance(2);

        assertThat(second.database()).contains("reporting");
        assertThat(second.route()).contains("reports");
        assertThat(second.consumer()).contains(new Service.Consumer("reporting-service", "dossier.events.v1"));
        assertThat(second.instance(1)).isEqualTo(first);
        assertThatThrownBy(() -> first.instance(3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("instance 3 of reporting-service: 1 to 2");
    }

    @Test
    void statusListsASecondInstanceAfterItsFirst() {
        List<Service> services = Service.all(Ports.fromBase(18600));
        List<Children.Entry> children = List.of(new Children.Entry("dossier-service", 11, 1),
                new Children.Entry("dossier-service-2", 12, 1), new Children.Entry("gateway", 13, 1));

        assertThat(StatusCommand.instances(services, children)).extracting(Service::name).containsExactly(
                "catalog-service", "dossier-service", "dossier-service-2", "evaluation-service", "reporting-service",
                "gateway");
        assertThat(StatusCommand.instances(services, children)).extracting(Service::port)
                .containsExactly(18601, 18602, 18612, 18603, 18604, 18600);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0,1,2,3,4,5     |     | 1 | 6 | true
            0,1,2           | 3,4,5 | 2 | 6 | true
            0,1,2,3,4,5     |     | 2 | 6 | false
            0,1,2           | 3,4 | 2 | 6 | false
            0,1,2           | 3,4,5 | 1 | 6 | false
            """)
    void aGroupIsBalancedWhenAsManyMembersAsInstancesHoldEveryPartition(String a, String b, int instances,
            int partitions, boolean balanced) {
        List<List<Integer>> held = b == null ? List.of(ints(a)) : List.of(ints(a), ints(b));

        assertThat(ScaleCommand.balanced(held, instances, partitions)).isEqualTo(balanced);
    }

    @Test
    void theGatewayRoutesToEveryInstanceInTurn() {
        Endpoints beside = Endpoints.of(Options.parse("start", "--port-base=18600"));
        Service dossier2 = beside.service("dossier-service").instance(2);
        List<Service> backends = new ArrayList<>(beside.services());
        backends.add(dossier2);

        List<String> c = ServiceCommand.command(beside.service("gateway"), beside, JAVA, JAR, backends);

        assertThat(c).contains("-Dmotcua.gateway.routes.dossiers.url=http://localhost:18602,http://localhost:18612",
                "-Dmotcua.gateway.routes.reports.url=http://localhost:18604");
    }

    @Test
    void aSecondInstanceRunsOnItsOwnPortWithTheFirstOnesDatabaseAndKeys() {
        Endpoints beside = Endpoints.of(Options.parse("start", "--port-base=18600"));
        Service dossier2 = beside.service("dossier-service").instance(2);

        List<String> c = ServiceCommand.command(dossier2, beside, JAVA, JAR);

        assertThat(c).contains("-Dquarkus.http.port=18612",
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://localhost:18606/dossier",
                "-Dkafka.bootstrap.servers=localhost:18607");
        assertThat(ServiceCommand.environment(dossier2, beside, Map.of()))
                .containsEntry("MOTCUA_RATING_TICKET_KEY", "mot-cua-rating-ticket-demo-key-change-me-000001");
    }

    private static List<Integer> ints(String csv) {
        return Arrays.stream(csv.split(",")).map(Integer::parseInt).toList();
    }
}
