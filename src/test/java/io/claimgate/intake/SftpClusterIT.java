package io.claimgate.intake;

import static io.claimgate.intake.SftpNodes.files;
import static io.claimgate.intake.SftpNodes.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.sshd.server.SshServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three {@code serve} nodes (separate JVMs) run the SFTP intake on one SFTP folder (an Apache MINA SSHD server in
 * this JVM), with one OUT and one PostgreSQL store: each remote file is claimed in the store before it is downloaded
 * (route.SftpClaims), so each gets exactly one outcome. The store also holds, from the start, the claim of a node
 * that died holding f000.837 and whose lease lapsed long ago: one live node recovers it, then one takes f000 over.
 * Then 30 more files are uploaded and node 2 is killed with SIGKILL half-way; the others take over what it held once
 * its lease lapsed.
 */
class SftpClusterIT {

    static final int FIRST = 30;
    static final int SECOND = 30;
    /** Short to keep the test short; not shorter: three JVMs on two busy cores (ClusterIT says why). */
    static final long LEASE_MILLIS = 10_000;
    static final String DEAD = "999-deadbeef@node-9";
    static final long MTIME = 1_764_440_000_000L; // whole seconds: SFTP v3 gives seconds

    @TempDir
    Path tmp;

    @Test
    void threeNodesOnOneSftpFolderTakeEachFileOnceAcrossAKill() throws Exception {
        Path remote = Files.createDirectories(tmp.resolve("sftp-root/inbox"));
        Path out = tmp.resolve("out");
        for (int i = 0; i < FIRST; i++) {
            SftpNodes.upload(remote, i, FileTime.fromMillis(MTIME));
        }
        SshServer server = SftpNodes.server(tmp.resolve("sftp-root"));
        long t0 = System.nanoTime();
        Map<String, Integer> outcomes;
        String killedHeld;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            deadNodeHolds(postgres, "inbox/f000.837;" + Files.size(remote.resolve("f000.837")) + ";" + MTIME);
            List<Process> nodes = new ArrayList<>();
            try {
                for (int n = 1; n <= 3; n++) {
                    nodes.add(SftpNodes.serve(tmp, postgres, server.getPort(), out, n, LEASE_MILLIS));
                }
                Serving.await("the first files moved on the server", Duration.ofSeconds(240),
                        () -> files(remote.resolve(".processed")).size() == FIRST);
                Serving.await("their outcomes", Duration.ofSeconds(30), () -> outcomes(postgres).size() == FIRST);
                assertFirstFiles(remote, out, outcomes(postgres), postgres);
                System.out.printf("SFTP cluster: %d files settled %.1f s after the start, files taken by node: %s%n",
                        FIRST, (System.nanoTime() - t0) / 1e9, shares(postgres));

                killedHeld = uploadMoreAndKillNodeTwo(postgres, remote, nodes.get(1));
                Serving.await("every file moved on the server", Duration.ofSeconds(240),
                        () -> files(remote.resolve(".processed")).size() == FIRST + SECOND);
                Serving.await("every outcome", Duration.ofSeconds(60),
                        () -> outcomes(postgres).size() == FIRST + SECOND);
                outcomes = outcomes(postgres);
                System.out.printf("SFTP cluster: all %d settled %.1f s after the start, files taken by node: %s%n",
                        FIRST + SECOND, (System.nanoTime() - t0) / 1e9, shares(postgres));
            } finally {
                for (Process p : nodes) {
                    p.destroy();
                    p.waitFor();
                }
                server.stop(true);
                SftpNodes.keepLogs(tmp, "SftpClusterIT", 3);
            }
        }
        assertEveryFileOnce(remote, out, outcomes, killedHeld);
    }

    /** The 30 more files uploaded, node 2 killed with SIGKILL once a third are moved: what it held, not done. */
    private static String uploadMoreAndKillNodeTwo(EmbeddedPostgres postgres, Path remote, Process node2)
            throws Exception {
        for (int i = FIRST; i < FIRST + SECOND; i++) {
            SftpNodes.upload(remote, i, null);
        }
        Serving.await("a third of the new files moved", Duration.ofSeconds(120),
                () -> files(remote.resolve(".processed")).size() >= FIRST + SECOND / 3);
        node2.destroyForcibly(); // SIGKILL
        node2.waitFor();
        String killedHeld = claimsNotDone(postgres);
        System.out.printf("SFTP cluster: node 2 killed at %d of %d files moved, holding [%s]%n",
                files(remote.resolve(".processed")).size(), FIRST + SECOND, killedHeld);
        return killedHeld;
    }

    /** All 60: one outcome each, all moved on the server, no claim forwarded twice, node 2's file taken over. */
    private void assertEveryFileOnce(Path remote, Path out, Map<String, Integer> outcomes, String killedHeld)
            throws Exception {
        Set<String> all = names(0, FIRST + SECOND);
        assertEquals(all.stream().collect(Collectors.toMap(n -> n, n -> 1, (a, b) -> a, TreeMap::new)), outcomes,
                "exactly one outcome in the store per remote file");
        assertEquals(all, files(remote.resolve(".processed")), "every remote file moved to the processed folder");
        assertEquals(Set.of(), files(remote), "nothing left in the SFTP folder");
        assertEquals(Set.of(), files(remote.resolve(".failed")));
        assertEquals(all, files(out.resolve("archive")));
        assertEquals(Set.of(), files(out.resolve("error")));
        assertKilledAfterCommitAtMost(out, killedHeld);
        List<String> claims = ClusterIT.forwardedClaimIds(out.resolve("accepted"));
        assertEquals(3 * (FIRST + SECOND), claims.size(), "every claim forwarded");
        assertEquals(3 * (FIRST + SECOND), new HashSet<>(claims).size(), "no claim forwarded twice");
        if (!killedHeld.isEmpty()) {
            assertTrue(logs(1, 3).contains("from node " + killedHeld.split(" ")[0]), "node 2's file taken over");
        }
        assertFalse(logs(1, 3).contains(" stops: "), "no node lost its lease while alive");
    }

    /** The first 30: each once, nothing in duplicates/, and f000 taken over from the dead node. */
    private void assertFirstFiles(Path remote, Path out, Map<String, Integer> outcomes, EmbeddedPostgres postgres)
            throws Exception {
        Set<String> first = names(0, FIRST);
        assertEquals(first, outcomes.keySet());
        assertEquals(Set.of(1), new HashSet<>(outcomes.values()), outcomes.toString());
        assertEquals(first, files(remote.resolve(".processed")));
        assertEquals(first, files(out.resolve("archive")));
        assertEquals(Set.of(), files(out.resolve("duplicates")));
        assertTrue(logs(1, 2, 3).contains("SFTP: inbox/f000.837;" + Files.size(remote.resolve(".processed/f000.837"))
                + ";" + MTIME + " taken over from node " + DEAD + ", which is gone"), () -> "f000 taken over from the"
                + " dead node: " + logs(1, 2, 3).lines().filter(l -> l.contains("f000") || l.contains("node-9")).toList()
                + shares(postgres));
    }

    /**
     * The one duplicates/ entry a SIGKILL may leave (docs/architecture.md): node 2 killed between a file's commit and
     * its remote move, so the file was downloaded again and its recorded hash sent it to duplicates/. Never "being
     * processed now", never more than the one file, and only the file node 2 held.
     */
    private static void assertKilledAfterCommitAtMost(Path out, String killedHeld) throws Exception {
        Set<String> reasons = files(out.resolve("duplicates")).stream().filter(n -> n.endsWith(".reason.txt"))
                .collect(Collectors.toSet());
        assertTrue(reasons.size() <= 1, reasons.toString());
        for (String r : reasons) {
            String text = Files.readString(out.resolve("duplicates").resolve(r));
            assertTrue(text.contains("was processed before"), text);
            assertTrue(killedHeld.contains("/" + text.substring(0, text.indexOf(':')) + ";"), killedHeld + ": " + text);
            System.out.println("SFTP cluster: killed between commit and remote move: " + text.strip());
        }
    }

    /** Migrates the store and gives it a node whose lease lapsed long ago, holding f000 (not done). */
    private static void deadNodeHolds(EmbeddedPostgres postgres, String key) throws Exception {
        try (StoreDatabase db = StoreDatabase.open(postgres.url(), postgres.user(), null);
                Connection c = db.dataSource().getConnection()) {
            c.createStatement().executeUpdate("INSERT INTO cluster_node (node_id, lease_until) VALUES ('" + DEAD
                    + "', 1)");
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO remote_file_claim (file_key, node_id, done, since) VALUES (?, ?, FALSE, ?)")) {
                s.setString(1, key);
                s.setString(2, DEAD);
                s.setLong(3, System.currentTimeMillis()); // claimed just now: not old enough to be pruned
                s.executeUpdate();
            }
        }
    }

    /** Outcomes recorded in the store, counted by input name; none while it cannot be read (not migrated yet). */
    private static Map<String, Integer> outcomes(EmbeddedPostgres postgres) {
        try (Connection c = java.sql.DriverManager.getConnection(postgres.url(), postgres.user(), "")) {
            return SftpNodes.outcomes(c);
        } catch (java.sql.SQLException e) {
            return Map.of();
        }
    }

    /** How many files each node took (its done claims). */
    private static String shares(EmbeddedPostgres postgres) {
        return rows(postgres, "SELECT node_id, COUNT(*) FROM remote_file_claim WHERE done GROUP BY node_id"
                + " ORDER BY node_id").toString();
    }

    /** "NODE KEY, ..." of node 2's claims not done. */
    private static String claimsNotDone(EmbeddedPostgres postgres) {
        return String.join(", ", rows(postgres,
                "SELECT node_id, file_key FROM remote_file_claim WHERE NOT done AND node_id LIKE '%@node-2'"));
    }

    /** Each row's columns joined by a space; none while the store cannot be read (not migrated yet). */
    private static List<String> rows(EmbeddedPostgres postgres, String sql) {
        try (Connection c = java.sql.DriverManager.getConnection(postgres.url(), postgres.user(), "")) {
            return SftpNodes.rows(c, sql);
        } catch (java.sql.SQLException e) {
            return List.of();
        }
    }

    private String logs(int... nodes) {
        StringBuilder all = new StringBuilder();
        for (int n : nodes) {
            all.append(CrashRecoveryIT.read(tmp.resolve("node-" + n + ".log")));
        }
        return all.toString();
    }
}
