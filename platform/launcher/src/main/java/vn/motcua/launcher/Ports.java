package vn.motcua.launcher;

/**
 * The ports the launcher's platform answers on. The default set is the one README documents; a port base
 * puts a second platform (the end-to-end tests, a second checkout) beside it without a clash.
 */
public record Ports(int gateway, int catalog, int dossier, int evaluation, int reporting, int keycloak,
                    int postgres, int kafka, int kafkaController) {

    /** README's ports: what {@code ./mot-cua start} uses when no {@code --port-base} is given. */
    public static final Ports DEFAULT = new Ports(8080, 8081, 8082, 8083, 8084, 8180, 55432, 19092, 19093);

    /**
     * A service's second instance ({@code ./mot-cua scale SERVICE --instances=2}) answers ten ports above the first:
     * with a port base N, catalog N+11, dossier N+12, evaluation N+13, reporting N+14, clear of Keycloak N+5,
     * PostgreSQL N+6 and Kafka N+7/N+8; with the default ports, 8091-8094.
     */
    static final int SECOND_INSTANCE_OFFSET = 10;

    /** The highest base that leaves room for every offset below 65536, second instances included. */
    static final int MAX_BASE = 65535 - 4 - SECOND_INSTANCE_OFFSET;

    /**
     * {@code --port-base=N}: gateway N, catalog N+1, dossier N+2, evaluation N+3, reporting N+4, Keycloak N+5,
     * PostgreSQL N+6, Kafka N+7 and its controller N+8: one block of nine, easy to keep free.
     */
    public static Ports fromBase(int base) {
        if (base < 1024 || base > MAX_BASE) {
            throw new IllegalArgumentException("--port-base must be between 1024 and " + MAX_BASE + ", got " + base);
        }
        return new Ports(base, base + 1, base + 2, base + 3, base + 4, base + 5, base + 6, base + 7, base + 8);
    }
}
