package vn.motcua.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The launcher's demo dossiers and the catalogue files it loads agree, so a start never fails on its own data. */
class DemoDataTest {
    private static final RepoLayout REPO = RepoLayout.locate();

    @ParameterizedTest
    @ValueSource(strings = {"20", "04"})
    void everyDemoDossierNamesAProcedureOfTheFileAndACaseWhenItHasSeveral(String province) throws IOException {
        Map<String, List<String>> variants = new HashMap<>();
        for (Map<String, String> row : csv("catalogue-" + province + ".csv")) {
            variants.computeIfAbsent(row.get("MaTTHC"), c -> new ArrayList<>()).add(row.get("MaTruongHop"));
        }
        assertThat(variants).hasSize(13);

        for (DemoData.Dossier d : DemoData.DOSSIERS) {
            assertThat(variants).as(d.procedure()).containsKey(d.procedure());
            List<String> cases = variants.get(d.procedure());
            if (cases.size() == 1) {
                assertThat(d.caseVariant()).as(d.procedure() + " has one case").isNull();
            } else {
                assertThat(cases).as(d.procedure() + "'s cases").contains(d.caseVariant());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"20", "04"})
    void everyAgencyAndFieldOfTheCatalogueIsInTheOrganisationFileAndTheFieldBelongsToTheAgency(String province)
            throws IOException {
        JsonNode organisation = Http.JSON.readTree(REPO.catalogueDemo("organisation-" + province + ".json").toFile());
        Map<String, String> agencyOfField = new HashMap<>();
        organisation.path("fields").forEach(f -> agencyOfField.put(f.path("code").asText(), f.path("agency").asText()));
        List<String> agencies = new ArrayList<>();
        organisation.path("agencies").forEach(a -> agencies.add(a.path("code").asText()));
        assertThat(agencies).containsExactly("SKHCN-" + province, "CCTDC-" + province);

        for (Map<String, String> row : csv("catalogue-" + province + ".csv")) {
            assertThat(agencyOfField).as(row.get("MaTTHC")).containsEntry(row.get("MaLinhVuc"), row.get("CoQuanThucHien"));
        }
    }

    @Test
    void aRejectedRowIsShownWithItsLineCodeAndFields() throws IOException {
        JsonNode report = Http.JSON.readTree("""
                {"created":1,"amended":0,"unchanged":0,"rejected":2,"rows":[
                 {"row":2,"code":"1.004227","outcome":"CREATED","version":1,"errors":[]},
                 {"row":3,"code":"1.003845","outcome":"REJECTED","version":null,"errors":[
                   {"field":"agencyCode","message":"is not an agency of your province"},
                   {"field":"fieldCode","message":"is not handled by agency SKHCN-20"}]},
                 {"row":9,"code":null,"outcome":"REJECTED","version":null,"errors":[
                   {"field":"MaTTHC","message":"line 9: must not be empty"}]}]}""");

        assertThat(DemoData.rejections(report)).isEqualTo("line 3 (1.003845): agencyCode is not an agency of "
                + "your province, fieldCode is not handled by agency SKHCN-20; line 9 (?): MaTTHC line 9: must not "
                + "be empty");
    }

    /** RFC 4180 as the files use it: a header, quoted cells that may hold commas, quotes and line breaks. */
    private static List<Map<String, String>> csv(String file) throws IOException {
        String text = Files.readString(REPO.catalogueDemo(file), StandardCharsets.UTF_8);
        List<List<String>> records = DemoQuarter.records(text);
        List<String> header = records.getFirst();
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), r.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
