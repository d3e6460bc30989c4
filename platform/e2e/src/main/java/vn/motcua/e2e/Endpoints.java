package vn.motcua.e2e;

/**
 * Where the running platform answers; the launcher's fixed local ports unless overridden with system
 * properties ({@code e2e.gateway}, {@code e2e.keycloak}, {@code e2e.catalog}, ...).
 */
public record Endpoints(String gateway, String keycloak, String catalog, String dossier, String evaluation,
        String reporting) {

    public static Endpoints local() {
        return new Endpoints(
                System.getProperty("e2e.gateway", "http://localhost:8080"),
                System.getProperty("e2e.keycloak", "http://localhost:8180"),
                System.getProperty("e2e.catalog", "http://localhost:8081"),
                System.getProperty("e2e.dossier", "http://localhost:8082"),
                System.getProperty("e2e.evaluation", "http://localhost:8083"),
                System.getProperty("e2e.reporting", "http://localhost:8084"));
    }

    public String tokenUrl() {
        return keycloak + "/realms/mot-cua/protocol/openid-connect/token";
    }
}
