package vn.motcua.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptionsTest {

    @Test
    void noArgumentsAsksForHelp() {
        assertThat(Options.parse().command()).isEqualTo(Options.Command.HELP);
    }

    @Test
    void startEmbedsEverythingAndLoadsDemoDataByDefault() {
        Options o = Options.parse("start");

        assertThat(o.command()).isEqualTo(Options.Command.START);
        assertThat(o.fresh()).isFalse();
        assertThat(o.demoData()).isTrue();
        assertThat(o.embeddedPostgres()).isTrue();
        assertThat(o.embeddedKafka()).isTrue();
        assertThat(o.embeddedKeycloak()).isTrue();
        assertThat(o.postgresUser()).isEqualTo("postgres");
        assertThat(o.stateDir()).isEmpty();
        assertThat(o.fastUnsafeDb()).as("durable PostgreSQL unless asked otherwise").isFalse();
        assertThat(o.ports()).isEqualTo(new Ports(8080, 8081, 8082, 8083, 8084, 8180, 55432, 19092, 19093));
    }

    @Test
    void aPortBasePutsASecondPlatformInABlockOfNinePorts() {
        Options o = Options.parse("start", "--port-base=18080", "--state-dir=/tmp/e2e", "--fast-unsafe-db");

        assertThat(o.ports()).isEqualTo(new Ports(18080, 18081, 18082, 18083, 18084, 18085, 18086, 18087, 18088));
        assertThat(o.fastUnsafeDb()).isTrue();
        assertThat(Options.parse("status", "--port-base=18080").ports().gateway()).isEqualTo(18080);
    }

    @Test
    void restartNamesOneServiceOfTheRunningLauncher() {
        Options o = Options.parse("restart", "dossier-service", "--state-dir=/tmp/e2e");

        assertThat(o.command()).isEqualTo(Options.Command.RESTART);
        assertThat(o.service()).contains("dossier-service");
        assertThat(o.stateDir()).contains(Path.of("/tmp/e2e"));
    }

    @Test
    void externalInfrastructureIsASettingNotACodeChange() {
        Options o = Options.parse("start", "--fresh", "--state-dir=/tmp/mc", "--no-demo-data",
                "--postgres-url=jdbc:postgresql://db.local:5432/postgres?sslmode=disable",
                "--postgres-user=app", "--postgres-password=s3cret=x", "--kafka=k1:9092,k2:9092",
                "--keycloak-url=http://sso.local:8080/");

        assertThat(o.fresh()).isTrue();
        assertThat(o.demoData()).isFalse();
        assertThat(o.stateDir()).contains(Path.of("/tmp/mc"));
        assertThat(o.postgresUrl()).contains("jdbc:postgresql://db.local:5432");
        assertThat(o.postgresUser()).isEqualTo("app");
        assertThat(o.postgresPassword()).isEqualTo("s3cret=x");
        assertThat(o.kafka()).contains("k1:9092,k2:9092");
        assertThat(o.keycloakUrl()).isEqualTo(Optional.of("http://sso.local:8080"));
        assertThat(o.embeddedPostgres() || o.embeddedKafka() || o.embeddedKeycloak()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            launch                          | unknown command launch
            start --verbose                 | unknown option --verbose
            start --fresh=yes               | --fresh takes no value
            stop --fresh                    | --fresh goes with start
            start --state-dir               | --state-dir needs a value
            start --kafka=localhost         | --kafka expects HOST:PORT
            start --keycloak-url=sso:8080   | --keycloak-url expects http://HOST:PORT
            start --postgres-url=db:5432    | --postgres-url expects jdbc:postgresql://HOST:PORT
            start --port-base=abc           | --port-base expects a number, got abc
            start --port-base=80            | --port-base must be between 1024 and 65521, got 80
            start --port-base=65522         | --port-base must be between 1024 and 65521, got 65522
            start --port-base               | --port-base needs a value
            stop --fast-unsafe-db           | --fast-unsafe-db goes with start
            start --fast-unsafe-db=yes      | --fast-unsafe-db takes no value
            restart                         | restart needs a service: one of catalog-service, dossier-service
            restart --fresh                 | restart needs a service
            restart postgres                | no service postgres; one of catalog-service
            scale                           | scale needs a service: one of catalog-service, dossier-service, evaluation-service, reporting-service
            scale --instances=2             | scale needs a service
            scale keycloak --instances=2    | no service keycloak; one of catalog-service
            scale gateway --instances=2     | the gateway is the platform's one entry point here and is not scaled
            scale dossier-service           | scale needs --instances=N: 2 starts a second instance of dossier-service, 1 stops it
            scale dossier-service --instances=3 | --instances must be 1 or 2 (a second instance answers on its service's port + 10; the port scheme has room for no third), got 3
            scale dossier-service --instances=0 | --instances must be 1 or 2
            scale dossier-service --instances=two | --instances must be 1 or 2
            scale dossier-service --instances | --instances needs a value
            start --instances=2             | --instances goes with scale
            """)
    void rejectsWhatItDoesNotUnderstandWithAMessageForTheUser(String args, String message) {
        assertThatThrownBy(() -> Options.parse(args.split(" ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void footprintTakesThePortBaseAndStateDirOfThePlatformItMeasures() {
        Options o = Options.parse("footprint", "--port-base=18800", "--state-dir=/tmp/state-foot");

        assertThat(o.command()).isEqualTo(Options.Command.FOOTPRINT);
        assertThat(o.ports().gateway()).isEqualTo(18800);
        assertThat(o.ports().catalog()).isEqualTo(18801);
        assertThat(o.stateDir()).contains(Path.of("/tmp/state-foot"));
        assertThatThrownBy(() -> Options.parse("footprint", "--fresh"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--fresh goes with start");
        assertThatThrownBy(() -> Options.parse("footprint", "--port-base=80"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--port-base must be between 1024 and 65521, got 80");
    }

    @Test
    void scaleNamesAServiceAndHowManyInstancesOfTheRunningLauncher() {
        Options o = Options.parse("scale", "reporting-service", "--instances=2", "--port-base=18600",
                "--state-dir=/tmp/state-scale");

        assertThat(o.command()).isEqualTo(Options.Command.SCALE);
        assertThat(o.service()).contains("reporting-service");
        assertThat(o.instances()).contains(2);
        assertThat(o.ports().reporting()).isEqualTo(18604);
        assertThat(o.stateDir()).contains(Path.of("/tmp/state-scale"));
        assertThat(Options.parse("scale", "dossier-service", "--instances=1").instances()).contains(1);
        assertThat(Options.parse("start").instances()).isEmpty();
    }
}
