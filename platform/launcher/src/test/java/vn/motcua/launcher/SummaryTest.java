package vn.motcua.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SummaryTest {
    private static final Endpoints ENDPOINTS = new Endpoints(Ports.DEFAULT, "jdbc:postgresql://localhost:55432",
            "postgres", "postgres", "localhost:19092", "http://localhost:8180");

    @Test
    void saysWhereTheDemoDataComesFromAndWhatItHolds() {
        String screen = Summary.render(ENDPOINTS, List.of(), Set.of(), Summary.Demo.LOADED, Duration.ofSeconds(60));

        assertThat(screen).contains("Demo data (catalog-service/src/main/resources/demo/, see its README.md):\n"
                + "  in each province the Sở KH&CN SKHCN-<p> and its Chi cục CCTDC-<p>, their units, five fields\n"
                + "  (G19-KHCN, G19-ATBX, G19-SHTT, G19-CGCN; G19-TDC), 13 procedures imported from "
                + "catalogue-<p>.csv, 5 dossiers\n");
        assertThat(screen).doesNotContain("INCOMPLETE");
    }

    @Test
    void incompleteDemoDataIsTheLastWarningOnTheScreen() {
        String screen = Summary.render(ENDPOINTS, List.of(), Set.of(), Summary.Demo.INCOMPLETE,
                Duration.ofSeconds(60));

        assertThat(screen).contains("Demo data INCOMPLETE: see the ERROR and WARNING lines above; the next start "
                + "loads it again.");
    }

    @Test
    void noDemoDataNoDemoLines() {
        String screen = Summary.render(ENDPOINTS, List.of(), Set.of(), Summary.Demo.OFF, Duration.ofSeconds(60));

        assertThat(screen).doesNotContain("Demo data").contains("Demo logins");
    }

    @Test
    void theConsoleIsTheFirstAddressOnTheScreen() {
        Service gateway = Service.named(Ports.DEFAULT, "gateway").orElseThrow();
        String screen = Summary.render(ENDPOINTS, List.of(gateway), Set.of(), Summary.Demo.LOADED,
                Duration.ofSeconds(60));

        assertThat(screen).contains("mot-cua is up (60.0 s). Ctrl-C or ./mot-cua stop ends it.\n\n"
                + "  Console (web)        http://localhost:8080/   (sign in with a demo login below)\n");
    }
}
