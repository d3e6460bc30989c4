package vn.motcua.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RebuildCommandTest {

    @ParameterizedTest
    @CsvSource({
            "evaluation,         evaluation-service",
            "evaluation-service, evaluation-service",
            "reporting,          reporting-service"})
    void rebuildNamesAServiceShortOrLong(String given, String service) {
        Options o = Options.parse("rebuild", given, "--port-base=18300", "--state-dir=/tmp/state-rebuild");

        assertThat(o.command()).isEqualTo(Options.Command.REBUILD);
        assertThat(o.service()).contains(service);
        assertThat(o.ports().evaluation()).isEqualTo(18303);
    }

    @Test
    void rebuildWithoutAServiceOrWithAnUnknownOneIsRefused() {
        assertThatThrownBy(() -> Options.parse("rebuild"))
                .hasMessage("rebuild needs a service: one of catalog, dossier, evaluation, reporting");
        assertThatThrownBy(() -> Options.parse("rebuild", "--port-base=18300"))
                .hasMessage("rebuild needs a service: one of catalog, dossier, evaluation, reporting");
        assertThatThrownBy(() -> Options.parse("rebuild", "gateway"))
                .hasMessage("no service gateway to rebuild; one of catalog, dossier, evaluation, reporting");
        assertThatThrownBy(() -> Options.parse("rebuild", "evaluation", "--fresh"))
                .hasMessage("--fresh goes with start");
    }

    @Test
    void rebuildHelpPrintsTheUsage() {
        assertThat(Options.parse("rebuild", "--help").command()).isEqualTo(Options.Command.HELP);
        assertThat(Options.USAGE).contains("rebuild SERVICE", "/q/rebuild");
    }

    @Test
    void theSummaryPutsTheReplaysRateBesideTheRawConsumersAndTheChanges() throws IOException {
        JsonNode report = Http.JSON.readTree("""
                {"events": 123456, "seconds": 12.3, "eventsPerSecond": 10037.1,
                 "rawConsumer": {"events": 123456, "seconds": 0.27, "eventsPerSecond": 456789.4},
                 "malformed": 0, "evaluationsChanged": 0, "scorecardsChanged": 0}""");

        assertThat(RebuildCommand.summary("evaluation-service", report)).isEqualTo(
                "rebuild evaluation-service: 123 456 events in 12.3 s = 10 037 events/s; raw consumer of the same"
                        + " topics: 456 789 events/s (2.2 %); evaluationsChanged 0, scorecardsChanged 0");
    }

    @Test
    void malformedRecordsAndAnEmptyTopicAreSaid() throws IOException {
        JsonNode report = Http.JSON.readTree("""
                {"events": 0, "seconds": 0.0, "eventsPerSecond": 0.0,
                 "rawConsumer": {"events": 0, "seconds": 0.0, "eventsPerSecond": 0.0},
                 "malformed": 2, "scorecardsChanged": 1500}""");

        assertThat(RebuildCommand.summary("reporting-service", report)).isEqualTo(
                "rebuild reporting-service: 0 events in 0.0 s = 0 events/s; raw consumer of the same topics:"
                        + " 0 events/s; 2 malformed records skipped; scorecardsChanged 1 500");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "404 | {\"type\":\"urn:mot-cua:problem:not-found\",\"detail\":\"No such resource.\"} "
                    + "| catalog-service has no read model to rebuild (no POST /q/rebuild)",
            "409 | {\"type\":\"urn:mot-cua:problem:rebuild-running\",\"detail\":\"Đang dựng lại\"} "
                    + "| a rebuild of catalog-service is already running: Đang dựng lại",
            "500 | {\"type\":\"urn:mot-cua:problem:rebuild-failed\",\"detail\":\"Kafka down\"} "
                    + "| rebuild catalog-service failed (HTTP 500): Kafka down",
            "502 | '' | rebuild catalog-service failed (HTTP 502)"})
    void aFailureSaysWhatTheServiceAnswered(int status, String body, String message) {
        assertThat(RebuildCommand.failure("catalog-service", new Http.Response(status, body))).isEqualTo(message);
    }
}
