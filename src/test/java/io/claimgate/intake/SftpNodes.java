package io.claimgate.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * The parts of the SFTP tests with several serve processes (SftpClusterIT, SftpSharedOutIT): an SFTP server (Apache
 * MINA SSHD, in the test's JVM, its host key in the folder beside the root), serve nodes as separate JVMs that poll
 * it, each checking that host key strictly, the synthetic files uploaded, and what the folders and the store hold.
 */
final class SftpNodes {

    private SftpNodes() {
    }

    /** The SFTP server: user clinic, password s3cret, the folder's root as its file system, on a free port. */
    static SshServer server(Path root) throws Exception {
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(root.resolveSibling("hostkey.ser")));
        server.setPasswordAuthenticator((user, password, session) -> "clinic".equals(user)
                && "s3cret".equals(password));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
        return server;
    }

    /** Node n on the PostgreSQL store: {@link #serve(Path, int, Path, int, List)}, its own name and lease. */
    static Process serve(Path tmp, EmbeddedPostgres postgres, int port, Path out, int n, long lease)
            throws Exception {
        return serve(tmp, port, out, n, List.of("claimgate.store.url=" + postgres.url(),
                "claimgate.store.user=" + postgres.user(), "claimgate.cluster.lease=" + lease,
                "claimgate.cluster.node=node-" + n));
    }

    /**
     * Node n: serve with the SFTP intake alone (folder inbox), log in tmp/node-n.log, with the given settings
     * besides (none: the embedded H2 store under OUT and the host name as the node's name, as on one host).
     */
    static Process serve(Path tmp, int port, Path out, int n, List<String> settings) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("node-" + n));
        KeyPair hostKey = new SimpleGeneratorHostKeyProvider(tmp.resolve("hostkey.ser")).loadKeys(null).iterator()
                .next();
        Path knownHosts = Files.writeString(folder.resolve("known_hosts"), "[127.0.0.1]:" + port + " "
                + PublicKeyEntry.toString(hostKey.getPublic()) + "\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", CrashRecoveryIT.classPath(), "io.claimgate.cli.ClaimgateCommand", "serve",
                "--inbox", Files.createDirectories(folder.resolve("unused-inbox")).toString(),
                "--out", out.toString(), "--threads", "1"));
        List<String> all = new ArrayList<>(List.of("claimgate.inbox.enabled=false", "claimgate.http.enabled=false",
                "claimgate.management.enabled=false", "claimgate.sftp.enabled=true", "claimgate.sftp.host=127.0.0.1",
                "claimgate.sftp.port=" + port, "claimgate.sftp.user=clinic", "claimgate.sftp.password=s3cret",
                "claimgate.sftp.known-hosts=" + knownHosts, "claimgate.sftp.folder=inbox",
                "claimgate.sftp.partner=CLINIC01", "claimgate.sftp.min-age=1000", "claimgate.sftp.poll-delay=300"));
        all.addAll(settings);
        for (String s : all) {
            cmd.addAll(List.of("--set", s));
        }
        return new ProcessBuilder(cmd).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("node-" + n + ".log").toFile()).start();
    }

    /**
     * Uploads file i: a synthetic 837P from samples/clean.837 with its own ISA13 (7000 + i) and claim ids (Si-...),
     * written whole under a .part name, given the modification time (null: as written), then renamed.
     */
    static void upload(Path remote, int i, FileTime modified) throws Exception {
        String text = Files.readString(Path.of("samples/clean.837"), StandardCharsets.ISO_8859_1)
                .replace("000000201", String.format("%09d", 7000 + i)).replace("CLEAN-10", "S" + i + "-");
        Path part = remote.resolve(String.format("f%03d.837.part", i));
        Files.writeString(part, text, StandardCharsets.ISO_8859_1);
        if (modified != null) {
            Files.setLastModifiedTime(part, modified);
        }
        Files.move(part, remote.resolve(String.format("f%03d.837", i)), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The names {@link #upload} gives files from to to (exclusive). */
    static Set<String> names(int from, int to) {
        Set<String> names = new TreeSet<>();
        for (int i = from; i < to; i++) {
            names.add(String.format("f%03d.837", i));
        }
        return names;
    }

    /** The regular files in a folder (none when it does not exist). */
    static Set<String> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (java.io.IOException e) {
            return Set.of();
        }
    }

    /** The outcomes recorded in the store (processed_file), counted by input name. */
    static Map<String, Integer> outcomes(Connection store) throws SQLException {
        Map<String, Integer> byInput = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String entry : rows(store, "SELECT entry FROM processed_file")) {
            try {
                byInput.merge(json.readTree(entry).get("input").asText(), 1, Integer::sum);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
        return byInput;
    }

    /** Each row's columns joined by a space. */
    static List<String> rows(Connection store, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = store.createStatement().executeQuery(sql)) {
            while (r.next()) {
                List<String> columns = new ArrayList<>();
                for (int k = 1; k <= r.getMetaData().getColumnCount(); k++) {
                    columns.add(r.getString(k));
                }
                rows.add(String.join(" ", columns));
            }
        }
        return rows;
    }

    /** The nodes' logs (tmp/node-n.log), kept in target/FOLDER for a look after the run (the temporary folder goes). */
    static void keepLogs(Path tmp, String folder, int nodes) throws java.io.IOException {
        Path kept = Files.createDirectories(Path.of("target", folder));
        for (int n = 1; n <= nodes; n++) {
            Path log = tmp.resolve("node-" + n + ".log");
            if (Files.exists(log)) {
                Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
