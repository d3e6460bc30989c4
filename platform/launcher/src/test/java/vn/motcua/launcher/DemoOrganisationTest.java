package vn.motcua.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoOrganisationTest {

    @Test
    void registersEachAgencyWithoutItsUnitsThenItsUnitsAndTheFieldsLast() throws IOException {
        List<DemoOrganisation.Call> calls = DemoOrganisation.calls(
                RepoLayout.locate().catalogueDemo("organisation-20.json"));

        assertThat(calls).extracting(c -> c.path() + " " + c.body().path("code").asText()).containsExactly(
                "/api/catalog/agencies SKHCN-20",
                "/api/catalog/agencies/SKHCN-20/units VP",
                "/api/catalog/agencies/SKHCN-20/units QLKH",
                "/api/catalog/agencies/SKHCN-20/units QLCN",
                "/api/catalog/agencies/SKHCN-20/units MOTCUA",
                "/api/catalog/agencies CCTDC-20",
                "/api/catalog/agencies/CCTDC-20/units HCTH",
                "/api/catalog/agencies/CCTDC-20/units QLTDC",
                "/api/catalog/fields G19-KHCN",
                "/api/catalog/fields G19-TDC",
                "/api/catalog/fields G19-ATBX",
                "/api/catalog/fields G19-SHTT",
                "/api/catalog/fields G19-CGCN");
        JsonNode chiCuc = calls.get(5).body();
        assertThat(chiCuc.has("units")).isFalse();
        assertThat(chiCuc.path("parent").asText()).isEqualTo("SKHCN-20");
        assertThat(chiCuc.path("officialCode").asText()).isEqualTo("000.01.15.H20");
        assertThat(calls.get(12).body().path("agency").asText()).isEqualTo("SKHCN-20");
    }

    @Test
    void aSubAgencyListedBeforeItsParentIsRegisteredAfterIt() throws IOException {
        JsonNode file = Http.JSON.readTree("""
                {"agencies":[{"code":"CC-20","parent":"SO-20","units":[{"code":"P1"}]},
                             {"code":"SO-20","units":[]}],
                 "fields":[]}""");

        assertThat(DemoOrganisation.calls(file)).extracting(c -> c.path() + " " + c.body().path("code").asText())
                .containsExactly("/api/catalog/agencies SO-20", "/api/catalog/agencies CC-20",
                        "/api/catalog/agencies/CC-20/units P1");
    }

    @Test
    void agenciesThatAreEachOthersParentsAreRefused() throws IOException {
        JsonNode file = Http.JSON.readTree("""
                {"agencies":[{"code":"A-20","parent":"B-20"},{"code":"B-20","parent":"A-20"}]}""");

        assertThatThrownBy(() -> DemoOrganisation.calls(file))
                .hasMessage("the agencies [A-20, B-20] are each other's parents");
    }
}
