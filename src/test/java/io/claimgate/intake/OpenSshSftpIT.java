package io.claimgate.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.route.ClaimgateRuntime;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;
import org.slf4j.LoggerFactory;

/**
 * The SFTP intake (camel-routes/intake-sftp.yaml) against OpenSSH's own sshd, the server clinics run, started here
 * on a loopback port with throw-away ed25519 keys ({@link OpenSsh}; skipped where sshd is absent or cannot start).
 * Claimgate logs in with a private key file and checks the host key strictly against a known_hosts file; files are
 * uploaded with the sftp command line. A wrong host key in known_hosts is refused without taking anything.
 */
class OpenSshSftpIT {

    @TempDir
    static Path tmp;
    static OpenSsh server;
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    static String absent;

    @BeforeAll
    static void start() throws Exception {
        try {
            server = OpenSsh.start(Files.createDirectories(tmp.resolve("ssh")));
        } catch (TestAbortedException e) {
            absent = e.getMessage(); // each test reports itself skipped, with the reason
        }
    }

    @BeforeEach
    void needsSshd() {
        assumeTrue(server != null, absent);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** Serve settings for the SFTP intake alone, on this server's folder, with the given known_hosts line. */
    static Map<String, String> sftpSettings(String folder, String knownHostsLine, int management) throws Exception {
        Path knownHosts = Files.writeString(Files.createTempFile(tmp, "known_hosts", ""), knownHostsLine);
        Map<String, String> p = Serving.quiet(tmp.resolve("unused-inbox"));
        p.put("claimgate.sftp.enabled", "true");
        p.put("claimgate.sftp.host", "127.0.0.1");
        p.put("claimgate.sftp.port", String.valueOf(server.port));
        p.put("claimgate.sftp.user", OpenSsh.user());
        p.put("claimgate.sftp.private-key", server.userKey.toString());
        p.put("claimgate.sftp.known-hosts", knownHosts.toString());
        p.put("claimgate.sftp.folder", folder);
        p.put("claimgate.sftp.partner", "CLINIC01");
        p.put("claimgate.sftp.min-age", "1000");
        p.put("claimgate.sftp.poll-delay", "300");
        p.put("claimgate.management.enabled", "true");
        p.put("claimgate.management.port", String.valueOf(management));
        return p;
    }

    @Test
    void uploadsArePickedUpOnceAndMovedOnTheServerButNotWhileStillUploading() throws Exception {
        Path remote = Files.createDirectories(server.root.resolve("inbox"));
        Path out = tmp.resolve("out");
        byte[] clean = Files.readAllBytes(Path.of("samples/clean.837"));
        byte[] mixed = Files.readAllBytes(Path.of("samples/mixed.837"));
        Path half = Files.write(tmp.resolve("mixed-half.837"), Arrays.copyOf(mixed, mixed.length / 2));
        try (ClaimgateRuntime runtime = new ClaimgateRuntime(out, 2, sftpSettings("inbox", server.knownHostsLine(),
                Serving.freePort()))) {
            runtime.start();
            // a partial upload under the name SFTP clients write to, then a whole file beside it
            server.sftp("put " + half + " inbox/mixed.837.filepart", "put samples/clean.837 inbox/clean.837");

            Serving.await("clean.837 moved to .processed on the server", Duration.ofSeconds(60),
                    () -> Files.exists(remote.resolve(".processed/clean.837")));
            assertFalse(Files.exists(remote.resolve("clean.837")));
            assertArrayEquals(clean, Files.readAllBytes(remote.resolve(".processed/clean.837")), "moved, not lost");
            assertArrayEquals(clean, Files.readAllBytes(out.resolve("archive/clean.837")));
            JsonNode report = JSON.readTree(out.resolve("reports/clean.json").toFile());
            assertEquals("sftp", report.get("intake").asText());
            assertEquals("CLINIC01", report.get("partner").asText());
            assertEquals(List.of("CLEAN-1001 accepted", "CLEAN-1002 accepted", "CLEAN-1003 accepted"), claims(report));

            // the stalled upload has been there for several polls and min-ages: untouched
            Thread.sleep(2500);
            assertArrayEquals(Arrays.copyOf(mixed, mixed.length / 2), Files.readAllBytes(
                    remote.resolve("mixed.837.filepart")));
            assertEquals(List.of("clean.837"), names(out.resolve("archive")));

            // the upload resumes where it stopped, then takes its real name
            server.sftp("reput samples/mixed.837 inbox/mixed.837.filepart",
                    "rename inbox/mixed.837.filepart inbox/mixed.837");
            Serving.await("mixed.837 moved to .processed on the server", Duration.ofSeconds(60),
                    () -> Files.exists(remote.resolve(".processed/mixed.837")));
            assertArrayEquals(mixed, Files.readAllBytes(out.resolve("archive/mixed.837")));
            JsonNode mixedReport = JSON.readTree(out.resolve("reports/mixed.json").toFile());
            List<String> ids = claims(mixedReport).stream().map(c -> c.split(" ")[0]).toList();
            assertEquals(List.of("MIX-2001", "MIX-2002", "MIX-2003", "MIX-2004", "MIX-2005", "MIX-2006", "MIX-2007",
                    "MIX-2008", "MIX-2009", "MIX-2010"), ids);
            assertEquals(2, mixedReport.get("totals").get("accepted").asInt());
            assertEquals(8, mixedReport.get("totals").get("rejected").asInt());
        }
        // exactly one outcome each: archive/ holds both, nothing in error/ or duplicates/, no work left
        assertEquals(List.of("clean.837", "mixed.837"), names(out.resolve("archive")));
        assertEquals(List.of("clean.html", "clean.json", "mixed.html", "mixed.json"), names(out.resolve("reports")));
        assertEquals(List.of(), names(out.resolve("error")));
        assertEquals(List.of(), names(out.resolve("duplicates")));
        assertEquals(List.of(".processed"), names(remote));
        assertEquals(List.of("clean.837", "mixed.837"), names(remote.resolve(".processed")));
    }

    @Test
    void aWrongHostKeyIsRefusedWithoutTakingAnything() throws Exception {
        Path remote = Files.createDirectories(server.root.resolve("spoofed"));
        server.sftp("put samples/clean.837 spoofed/clean.837");
        Path out = tmp.resolve("out-spoofed");
        int management = Serving.freePort();
        long logins = server.logins();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try (ClaimgateRuntime runtime = new ClaimgateRuntime(out, 2, sftpSettings("spoofed",
                server.knownHostsLineWithAnotherKey(), management))) {
            runtime.start();
            // several polls, each refused
            Serving.await("three refused polls", Duration.ofSeconds(60), () -> failedPolls(management) >= 3);
            JsonNode checks = health(management);
            assertEquals("DOWN", checks.get("status").asText(), checks.toString());
            JsonNode consumer = check(checks, "consumer:sftp-intake");
            assertEquals("DOWN", consumer.get("status").asText(), checks.toString());
            assertTrue(consumer.get("error-message").asText().contains("HostKey has been changed"), checks.toString());
        } finally {
            root.detachAppender(logs);
        }
        // said once, in one line, however many polls were refused; Camel's per-poll stack trace is gone
        List<ILoggingEvent> said = logs.list.stream().filter(e -> e.getLoggerName().endsWith("SftpPollFailures"))
                .toList();
        assertEquals(1, said.size(), said.toString());
        assertEquals("WARN", said.get(0).getLevel().toString());
        assertEquals("SFTP intake: Cannot connect to sftp://" + OpenSsh.user() + "@127.0.0.1:" + server.port
                + ": the server's host key is not the one in known_hosts (claimgate.sftp.known-hosts): refused"
                + " (HostKey has been changed: [127.0.0.1]:" + server.port + "); nothing is taken from the server,"
                + " trying again at the next poll", said.get(0).getFormattedMessage());
        assertEquals(List.of(), logs.list.stream().filter(e -> e.getThrowableProxy() != null).map(e ->
                e.getLoggerName() + ": " + e.getFormattedMessage()).toList(), "no stack trace");
        assertEquals(List.of(), logs.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(m -> m.startsWith("Failed polling endpoint") || m.startsWith("Trying to recover")).toList());
        assertArrayEquals(Files.readAllBytes(Path.of("samples/clean.837")), Files.readAllBytes(
                remote.resolve("clean.837")), "the file stays on the server as it was");
        assertEquals(List.of("clean.837"), names(remote));
        for (String folder : List.of("archive", "reports", "error", "duplicates", "accepted", "rejected")) {
            assertEquals(List.of(), names(out.resolve(folder)), folder);
        }
        assertEquals(logins, server.logins(), "claimgate never logged in: " + server.log());
    }

    static JsonNode health(int management) throws Exception {
        return JSON.readTree(CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management
                + "/observe/health?exposureLevel=full")).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    /** N of Camel's "Consumer failed polling N times" for the SFTP intake, 0 while it has not failed. */
    static int failedPolls(int management) {
        try {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("failed polling (\\d+) times").matcher(
                    check(health(management), "consumer:sftp-intake").path("message").asText());
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (Exception | AssertionError e) {
            return 0;
        }
    }

    static JsonNode check(JsonNode health, String name) {
        for (JsonNode c : health.path("checks")) {
            if (c.path("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no " + name + " check in " + health);
    }

    static List<String> claims(JsonNode report) {
        List<String> claims = new ArrayList<>();
        report.get("claims").forEach(c -> claims.add(c.get("id").asText() + " " + c.get("status").asText()));
        return claims;
    }

    static List<String> names(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
