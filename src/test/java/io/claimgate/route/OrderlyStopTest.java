package io.claimgate.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.intake.CrashRecoveryIT;
import io.claimgate.intake.StoreDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process with the embedded store, stopped by SIGTERM as a service manager stops serve, still commits the work it
 * had in flight and closes the store before it ends. Without {@link OrderlyStop} H2's shutdown hook closed the store
 * at once, the write failed and the JVM ended with 143.
 */
class OrderlyStopTest {

    @TempDir
    Path tmp;

    @Test
    void aProcessAskedToStopFinishesItsWorkOnTheEmbeddedStoreAndClosesIt() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = tmp.resolve("child.log");
        Process child = new ProcessBuilder(java, "-cp", CrashRecoveryIT.classPath(), WorksOnAfterTheSignal.class
                .getName(), tmp.resolve("state").toString()).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(log).contains("ready\n") && child.isAlive() && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        child.destroy(); // SIGTERM
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), () -> read(log));
        assertEquals(0, child.exitValue(), () -> read(log));
        try (StoreDatabase db = StoreDatabase.open(StoreDatabase.embeddedUrl(tmp.resolve("state")), null, null);
                Connection c = db.dataSource().getConnection();
                ResultSet r = c.createStatement().executeQuery("SELECT node_id FROM cluster_node")) {
            assertTrue(r.next(), "the row written after the signal is in the store");
            assertEquals("written-after-the-signal", r.getString(1));
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    /**
     * Opens the embedded store in the folder given and says "ready"; once signalled, writes a row a moment later (as a
     * file in flight commits), closes the store (as the runtime does) and returns.
     */
    static final class WorksOnAfterTheSignal {

        public static void main(String[] args) throws Exception {
            StoreDatabase db = StoreDatabase.open(StoreDatabase.embeddedUrl(Path.of(args[0])), null, null);
            CountDownLatch signalled = new CountDownLatch(1);
            OrderlyStop.on(signalled::countDown);
            System.out.println("ready");
            System.out.flush();
            signalled.await();
            Thread.sleep(300);
            try (db; Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                    "INSERT INTO cluster_node (node_id, lease_until) VALUES ('written-after-the-signal', 1)")) {
                s.executeUpdate();
            }
        }
    }
}
