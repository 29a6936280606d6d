package io.claimgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings are checked once, at start (issue 11 item 4), by each command in its own JVM with its own environment:
 * a bad value or unknown key from the environment or --set, a port in use, or an HTTP server beyond loopback without
 * credentials stops it with exit 2 and one line naming the key, its value and what is allowed; nothing is written.
 */
class SettingsAtStartIT {

    @TempDir
    Path tmp;

    record Run(int exit, String stderr) {
    }

    @Test
    void badSettingsStopEveryCommandWithExit2AndOneLine() throws Exception {
        Path out = tmp.resolve("out");
        String sample = Path.of("samples/clean.837").toAbsolutePath().toString();
        String threads = "claimgate: invalid setting CLAIMGATE_THREADS=abc: claimgate.threads takes a whole number"
                + " 0-256 (0 = one per core)";
        assertEquals(new Run(2, threads), run(Map.of("CLAIMGATE_THREADS", "abc"), "process", "--out", out.toString(),
                sample));
        assertEquals(new Run(2, threads), run(Map.of("CLAIMGATE_THREADS", "abc"), "replay", "--out", out.toString(),
                sample));
        assertEquals(new Run(2, threads), run(Map.of("CLAIMGATE_THREADS", "abc"), "serve", "--out", out.toString()));
        for (String port : new String[] {"-1", "70000", "abc"}) {
            assertEquals(new Run(2, "claimgate: invalid setting --set claimgate.http.port=" + port
                    + ": claimgate.http.port takes a port number 1-65535"), serve(out, "claimgate.http.port=" + port));
        }
        assertEquals(new Run(2, "claimgate: invalid setting --set claimgate.inbox.min-age=abc: claimgate.inbox"
                + ".min-age takes milliseconds, a whole number 0-86400000"), serve(out, "claimgate.inbox.min-age=abc"));
        assertEquals(new Run(2, "claimgate: unknown setting --set claimgate.inbox.minage=5: not a claimgate setting"
                + " (the settings are listed in application.properties)"), serve(out, "claimgate.inbox.minage=5"));
        assertEquals(new Run(2, "claimgate: unknown setting CLAIMGATE_INBOX_MINAGE=5: no claimgate setting has that"
                + " environment variable (the settings are listed in application.properties)"),
                run(Map.of("CLAIMGATE_INBOX_MINAGE", "5"), "process", "--out", out.toString(), sample));
        assertEquals(new Run(2, "claimgate: claimgate.http.address=0.0.0.0 listens beyond loopback: set"
                + " claimgate.auth.token-file or claimgate.auth.basic-file (or CLAIMGATE_AUTH_TOKEN /"
                + " CLAIMGATE_AUTH_BASIC) first"), serve(out, "claimgate.http.address=0.0.0.0"));
        assertFalse(Files.exists(out), "nothing was started or written");
    }

    @Test
    void aPortInUseStopsServeWithExit2() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            Run run = serve(tmp.resolve("out"), "claimgate.management.port=" + port);
            assertEquals(2, run.exit(), run.stderr());
            assertEquals("claimgate: claimgate.management.port=" + port + ": cannot listen on 127.0.0.1:" + port
                    + " (Address already in use; another program has the port?)", run.stderr());
        }
    }

    @Test
    void processHonoursTheEnvironmentLikeServe() throws Exception {
        Path out = tmp.resolve("out");
        Path input = Files.copy(Path.of("samples/clean.837"), tmp.resolve("clean.837"));
        Run run = run(Map.of("CLAIMGATE_THREADS", "1", "CLAIMGATE_RETRY_MAX", "0"), "process", "--out",
                out.toString(), input.toString());
        assertEquals(0, run.exit(), run.stderr());
        assertEquals(List.of("clean.json"), Files.list(out.resolve("reports")).map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".json"))
                .toList());
    }

    private Run serve(Path out, String setting) throws Exception {
        return run(Map.of(), "serve", "--out", out.toString(), "--inbox", tmp.resolve("inbox").toString(), "--set",
                setting);
    }

    /** claimgate in its own JVM with this environment (CLAIMGATE_* of the test's own environment removed). */
    private Run run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", io.claimgate.intake.CrashRecoveryIT.classPath(),
                ClaimgateCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile()).redirectOutput(
                ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(k -> k.startsWith("CLAIMGATE_"));
        builder.environment().putAll(env);
        Process p = builder.start();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("claimgate " + String.join(" ", args) + " did not stop");
        }
        List<String> lines = new String(err, StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("claimgate:"))
                .toList();
        return new Run(p.exitValue(), String.join("\n", lines));
    }
}
