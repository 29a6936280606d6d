package io.claimgate.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.route.ClaimgateRuntime;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SFTP intake against an embedded Apache MINA SSHD server started here, with strict host-key checking against
 * a known_hosts file: an uploaded file is downloaded, processed and moved to the processed folder on the server;
 * an upload still in progress (under a .filepart name, as SFTP clients write them) is not picked up until renamed.
 */
class SftpIntakeIT {

    @TempDir
    static Path tmp;
    static SshServer server;
    static SshClient client;
    static ClaimgateRuntime runtime;
    static Path root;
    static Path out;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        root = Files.createDirectories(tmp.resolve("sftp-root"));
        Files.createDirectories(root.resolve("inbox"));
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(tmp.resolve("hostkey.ser"));
        server.setKeyPairProvider(keys);
        server.setPasswordAuthenticator((user, password, session) -> "clinic".equals(user) && "s3cret".equals(password));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
        int port = server.getPort();

        KeyPair hostKey = keys.loadKeys(null).iterator().next();
        Path knownHosts = tmp.resolve("known_hosts");
        Files.writeString(knownHosts, "[127.0.0.1]:" + port + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n");

        out = tmp.resolve("out");
        Map<String, String> p = Serving.quiet(tmp.resolve("unused-inbox"));
        p.put("claimgate.sftp.enabled", "true");
        p.put("claimgate.sftp.host", "127.0.0.1");
        p.put("claimgate.sftp.port", String.valueOf(port));
        p.put("claimgate.sftp.user", "clinic");
        p.put("claimgate.sftp.password", "s3cret");
        p.put("claimgate.sftp.known-hosts", knownHosts.toString());
        p.put("claimgate.sftp.folder", "inbox");
        p.put("claimgate.sftp.partner", "CLINIC01");
        p.put("claimgate.sftp.min-age", "1000");
        p.put("claimgate.sftp.poll-delay", "300");
        runtime = new ClaimgateRuntime(out, 2, p);
        runtime.start();

        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    @AfterAll
    static void stop() throws Exception {
        runtime.close();
        client.stop();
        server.stop(true);
    }

    static SftpClient sftp() throws Exception {
        ClientSession session = client.connect("clinic", "127.0.0.1", server.getPort()).verify(10_000).getSession();
        session.addPasswordIdentity("s3cret");
        session.auth().verify(10_000);
        return SftpClientFactory.instance().createSftpClient(session);
    }

    @Test
    void uploadedFilesAreProcessedAndMovedOnTheServerButNotWhileStillUploading() throws Exception {
        byte[] mixed = Files.readAllBytes(Path.of("samples/mixed.837"));
        byte[] clean = Files.readAllBytes(Path.of("samples/clean.837"));
        try (SftpClient sftp = sftp()) {
            // a partial upload, stalled half way under the name SFTP clients use while writing
            try (OutputStream partial = sftp.write("inbox/mixed.837.filepart")) {
                partial.write(mixed, 0, mixed.length / 2);
                partial.flush();

                try (OutputStream whole = sftp.write("inbox/clean.837")) {
                    whole.write(clean);
                }
                Serving.await("clean.837 processed", Duration.ofSeconds(30),
                        () -> Files.exists(out.resolve("reports/clean.json")));
                Serving.await("clean.837 moved to .processed on the server", Duration.ofSeconds(10),
                        () -> Files.exists(root.resolve("inbox/.processed/clean.837")));
                assertFalse(Files.exists(root.resolve("inbox/clean.837")));
                assertArrayEquals(clean, Files.readAllBytes(out.resolve("archive/clean.837")));
                JsonNode report = JSON.readTree(out.resolve("reports/clean.json").toFile());
                assertEquals("sftp", report.get("intake").asText());
                assertEquals("CLINIC01", report.get("partner").asText());
                assertEquals(3, report.get("totals").get("accepted").asInt());

                // the stalled upload has been there for several polls and min-ages: still untouched
                Thread.sleep(2500);
                assertTrue(Files.exists(root.resolve("inbox/mixed.837.filepart")));
                assertFalse(Files.exists(out.resolve("reports/mixed.json")));
                assertFalse(Files.exists(out.resolve("reports/mixed.837.json")));
                assertEquals(1, Serving.count(out.resolve("reports"), ".json"));

                partial.write(mixed, mixed.length / 2, mixed.length - mixed.length / 2);
            }
            sftp.rename("inbox/mixed.837.filepart", "inbox/mixed.837");
        }
        Serving.await("mixed.837 processed", Duration.ofSeconds(30),
                () -> Files.exists(root.resolve("inbox/.processed/mixed.837")));
        JsonNode report = JSON.readTree(out.resolve("reports/mixed.json").toFile());
        assertEquals(10, report.get("totals").get("claims").asInt());
        assertEquals(8, report.get("totals").get("rejected").asInt());
        assertArrayEquals(mixed, Files.readAllBytes(out.resolve("archive/mixed.837")));
        assertEquals(2, Serving.count(out.resolve("reports"), ".json"));
        assertEquals(0, Serving.count(out.resolve(".work")));
        assertEquals(0, Serving.count(out.resolve("duplicates")));
    }
}
