package io.claimgate.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * SftpClusterIT's parts: an SFTP server (Apache MINA SSHD, in the test's JVM, its host key in the folder beside the
 * root) and serve nodes as separate JVMs that poll it, each checking that host key strictly.
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

    /** Node n: serve with the SFTP intake alone (folder inbox), log in tmp/node-n.log, its own name and lease. */
    static Process serve(Path tmp, EmbeddedPostgres postgres, int port, Path out, int n, long lease)
            throws Exception {
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
        for (String s : List.of("claimgate.inbox.enabled=false", "claimgate.http.enabled=false",
                "claimgate.management.enabled=false", "claimgate.store.url=" + postgres.url(),
                "claimgate.store.user=" + postgres.user(), "claimgate.cluster.lease=" + lease,
                "claimgate.cluster.node=node-" + n, "claimgate.sftp.enabled=true", "claimgate.sftp.host=127.0.0.1",
                "claimgate.sftp.port=" + port, "claimgate.sftp.user=clinic", "claimgate.sftp.password=s3cret",
                "claimgate.sftp.known-hosts=" + knownHosts, "claimgate.sftp.folder=inbox",
                "claimgate.sftp.partner=CLINIC01", "claimgate.sftp.min-age=1000", "claimgate.sftp.poll-delay=300")) {
            cmd.addAll(List.of("--set", s));
        }
        return new ProcessBuilder(cmd).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("node-" + n + ".log").toFile()).start();
    }
}
