package vn.motcua.e2e.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoadOptionsTest {

    @Test
    void defaults() {
        assertThat(LoadOptions.parse()).isEqualTo(
                new LoadOptions(400, 1000, 8, 300, 0, "postgres", "postgres", false, false, ".state"));
    }

    @Test
    void quickLowersTheDefaultsOnlyAndAnExplicitOptionWinsWhereverItStands() {
        assertThat(LoadOptions.parse("--dossiers=250", "--quick", "--port-base=18700")).isEqualTo(
                new LoadOptions(250, 200, 8, 50, 18700, "postgres", "postgres", true, false, ".state"));
    }

    @Test
    void thePortBaseGivesPostgresAndKafka() {
        LoadOptions o = LoadOptions.parse("--port-base=18700");
        assertThat(o.postgresPort()).isEqualTo(18706);
        assertThat(o.kafkaPort()).isEqualTo(18707);
        assertThat(o.endpoints().reporting()).isEqualTo("http://localhost:18704");
        assertThat(LoadOptions.parse().postgresPort()).isEqualTo(55432);
    }

    @Test
    void helpIsNoRun() {
        assertThat(LoadOptions.parse("--quick", "--help")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--clients=0        | --clients must be a whole number between 1 and 64, got 0",
            "--clients=65       | --clients must be a whole number between 1 and 64, got 65",
            "--dossiers=-1      | --dossiers must be a whole number between 1 and 20000, got -1",
            "--reads=ten        | --reads must be a whole number between 1 and 100000, got ten",
            "--port-base=80     | --port-base must be a whole number between 1024 and 65000, got 80",
            "--warmup           | --warmup needs a value: --warmup=...",
            "--warmup=          | --warmup needs a value: --warmup=...",
            "--quick=yes        | --quick takes no value, got --quick=yes",
            "--scale-out=yes    | --scale-out takes no value, got --scale-out=yes",
            "--state-dir=       | --state-dir needs a value: --state-dir=...",
            "--dossier=5        | unknown option --dossier=5",
            "quick              | unknown option quick"})
    void badOptionsAreRefusedNamingTheOption(String arg, String message) {
        assertThatThrownBy(() -> LoadOptions.parse(arg)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message + "\n./mot-cua load [options]");
    }

    @Test
    void anOptionGivenTwiceIsRefused() {
        assertThatThrownBy(() -> LoadOptions.parse("--clients=4", "--clients=8"))
                .hasMessageStartingWith("--clients given twice");
    }

    @Test
    void scaleOutTakesTheStateDirOfThePlatformItScales() {
        assertThat(LoadOptions.parse("--scale-out", "--port-base=18600", "--state-dir=/tmp/state-scale", "--quick"))
                .isEqualTo(new LoadOptions(100, 200, 8, 50, 18600, "postgres", "postgres", true, true,
                        "/tmp/state-scale"));
        assertThat(LoadOptions.parse("--scale-out").stateDir()).isEqualTo(".state");
    }

    @Test
    void theBenchmarkTakesTheStateDirWhoseProcessesItFollows() {
        assertThat(LoadOptions.parse("--port-base=18700", "--state-dir=/tmp/state-lead"))
                .isEqualTo(new LoadOptions(400, 1_000, 8, 300, 18700, "postgres", "postgres", false, false,
                        "/tmp/state-lead"));
    }
}
