package vn.motcua.e2e;

/**
 * Where the running platform answers: the launcher's default ports (README), the block of a launcher started
 * with {@code --port-base=N} when {@code e2e.port-base} is set (the ITs' own platform, beside a developer's
 * {@code ./mot-cua start}), or single addresses given as system properties ({@code e2e.gateway},
 * {@code e2e.keycloak}, {@code e2e.catalog}, ...).
 */
public record Endpoints(String gateway, String keycloak, String catalog, String dossier, String evaluation,
        String reporting) {

    public static Endpoints local() {
        String base = System.getProperty("e2e.port-base");
        Endpoints defaults = base == null
                ? new Endpoints(url(8080), url(8180), url(8081), url(8082), url(8083), url(8084))
                : fromPortBase(Integer.parseInt(base));
        return new Endpoints(
                System.getProperty("e2e.gateway", defaults.gateway()),
                System.getProperty("e2e.keycloak", defaults.keycloak()),
                System.getProperty("e2e.catalog", defaults.catalog()),
                System.getProperty("e2e.dossier", defaults.dossier()),
                System.getProperty("e2e.evaluation", defaults.evaluation()),
                System.getProperty("e2e.reporting", defaults.reporting()));
    }

    /** The launcher's {@code --port-base=N} block (its {@code Ports.fromBase}): gateway N, services N+1..N+4, Keycloak N+5. */
    public static Endpoints fromPortBase(int n) {
        return new Endpoints(url(n), url(n + 5), url(n + 1), url(n + 2), url(n + 3), url(n + 4));
    }

    public String tokenUrl() {
        return keycloak + "/realms/mot-cua/protocol/openid-connect/token";
    }

    private static String url(int port) {
        return "http://localhost:" + port;
    }
}
