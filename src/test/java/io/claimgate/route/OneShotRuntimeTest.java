package io.claimgate.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.commit.FileOutcome;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.management.ObjectName;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime of process and replay (issue 10, start-up): Camel without JMX and with only claim-files.yaml's routes,
 * and still the same outcome for a file sent through the claim-file route.
 */
class OneShotRuntimeTest {

    @TempDir
    Path tmp;

    @Test
    void processAndReplayLoadOnlyTheClaimFileRoutesAndRegisterNoMBeans() throws Exception {
        Path input = Files.copy(Path.of("samples/clean.837"), tmp.resolve("clean.837"));
        Path out = tmp.resolve("out");
        try (ClaimgateRuntime runtime = new ClaimgateRuntime(out, 1, RunSettings.command())) {
            runtime.start();
            CamelContext camel = runtime.camel();
            assertEquals(List.of("claim-file", "folder-intake"),
                    camel.getRoutes().stream().map(Route::getRouteId).sorted().toList());
            assertNull(camel.getManagementStrategy().getManagementAgent(), "no JMX agent");
            assertEquals(0, ManagementFactory.getPlatformMBeanServer().queryNames(new ObjectName(
                    "org.apache.camel:context=" + camel.getManagementName() + ",*"), null).size());

            FileOutcome outcome = runtime.process(input, true);
            assertEquals(List.of(true, 3, 3, 0), List.of(outcome.processed(), outcome.claims(), outcome.accepted(),
                    outcome.rejected()));
        }
        assertEquals(List.of("accepted", "acks", "archive", "reports"), folders(out));
    }

    @Test
    void theOtherRuntimesKeepEveryRouteFile() throws Exception {
        // serve, worker and the tests' servers start from oneShot(): the intakes' routes exist, switched off here
        try (ClaimgateRuntime runtime = new ClaimgateRuntime(tmp.resolve("out"), 1, RunSettings.oneShot())) {
            runtime.start();
            // (kafka-worker.yaml's route exists only in a worker, claimgate.kafka.worker=true)
            assertEquals(List.of("claim-file", "console", "folder-intake", "http-replay", "sftp-intake"),
                    runtime.camel().getRoutes().stream().map(Route::getRouteId).sorted().toList());
            assertNull(runtime.camel().getManagementStrategy().getManagementAgent(), "no JMX agent");
        }
    }

    @Test
    void aCleanStopLeavesNoEmptyFolderOfItsOwnForTheNextStartToTakeOver() throws Exception {
        Path out = tmp.resolve("out");
        Path uploads;
        Path download;
        try (ClaimgateRuntime runtime = new ClaimgateRuntime(out, 1, RunSettings.oneShot())) {
            runtime.start();
            String id;
            try (var locks = Files.list(out.resolve(".claimgate/owners"))) {
                id = locks.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".lock")).findFirst()
                        .orElseThrow().replace(".lock", "");
            }
            uploads = Files.createDirectories(out.resolve(".claimgate/uploads").resolve(id));
            download = Files.createDirectories(out.resolve(".claimgate/sftp-download").resolve(id));
            Files.writeString(download.resolve("in-flight.837"), "ISA");
        }
        assertFalse(Files.exists(uploads), "empty: removed");
        assertTrue(Files.exists(download.resolve("in-flight.837")), "with a file in it: kept for recovery");
    }

    private static List<String> folders(Path out) throws Exception {
        try (var children = Files.list(out)) {
            return children.filter(p -> Files.isDirectory(p) && !p.getFileName().toString().startsWith("."))
                    .filter(p -> {
                        try (var inside = Files.list(p)) {
                            return inside.findAny().isPresent();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
