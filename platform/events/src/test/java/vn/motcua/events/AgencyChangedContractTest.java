package vn.motcua.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What consumers of {@code catalog.organisation.v1} rely on beyond the shared contract cases: the key names the
 * province and the agency, the nullable parts of the snapshot may be null, its nested entries may not.
 */
class AgencyChangedContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theKeyIsProvinceColonAgencyCodeAndTheSnapshotReadsWhole() throws IOException {
        EventEnvelope event = read(fixture());
        AgencyChanged changed = (AgencyChanged) event.payload();

        assertThat(event.key()).isEqualTo("20:CCTDC-20");
        assertThat(event.type().topic()).isEqualTo("catalog.organisation.v1");
        assertThat(changed.parent()).isEqualTo("SKHCN-20");
        assertThat(changed.activeFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(changed.activeTo()).isNull();
        assertThat(changed.units()).extracting(AgencyChanged.Unit::code).containsExactly("HCTH", "QLTDC");
        assertThat(changed.units().getFirst().officialCode()).isNull();
        assertThat(changed.fields()).extracting(AgencyChanged.Field::code).containsExactly("G19-TDC01");
        assertThat(changed.revision()).isEqualTo(3);
    }

    @Test
    void aTopLevelAgencyHasNoParentAndAnOpenEnd() throws IOException {
        ObjectNode fixture = fixture();
        ((ObjectNode) fixture.get("payload")).putNull("parent");
        ((ObjectNode) fixture.get("payload")).put("activeTo", (String) null);

        AgencyChanged changed = (AgencyChanged) read(fixture).payload();

        assertThat(changed.parent()).isNull();
        assertThat(changed.activeTo()).isNull();
    }

    @ParameterizedTest(name = "{0}[0].{1} missing")
    @CsvSource({
            "units, code",
            "units, name",
            "units, kind",
            "fields, code",
            "fields, name"})
    void aNestedEntryWithoutARequiredPartIsMalformed(String list, String part) throws IOException {
        ObjectNode fixture = fixture();
        ((ObjectNode) fixture.get("payload").get(list).get(0)).putNull(part);

        assertThatThrownBy(() -> read(fixture)).isInstanceOf(MalformedEventException.class);
    }

    @ParameterizedTest(name = "{0} missing")
    @CsvSource({"province", "code", "officialCode", "name", "activeFrom", "units", "fields", "revision", "changedAt"})
    void aSnapshotWithoutARequiredPartIsMalformed(String part) throws IOException {
        ObjectNode fixture = fixture();
        ((ObjectNode) fixture.get("payload")).remove(part);

        assertThatThrownBy(() -> read(fixture)).isInstanceOf(MalformedEventException.class);
    }

    private static EventEnvelope read(JsonNode fixture) throws IOException {
        Map<String, String> headers = new HashMap<>();
        fixture.get("headers").properties().forEach(e -> headers.put(e.getKey(), e.getValue().asText()));
        return CloudEventCodec.read(headers::get, JSON.writeValueAsString(fixture.get("payload")));
    }

    private static ObjectNode fixture() throws IOException {
        try (InputStream in = AgencyChangedContractTest.class
                .getResourceAsStream("/fixtures/vn.motcua.catalog.agency.changed.v1.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }
}
