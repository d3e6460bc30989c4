package vn.motcua.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Keycloak from its Maven distribution zip, run as {@code kc.sh start-dev} with the mot-cua realm imported. */
final class Keycloak {
    static final String REALM = "mot-cua";
    static final String ADMIN = "admin";

    private Keycloak() {
    }

    static String embeddedUrl(int port) {
        return "http://localhost:" + port;
    }

    static String realmUrl(String keycloakUrl) {
        return keycloakUrl + "/realms/" + REALM;
    }

    static String readinessUrl(String keycloakUrl) {
        return realmUrl(keycloakUrl) + "/.well-known/openid-configuration";
    }

    static String tokenUrl(String keycloakUrl) {
        return realmUrl(keycloakUrl) + "/protocol/openid-connect/token";
    }

    /** Unpacks the distribution into the state folder the first time; later starts reuse it and its H2 data. */
    static Path install(Path zip, StateDir state, String version) {
        Path home = state.keycloakHome(version);
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Console.info("unpacking Keycloak " + version + " into " + home);
        Path tmp = state.root().resolve("keycloak-unpacking");
        deleteTree(tmp);
        unzip(zip, tmp);
        try {
            // the zip holds one folder, keycloak-<version>; moving it last means a half-unpacked copy is never used
            Files.move(tmp.resolve("keycloak-" + version), home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deleteTree(tmp);
        return home;
    }

    /**
     * Copies the realm for {@code --import-realm}. Keycloak imports it only while the realm does not exist yet,
     * so a realm file changed after the first start is reported, not silently ignored.
     */
    static void stageRealm(Path home, Path realm) {
        try {
            Path target = home.resolve("data/import/" + realm.getFileName());
            boolean imported = Files.isDirectory(home.resolve("data/h2"));
            if (imported && Files.exists(target) && Files.mismatch(target, realm) != -1) {
                Console.warn(realm + " changed since Keycloak imported it; `./mot-cua start --fresh` re-imports it");
            }
            Files.createDirectories(target.getParent());
            Files.copy(realm, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ChildProcess start(Path home, StateDir state, int port) {
        Map<String, String> env = Map.of(
                // Keycloak runs on the JDK that runs the launcher, whatever JAVA_HOME the shell had
                "JAVA_HOME", System.getProperty("java.home"),
                // read on the very first start only, when the master realm is created (infra.md §5)
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN);
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start-dev", "--http-port=" + port,
                "--import-realm");
        return ChildProcess.start("keycloak", command, env, home, state.log("keycloak"));
    }

    private static void unzip(Path zip, Path target) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = z.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                Path out = target.resolve(e.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside the target: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, out);
                }
                // java.util.zip drops the Unix modes; the scripts are all that must be executable
                if (e.getName().endsWith(".sh")) {
                    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zip + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
