package io.claimgate.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.route.ClaimgateRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claim-file route's error policy (camel-routes/claim-files.yaml): a file whose staging throws, for a real
 * reason (the control-number counter is a folder, so no 999 can be numbered), is tried three times, then put in
 * error/ beside a reason, once; no work folder is left and the inbox file is not taken again.
 */
class StagingFailureTest {

    @TempDir
    Path tmp;

    @Test
    void aFileWhoseStagingThrowsIsRetriedThenFiledUnderErrorOnceWithNoWorkFolderLeft() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve(".claimgate/control-number"));
        Map<String, String> p = Serving.quiet(inbox);
        p.put("claimgate.inbox.enabled", "true");
        p.put("claimgate.inbox.min-age", "200");
        p.put("claimgate.retry.delay", "50");
        try (CamelCapture camel = new CamelCapture(); ClaimgateRuntime runtime = new ClaimgateRuntime(out, 2, p)) {
            runtime.start();
            NotifyBuilder taken = camel.folderExchangesDone(1);
            NotifyBuilder twice = camel.folderExchangesDone(2);
            Files.copy(Path.of("samples/clean.837"), inbox.resolve("clean.837"));
            assertTrue(taken.matches(30, TimeUnit.SECONDS), "clean.837 was never taken");
            assertFalse(twice.matches(1500, TimeUnit.MILLISECONDS), "taken again"); // 7 polls at 200 ms
        }
        assertEquals(Set.of("clean.837", "clean.reason.txt"), CrashRecoveryIT.names(out.resolve("error")));
        String reason = Files.readString(out.resolve("error/clean.reason.txt"));
        assertTrue(reason.startsWith("clean.837: claimgate could not process it (3 attempt(s)): cannot stage"
                + " clean.837: "), reason);
        assertTrue(reason.contains("cannot update control-number file"), reason);
        assertEquals(0, Serving.count(out.resolve(".work")), "no work folder left behind");
        assertEquals(0, Serving.count(inbox));
        for (String folder : List.of("archive", "reports", "acks", "accepted", "duplicates")) {
            assertEquals(0, Serving.count(out.resolve(folder)), folder);
        }
        try (JdbcFileStore store = new JdbcFileStore(StoreDatabase.open(StoreDatabase.embeddedUrl(
                out.resolve(".claimgate")), null, null))) {
            assertEquals(0, store.size(), "not recorded: taken again once fixed");
        }
    }
}
