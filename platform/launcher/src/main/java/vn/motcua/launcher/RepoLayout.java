package vn.motcua.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/** Where the launcher finds the checkout's pieces: the realm, the services' jars, the Keycloak zip, the demo data. */
record RepoLayout(Path root) {
    static final String REALM = "deploy/keycloak/mot-cua-realm.json";
    static final String DEMO = "catalog-service/src/main/resources/demo";

    /**
     * The checkout holding the running jar ({@code platform/launcher/target/launcher.jar}), else the current
     * folder or one of its parents; {@code -Dmotcua.repo} wins over both.
     */
    static RepoLayout locate() {
        String explicit = System.getProperty("motcua.repo");
        if (explicit != null) {
            return new RepoLayout(Path.of(explicit).toAbsolutePath().normalize());
        }
        return Stream.of(jarLocation(), Optional.of(Path.of("").toAbsolutePath()))
                .flatMap(Optional::stream)
                .flatMap(start -> Stream.iterate(start, p -> p != null, Path::getParent))
                .filter(p -> Files.isRegularFile(p.resolve(REALM)))
                .findFirst()
                .map(RepoLayout::new)
                .orElseThrow(() -> new IllegalStateException(
                        "cannot find the mot-cua checkout (a folder with " + REALM + "); run from inside it"));
    }

    Path realm() {
        return root.resolve(REALM);
    }

    /** A file of the catalogue's demo data (organisation, catalogue), which the launcher loads through the APIs. */
    Path catalogueDemo(String file) {
        return root.resolve(DEMO).resolve(file);
    }

    Path defaultStateDir() {
        return root.resolve(".state");
    }

    Path quarkusRunJar(String module) {
        return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    static String keycloakVersion() {
        try (InputStream in = RepoLayout.class.getResourceAsStream("/launcher.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("keycloak.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The zip the build copied beside the launcher jar, or the one in the local Maven repository. */
    Path keycloakZip(String version) {
        String file = "keycloak-quarkus-dist-" + version + ".zip";
        Path built = root.resolve("platform/launcher/target/keycloak").resolve(file);
        Path m2 = Path.of(System.getProperty("user.home"), ".m2/repository/org/keycloak/keycloak-quarkus-dist",
                version, file);
        return Stream.of(built, m2).filter(Files::isRegularFile).findFirst().orElseThrow(
                () -> new IllegalStateException("no " + file + " in " + built.getParent() + " or " + m2.getParent()
                        + "; build the launcher: ./mvnw -B -q install -DskipTests -pl platform/launcher -am"));
    }

    private static Optional<Path> jarLocation() {
        try {
            return Optional.of(Path.of(RepoLayout.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
