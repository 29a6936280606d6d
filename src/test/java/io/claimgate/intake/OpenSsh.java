package io.claimgate.intake;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.opentest4j.TestAbortedException;

/**
 * OpenSSH's own sshd on a loopback port, for tests: throw-away ed25519 host and user keys made by ssh-keygen in a
 * temp folder, the login user being whoever runs the tests, SFTP served by internal-sftp starting in {@code root}.
 * Every way it cannot run here (no sshd or ssh-keygen, no privilege-separation folder, sshd exits) aborts the test
 * (a skip), never fails it. Uploads go through the sftp command line, as a clinic's script would send them.
 */
final class OpenSsh implements AutoCloseable {

    /** -Dopenssh.sshd=PATH: another sshd (or a missing one, to see the test skip). */
    static final Path SSHD = Path.of(System.getProperty("openssh.sshd", "/usr/sbin/sshd"));

    final Path dir;
    final Path root;
    final int port;
    final Path userKey;
    private final Process sshd;
    private final Path log;

    private OpenSsh(Path dir, Path root, int port, Path userKey, Process sshd, Path log) {
        this.dir = dir;
        this.root = root;
        this.port = port;
        this.userKey = userKey;
        this.sshd = sshd;
        this.log = log;
    }

    /** Generates the keys and configuration under dir and starts sshd, or aborts the test saying why it cannot. */
    static OpenSsh start(Path dir) throws Exception {
        assume(Files.isExecutable(SSHD), SSHD + " is absent (Debian package openssh-server)");
        assume(onPath("ssh-keygen") && onPath("sftp"), "ssh-keygen or sftp is absent (openssh-client)");
        if (isRoot()) {
            // sshd started as root wants its privilege-separation folder, which Debian's service unit would create
            try {
                Files.createDirectories(Path.of("/run/sshd"));
            } catch (IOException e) {
                assume(false, "sshd needs /run/sshd, which cannot be created: " + e);
            }
        }
        Path root = Files.createDirectories(dir.resolve("sftp-root"));
        Path hostKey = keygen(dir.resolve("host_ed25519"));
        Path userKey = keygen(dir.resolve("user_ed25519"));
        Files.copy(dir.resolve("user_ed25519.pub"), dir.resolve("authorized_keys"));
        int port = Serving.freePort();
        Path config = Files.writeString(dir.resolve("sshd_config"), String.join("\n",
                "ListenAddress 127.0.0.1",
                "Port " + port,
                "HostKey " + hostKey,
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "PubkeyAuthentication yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "UsePAM no",
                // the temp folder belongs to whoever runs the tests, not to the login user's home rules
                "StrictModes no",
                "PermitRootLogin prohibit-password",
                "PidFile " + dir.resolve("sshd.pid"),
                "Subsystem sftp internal-sftp -d " + root,
                ""));
        Path log = dir.resolve("sshd.log");
        Process sshd = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        OpenSsh server = new OpenSsh(dir, root, port, userKey, sshd, log);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!server.listening()) {
            if (!sshd.isAlive() || System.nanoTime() > end) {
                server.close();
                assume(false, "sshd did not start: " + Files.readString(log));
            }
            Thread.sleep(100);
        }
        return server;
    }

    /** A known_hosts line for this server's host key, as ssh-keyscan would write it. */
    String knownHostsLine() throws IOException {
        return knownHostsLine(dir.resolve("host_ed25519.pub"));
    }

    /** A known_hosts line naming this server's address with another key: what a changed or spoofed host shows. */
    String knownHostsLineWithAnotherKey() throws Exception {
        return knownHostsLine(keygen(dir.resolve("other_ed25519")).resolveSibling("other_ed25519.pub"));
    }

    private String knownHostsLine(Path publicKey) throws IOException {
        String[] key = Files.readString(publicKey).trim().split(" ");
        return "[127.0.0.1]:" + port + " " + key[0] + " " + key[1] + "\n";
    }

    /**
     * Runs sftp batch commands as the login user, checking this server's host key; fails the test when sftp does
     * (a command failing in batch mode ends it).
     */
    void sftp(String... commands) throws Exception {
        Path knownHosts = Files.writeString(dir.resolve("client_known_hosts"), knownHostsLine());
        Path batch = Files.write(dir.resolve("batch"), List.of(commands), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of("sftp", "-b", batch.toString(), "-i", userKey.toString(),
                "-P", String.valueOf(port), "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + knownHosts,
                "-o", "BatchMode=yes", user() + "@127.0.0.1"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("sftp " + List.of(commands) + " failed: " + output);
        }
    }

    static String user() {
        return System.getProperty("user.name");
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    /** How many logins sshd has accepted so far. */
    long logins() throws IOException {
        return log().lines().filter(l -> l.startsWith("Accepted publickey")).count();
    }

    private boolean listening() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path keygen(Path key) throws Exception {
        Process p = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "claimgate-test", "-f",
                key.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assume(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "ssh-keygen failed: " + output);
        return key;
    }

    private static boolean onPath(String command) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRoot() {
        return "root".equals(user());
    }

    private static void assume(boolean condition, String why) {
        if (!condition) {
            throw new TestAbortedException(why);
        }
    }

    /** Stops sshd (SIGTERM, then SIGKILL) and its children. */
    @Override
    public void close() throws InterruptedException {
        sshd.descendants().forEach(ProcessHandle::destroy);
        sshd.destroy();
        if (!sshd.waitFor(10, TimeUnit.SECONDS)) {
            sshd.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
