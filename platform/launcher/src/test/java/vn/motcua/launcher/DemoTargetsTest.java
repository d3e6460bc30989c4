package vn.motcua.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo's plan targets are Hà Tĩnh's 2023 figures [seed 003], named by the reports' KPI codes, source said. */
class DemoTargetsTest {
    @Test
    void haTinhs2023FiguresWithTheirSource() throws Exception {
        assertThat(Http.JSON.writeValueAsString(DemoTargets.body())).isEqualTo("{\"targets\":{"
                + "\"FULL_ONLINE_PROCEDURES\":100,\"FULL_ONLINE_PROCEDURES_USED\":80,\"ONLINE_DOSSIERS\":60,"
                + "\"DATA_REUSE\":70,\"FEE_PROCEDURES_PAID_ONLINE\":50,\"ONLINE_PAYMENTS\":40,\"SATISFACTION\":85,"
                + "\"DIGITISED_RESULTS\":70},"
                + "\"source\":\"Kế hoạch mẫu (số liệu theo Kế hoạch của UBND tỉnh Hà Tĩnh năm 2023)\"}");
        assertThat(DemoTargets.body()).containsEntry("source", DemoTargets.SOURCE).extractingByKey("targets")
                .isInstanceOf(Map.class);
    }
}
