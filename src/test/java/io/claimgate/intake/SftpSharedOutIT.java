package io.claimgate.intake;

import static io.claimgate.intake.SftpNodes.files;
import static io.claimgate.intake.SftpNodes.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.sshd.server.SshServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code serve} processes (separate JVMs) on one host, as the README allows: one OUT, the default store (H2 in
 * file mode under OUT/.claimgate/, no claimgate.store.url: the first process to open it serves it to the other over
 * loopback, AUTO_SERVER), the default node name (the host's, so each trusts the other's owner lock) and one SFTP
 * folder (an Apache MINA SSHD server in this JVM). Each remote file is claimed in remote_file_claim before it is
 * downloaded (route.SftpClaims), so exactly one of the two takes it. SftpClusterIT covers the same on PostgreSQL,
 * SftpClaimsTest the claims on H2 within one JVM; here the claims of both processes go through one H2 file.
 *
 * <p>The files are uploaded once both processes have started: a process still starting while the other clears the
 * folder is a legitimate uneven split, and would leave the test unable to tell whether the second one takes files.
 * Once half are moved, process 1, the one serving the store, is stopped by SIGTERM (a restart for an upgrade): it must
 * stop in order, and process 2, its store now closed under it, takes the rest.
 */
class SftpSharedOutIT {

    static final int FILES = 36;
    /** samples/clean.837 holds three claims (SftpNodes.upload gives them ids of their own per file). */
    static final int CLAIMS_PER_FILE = 3;
    /**
     * What neither log may say: a remote file's claim the store refused or could not update (at listing time, the
     * poll fails with it), a lease not renewed, not swept or not given up, a step of a file that failed (each would be
     * the store failing a process, e.g. at its own or the other's stop: before route.OrderlyStop, H2 closed the store
     * of a process asked to stop under the file in flight). Not every failed poll: MINA SSHD fails a listing when
     * another process moves a file away during it ("Cannot list directory"), taken again at the next poll.
     */
    static final List<String> TROUBLE = List.of("in the store", "cannot renew", "sweep failed", "could not leave",
            "Failed delivery", "internal error");
    static final Pattern JOINED = Pattern.compile("cluster: node (\\S+) joined");

    @TempDir
    Path tmp;

