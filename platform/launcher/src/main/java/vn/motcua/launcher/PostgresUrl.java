package vn.motcua.launcher;

/** JDBC URLs of one PostgreSQL server: the launcher takes the server, each service gets its own database. */
final class PostgresUrl {
    private static final String PREFIX = "jdbc:postgresql://";

    private PostgresUrl() {
    }

    /** {@code jdbc:postgresql://host:port[/db][?params]} to {@code jdbc:postgresql://host:port}. */
    static String base(String url) {
        if (!url.startsWith(PREFIX) || url.length() == PREFIX.length()) {
            throw new IllegalArgumentException("--postgres-url expects jdbc:postgresql://HOST:PORT, got " + url);
        }
        String rest = url.substring(PREFIX.length());
        int end = rest.length();
        for (char stop : new char[] {'/', '?'}) {
            int i = rest.indexOf(stop);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        return PREFIX + rest.substring(0, end);
    }

    static String database(String base, String database) {
        return base + "/" + database;
    }
}
