package vn.motcua.launcher;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The closing screen of {@code start}: where everything is and how to log in. */
final class Summary {
    /** Whether the demo data was asked for, and whether it is all in place. */
    enum Demo {
        OFF, LOADED, INCOMPLETE
    }

    private Summary() {
    }

    static String render(Endpoints endpoints, List<Service> running, Set<String> withSwaggerUi, Demo demo,
            Duration took) {
        StringBuilder s = new StringBuilder();
        s.append("\nmot-cua is up (").append(Console.seconds(took)).append("). Ctrl-C or ./mot-cua stop ends it.\n\n");
        running.stream().filter(svc -> svc.name().equals("gateway")).findFirst().ifPresent(gateway -> s.append(
                String.format("  %-20s %s/   (sign in with a demo login below)%n%n", "Console (web)", gateway.url())));
        // the gateway first: it is the one address a client needs
        List<Service> ordered = running.stream()
                .sorted(Comparator.comparing((Service svc) -> !svc.name().equals("gateway"))).toList();
        for (Service svc : ordered) {
            String url = withSwaggerUi.contains(svc.name()) ? svc.url() + "/q/swagger-ui" : svc.url();
            s.append(String.format("  %-20s %s%n", svc.name(), url));
        }
        if (running.isEmpty()) {
            s.append("  (no service is built yet: infrastructure only)\n");
        }
        s.append(String.format("  %-20s %s/admin/master/console/#/%s   (%s / %s)%n", "Keycloak admin",
                endpoints.keycloakUrl(), Keycloak.REALM, Keycloak.ADMIN, Keycloak.ADMIN));
        s.append(String.format("  %-20s %s%n", "PostgreSQL", endpoints.postgresUrl()
                + "   (" + endpoints.postgresUser() + ", one database per service)"));
        s.append(String.format("  %-20s %s%n", "Kafka", endpoints.kafka()));
        s.append("\nDemo logins (password ").append(DemoData.PASSWORD).append(", client ").append(DemoData.CLIENT)
                .append("):\n");
        s.append("  Lạng Sơn (20): tiepnhan.ls (tiếp nhận), xuly.ls (xử lý, phòng QLCN), truongphong.ls (trưởng "
                + "phòng QLCN), lanhdao.ls (lãnh đạo Sở), quantri.ls (quản trị), congdan.ls (công dân)\n");
        s.append("  Cao Bằng (04): tiepnhan.cb, xuly.cb, truongphong.cb, lanhdao.cb, quantri.cb\n");
        s.append("  national:      kiemtra.qg (kiểm tra)\n");
        s.append("  portals:       portal-20 / portal-20-secret, portal-04 / portal-04-secret (client credentials)\n");
        if (demo == Demo.INCOMPLETE) {
            // the ERROR lines are above the consumers' lines, easy to miss; this is the end of the screen
            s.append("\nDemo data INCOMPLETE: see the ERROR and WARNING lines above; the next start loads it again.\n");
        }
        if (demo != Demo.OFF) {
            s.append("\nDemo data (").append(RepoLayout.DEMO).append("/, see its README.md):\n")
                    .append("  in each province the Sở KH&CN SKHCN-<p> and its Chi cục CCTDC-<p>, their units, five ")
                    .append("fields\n  (G19-KHCN, G19-ATBX, G19-SHTT, G19-CGCN; G19-TDC), 13 procedures imported from ")
                    .append("catalogue-<p>.csv, ").append(DemoData.DOSSIERS.size()).append(" dossiers\n");
        }
        String api = running.stream().filter(r -> r.name().equals("gateway")).findFirst()
                .or(() -> Service.named(endpoints.ports(), "catalog-service")).orElseThrow().url();
        s.append("\nTry:\n  TOKEN=$(curl -s -d grant_type=password -d client_id=").append(DemoData.CLIENT)
                .append(" -d username=quantri.ls -d password=").append(DemoData.PASSWORD).append(' ')
                .append(Keycloak.tokenUrl(endpoints.keycloakUrl()))
                .append(" | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/'); curl -s -H \"Authorization: Bearer "
                        + "$TOKEN\" ")
                .append(api).append("/api/catalog/procedures\n");
        return s.toString();
    }
}
