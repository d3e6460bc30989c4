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
            """)
    void rejectsWhatItDoesNotUnderstandWithAMessageForTheUser(String args, String message) {
        assertThatThrownBy(() -> Options.parse(args.split(" ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