    @Test
    void twoServeProcessesOnOneOutAndTheDefaultStoreTakeEachRemoteFileOnceAcrossAStop() throws Exception {
        Path remote = Files.createDirectories(tmp.resolve("sftp-root/inbox"));
        Path out = tmp.resolve("out");
        SshServer server = SftpNodes.server(tmp.resolve("sftp-root"));
        List<Process> nodes = new ArrayList<>();
        long t0 = System.nanoTime();
        try {
            // one after the other, so that process 1 opens the store first and serves it to process 2 (AUTO_SERVER)
            for (int n = 1; n <= 2; n++) {
                nodes.add(SftpNodes.serve(tmp, server.getPort(), out, n, List.of()));
                int k = n;
                // generous: a JVM start with Camel and Smooks took 80 s on this shared 2-core machine (SharedOutIT)
                Serving.await("process " + n + " started", Duration.ofSeconds(300), () -> started(nodes, k));
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < FILES; i++) {
                SftpNodes.upload(remote, i, null);
            }
            Serving.await("half the files moved, process 1 among their takers", Duration.ofSeconds(240),
                    () -> files(remote.resolve(".processed")).size() >= FILES / 2 && log(1).contains("intake sftp"));
            int movedAtStop = files(remote.resolve(".processed")).size();
            long t2 = System.nanoTime();
            stop(nodes.get(0));
            assertEquals(0, nodes.get(0).exitValue(), "process 1 stopped in order (the JVM's own way is 143)");
            System.out.printf("SFTP shared OUT: both processes started %.1f s after the test; process 1 stopped at %d"
                    + " of %d files moved, %.1f s after the upload, in %.1f s%n", (t1 - t0) / 1e9, movedAtStop, FILES,
                    (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);
            Serving.await("every file moved on the server", Duration.ofSeconds(240),
                    () -> files(remote.resolve(".processed")).size() == FILES);
            System.out.printf("SFTP shared OUT: all %d settled %.1f s after the upload%n", FILES,
                    (System.nanoTime() - t1) / 1e9);
        } finally {
            for (Process p : nodes) {
                stop(p);
            }
            server.stop(true);
            SftpNodes.keepLogs(tmp, "SftpSharedOutIT", 2);
        }
        assertEveryFileOnce(remote, out);
        assertBothTookFiles(out);
        for (int n = 1; n <= 2; n++) {
            String log = log(n);
            String which = "process " + n + " logged \"";
            for (String trouble : TROUBLE) {
                assertFalse(log.contains(trouble), () -> which + trouble + "\": " + log);
            }
        }
    }

    /** One outcome per file in OUT and the store, every file moved on the server, every claim forwarded once. */
    private static void assertEveryFileOnce(Path remote, Path out) throws Exception {
        Set<String> all = names(0, FILES);
        assertEquals(all, files(remote.resolve(".processed")), "every remote file moved to the processed folder");
        assertEquals(Set.of(), files(remote), "nothing left in the SFTP folder");
        assertEquals(Set.of(), files(remote.resolve(".failed")));
        assertEquals(all, files(out.resolve("archive")), "each input archived once, under its own name");
        assertEquals(FILES, Serving.count(out.resolve("reports"), ".json"), "one report per file");
        assertEquals(Set.of(), files(out.resolve("duplicates")), "no file taken twice");
        assertEquals(Set.of(), files(out.resolve("error")));
        assertEquals(0, Serving.count(out.resolve(".work")), "nothing left in work folders");
        try (StoreDatabase db = StoreDatabase.open(StoreDatabase.embeddedUrl(out.resolve(".claimgate")), null, null);
                Connection c = db.dataSource().getConnection()) {
            assertEquals(all.stream().collect(Collectors.toMap(n -> n, n -> 1, (a, b) -> a, TreeMap::new)),
                    SftpNodes.outcomes(c), "exactly one outcome in the store per remote file");
        }
        List<String> sent = ClusterIT.forwardedClaimIds(remote.resolve(".processed"));
        assertEquals(CLAIMS_PER_FILE * FILES, Set.copyOf(sent).size(), "distinct claim ids sent");
        List<String> forwarded = ClusterIT.forwardedClaimIds(out.resolve("accepted"));
        assertEquals(sent.stream().sorted().toList(), forwarded.stream().sorted().toList(),
                "every claim sent forwarded exactly once");
    }

    /** Each file's claim done, by one of the two processes, and each of them took at least one file. */
    private void assertBothTookFiles(Path out) throws Exception {
        Map<String, Integer> byNode = new TreeMap<>();
        List<String> notDone;
        try (StoreDatabase db = StoreDatabase.open(StoreDatabase.embeddedUrl(out.resolve(".claimgate")), null, null);
                Connection c = db.dataSource().getConnection()) {
            for (String row : SftpNodes.rows(c, "SELECT node_id, COUNT(*) FROM remote_file_claim WHERE done"
                    + " GROUP BY node_id")) {
                String[] columns = row.split(" ");
                byNode.put(columns[0], Integer.valueOf(columns[1]));
            }
            notDone = SftpNodes.rows(c, "SELECT node_id, file_key FROM remote_file_claim WHERE NOT done");
        }
        System.out.println("SFTP shared OUT: files taken by process: " + byNode);
        assertEquals(List.of(), notDone, "no claim left not done");
        assertEquals(Set.of(nodeId(1), nodeId(2)), byNode.keySet(), "both processes took files, no one else");
        assertEquals(FILES, byNode.values().stream().mapToInt(Integer::intValue).sum(), "one done claim per file");
    }

    /** SIGTERM, as a service manager stops a process, and its end. */
    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("a process did not end within 120 s of SIGTERM");
        }
    }

    /** Whether process n's routes run; fails at once when it ended (its log says why). */
    private boolean started(List<Process> nodes, int n) {
        if (!nodes.get(n - 1).isAlive()) {
            throw new AssertionError("process " + n + " ended: " + log(n));
        }
        return log(n).contains("claimgate started: routes running");
    }

    /** Process n's owner id, as it logged it on joining (PID-RANDOM@HOST: both on this host's name). */
    private String nodeId(int n) {
        Matcher m = JOINED.matcher(log(n));
        assertTrue(m.find(), () -> "process " + n + " joined: " + log(n));
        return m.group(1);
    }

    private String log(int n) {
        return CrashRecoveryIT.read(tmp.resolve("node-" + n + ".log"));
    }
}
