package io.claimgate.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.bench.Synthetic837Generator;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code replay} started as its own JVM on the OUT of a running {@code serve} (its own JVM too) while serve is in the
 * middle of a large file: replay's start-up recovery must leave serve's work alone (it belongs to a live owner), and
 * both files end with exactly one outcome. 30,000 claims keep serve busy for several seconds on this machine, longer
 * than replay needs to reach its recovery.
 */
class SharedOutIT {

    static final int CLAIMS = 30_000;

    @TempDir
    Path tmp;

    @Test
    void replayNextToARunningServeNeverDiscardsServesWork() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Path out = tmp.resolve("out");
        try (Writer w = Files.newBufferedWriter(inbox.resolve("big.837"), StandardCharsets.ISO_8859_1)) {
            new Synthetic837Generator(7).write(w, CLAIMS);
        }
        Thread.sleep(300);
        Path serveLog = tmp.resolve("serve.log");
        Process serve = CrashRecoveryIT.serve(inbox, out, serveLog);
        try {
            Path staged = out.resolve(".work/big/big.report.json");
            Serving.await("serve to be working on big.837", Duration.ofSeconds(300),
                    () -> CrashRecoveryIT.size(staged) > 0 || !serve.isAlive());
            assertTrue(serve.isAlive(), () -> CrashRecoveryIT.read(serveLog));

            Path replayLog = tmp.resolve("replay.log");
            Process replay = replay(out, Path.of("samples/clean.837").toAbsolutePath(), replayLog);
            // generous: this 2-core machine is shared, and a JVM start with Camel and Smooks took 80 s under load
            if (!replay.waitFor(300, TimeUnit.SECONDS)) {
                replay.destroyForcibly();
                throw new AssertionError("replay did not finish: " + CrashRecoveryIT.read(replayLog));
            }
            String replayed = Files.readString(replayLog);
            assertEquals(0, replay.exitValue(), replayed);
            assertTrue(replayed.contains("0 unfinished file(s) discarded, 1 left to the running process(es)"),
                    replayed);
            assertTrue(Files.exists(out.resolve("reports/clean.json")), replayed);

            Serving.await("serve to settle big.837", Duration.ofSeconds(600),
                    () -> Serving.count(inbox) == 0 && Serving.count(out.resolve(".work")) == 0);
        } finally {
            serve.destroy();
            serve.waitFor();
        }
        String served = Files.readString(serveLog);
        assertFalse(served.contains("NoSuchFileException"), served);
        assertFalse(served.contains("discarded the uncommitted work"), served);
        assertEquals(Set.of("big.837", "clean.837"), CrashRecoveryIT.names(out.resolve("archive")), "replay copies");
        assertEquals(Set.of("big.json", "clean.json"), CrashRecoveryIT.jsonReports(out));
        assertEquals(Set.of(), CrashRecoveryIT.names(out.resolve("error")));
        assertTrue(Files.readString(out.resolve("reports/big.json")).contains("\"claims\" : " + CLAIMS));
        try (JdbcFileStore store = new JdbcFileStore(StoreDatabase.open(StoreDatabase.embeddedUrl(
                out.resolve(".claimgate")), null, null))) {
            assertEquals(2, store.size(), "one store entry per input");
        }
        // both processes have ended: no owner is alive any more (a lock file a JVM ending on SIGTERM had no time to
        // delete is harmless: the next start deletes the lock files of owners that are gone)
        for (String lock : CrashRecoveryIT.names(out.resolve(".claimgate/owners"))) {
            assertFalse(io.claimgate.commit.WorkOwner.alive(new io.claimgate.commit.OutputLayout(out),
                    lock.replace(".lock", "")), lock + " is still held");
        }
    }

    static Process replay(Path out, Path file, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", CrashRecoveryIT.classPath(),
                "io.claimgate.cli.ClaimgateCommand", "replay", "--threads", "1", "--out", out.toString(),
                file.toString()));
        return new ProcessBuilder(cmd).directory(log.getParent().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }
}
