package io.claimgate.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 2: three {@code serve} nodes as separate JVMs on one inbox, one OUT and one PostgreSQL store
 * (started by the test). 300 small files (3 claims each, distinct ISA13 and claim ids) are dropped; node 2 is
 * killed with SIGKILL half-way, stays down past its lease so that the others take over its work, and is started
 * again. Every input must end with exactly one outcome and no claim may be forwarded twice. Each node gets its own
 * name ({@code claimgate.cluster.node}) so that the others see it as another machine: its owner lock is not trusted,
 * its lease is, and one of them takes over its work once that lapsed.
 */
class ClusterIT {

    static final int FILES = 300;
    /**
     * Short, to keep the test short, but not too short: with 4 s a node starved of CPU on this 2-core machine (load
     * near 30, three JVMs) missed its renewals, was reaped while alive, and a file got a second duplicates/ reason
     * (the paused-node case docs/architecture.md lists as not covered).
     */
    static final long LEASE_MILLIS = 10_000;

    @TempDir
    Path tmp;

    @Test
    void threeNodesProcessEveryFileExactlyOnceAcrossAKill() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Path out = tmp.resolve("out");
        String clean = Files.readString(Path.of("samples/clean.837"), StandardCharsets.ISO_8859_1);
        for (int i = 0; i < FILES; i++) {
            String text = clean.replace("000000201", String.format("%09d", 5000 + i))
                    .replace("CLEAN-10", "F" + i + "-");
            Files.writeString(inbox.resolve(String.format("f%03d.837", i)), text, StandardCharsets.ISO_8859_1);
        }
        Thread.sleep(300);
        long t0 = System.nanoTime();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            List<Process> nodes = new ArrayList<>();
            try {
                for (int n = 1; n <= 3; n++) {
                    nodes.add(node(postgres, inbox, out, n, "first"));
                }
                Serving.await("half the files archived", Duration.ofSeconds(180),
                        () -> Serving.count(out.resolve("archive")) >= FILES / 2);
                Process killed = nodes.get(1);
                killed.destroyForcibly(); // SIGKILL
                killed.waitFor();
                long archivedAtKill = Serving.count(out.resolve("archive"));
                // down until its lease lapsed and a sweep of node 1 or 3 (every half lease) reaped it
                Serving.await("node 1 or 3 to take over node 2's work", Duration.ofSeconds(3 * LEASE_MILLIS / 1000),
                        () -> TAKEOVER.matcher(logs(tmp)).find());
                nodes.set(1, node(postgres, inbox, out, 2, "second"));
                Serving.await("every input to have an outcome", Duration.ofSeconds(240),
                        () -> Serving.count(inbox) == 0 && Serving.count(out.resolve(".work")) == 0);
                System.out.printf("cluster test: node 2 killed at %d of %d files archived; all settled %.1f s after"
                        + " the start%n", archivedAtKill, FILES, (System.nanoTime() - t0) / 1e9);
            } finally {
                for (Process p : nodes) {
                    p.destroy();
                    p.waitFor();
                }
            }
        }
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < FILES; i++) {
            expected.add(String.format("f%03d.837", i));
        }
        assertEquals(expected, CrashRecoveryIT.names(out.resolve("archive")), "each input archived once, own stem");
        assertEquals(FILES, Serving.count(out.resolve("reports"), ".json"), "one report per file");
        assertEquals(Set.of(), CrashRecoveryIT.names(out.resolve("duplicates")));
        assertEquals(Set.of(), CrashRecoveryIT.names(out.resolve("error")));
        assertEquals(0, Serving.count(tmp.resolve("inbox")), "nothing left in the inbox");
        assertEquals(0, Serving.count(out.resolve(".work")), "nothing left in work folders");
        List<String> claims = forwardedClaimIds(out.resolve("accepted"));
        assertEquals(3 * FILES, claims.size(), "every claim forwarded");
        assertEquals(3 * FILES, new HashSet<>(claims).size(), "no claim forwarded twice");
        assertTrue(TAKEOVER.matcher(logs(tmp)).find(), "a node took over the killed node's work");
        assertFalse(logs(tmp).contains(" stops: "), "no node lost its lease while alive");
    }

    static final Pattern TAKEOVER = Pattern.compile("cluster: node \\d+-\\p{XDigit}{8}@node-2 is gone; node"
            + " \\d+-\\p{XDigit}{8}@node-[13] took over");

    /** The first lives of nodes 1 and 3 (the ones that can take over node 2's work). */
    private static String logs(Path tmp) {
        return CrashRecoveryIT.read(tmp.resolve("node-1-first.log")) + CrashRecoveryIT.read(tmp.resolve(
                "node-3-first.log"));
    }

    static List<String> forwardedClaimIds(Path accepted) throws IOException {
        List<String> ids = new ArrayList<>();
        Pattern clm = Pattern.compile("(?:^|~)\\s*CLM\\*([^*]+)\\*");
        try (Stream<Path> files = Files.list(accepted)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".837")).toList()) {
                Matcher m = clm.matcher(Files.readString(f, StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        return ids;
    }

    private Process node(EmbeddedPostgres postgres, Path inbox, Path out, int n, String life) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path folder = Files.createDirectories(tmp.resolve("node-" + n));
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", CrashRecoveryIT.classPath(),
                "io.claimgate.cli.ClaimgateCommand", "serve", "--inbox", inbox.toString(), "--out", out.toString(),
                "--threads", "1",
                "--set", "claimgate.inbox.min-age=200", "--set", "claimgate.inbox.poll-delay=200",
                "--set", "claimgate.http.enabled=false", "--set", "claimgate.management.enabled=false",
                "--set", "claimgate.store.url=" + postgres.url(), "--set", "claimgate.store.user=" + postgres.user(),
                "--set", "claimgate.cluster.lease=" + LEASE_MILLIS, "--set", "claimgate.cluster.node=node-" + n));
        Path log = tmp.resolve("node-" + n + "-" + life + ".log");
        return new ProcessBuilder(cmd).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

}
