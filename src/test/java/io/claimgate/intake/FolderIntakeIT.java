package io.claimgate.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.cli.ClaimgateCommand;
import io.claimgate.route.ClaimgateRuntime;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The folder intake: a file written slowly in pieces into a partner sub-folder is processed once, whole, with the
 * partner in its report; then the same bytes replayed from the command line are refused as a duplicate, and a
 * forced replay is processed and marked.
 */
class FolderIntakeIT {

    @TempDir
    Path tmp;
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void slowDropIsProcessedOnceWholeThenReplayIsADuplicateUnlessForced() throws Exception {
        Path inbox = tmp.resolve("inbox");
        Path out = tmp.resolve("out");
        Files.createDirectories(inbox.resolve("PARTNER7"));
        byte[] mixed = Files.readAllBytes(Path.of("samples/mixed.837"));
        Map<String, String> p = Serving.quiet(inbox);
        p.put("claimgate.inbox.enabled", "true");
        try (CamelCapture camel = new CamelCapture(); ClaimgateRuntime runtime = new ClaimgateRuntime(out, 2, p)) {
            runtime.start();
            NotifyBuilder taken = camel.folderExchangesDone(1);
            NotifyBuilder twice = camel.folderExchangesDone(2);
            Path drop = inbox.resolve("PARTNER7/mixed.837");
            try (OutputStream o = Files.newOutputStream(drop)) {
                int piece = mixed.length / 6 + 1;
                for (int at = 0; at < mixed.length; at += piece) {
                    o.write(mixed, at, Math.min(piece, mixed.length - at));
                    o.flush();
                    Thread.sleep(500); // 3 s in all, twice the 1.5 s min-age and many polls
                    assertFalse(Files.exists(out.resolve("reports/mixed.json")), "taken while still being written");
                }
            }
            assertTrue(taken.matches(30, TimeUnit.SECONDS), "mixed.837 was never taken");
            assertFalse(twice.matches(1, TimeUnit.SECONDS), "taken again"); // a few more polls: nothing may happen
            assertEquals(1, Serving.count(out.resolve("reports"), ".json"));
            assertEquals(0, Serving.count(out.resolve("duplicates")));
            assertEquals(0, Serving.count(inbox.resolve("PARTNER7")), "the inbox is empty");
            assertArrayEquals(mixed, Files.readAllBytes(out.resolve("archive/mixed.837")));
            JsonNode report = JSON.readTree(out.resolve("reports/mixed.json").toFile());
            assertEquals("PARTNER7", report.get("partner").asText());
            assertEquals("folder", report.get("intake").asText());
            assertEquals(10, report.get("totals").get("claims").asInt());
            assertEquals(2, report.get("totals").get("accepted").asInt());
        }

        // the same bytes, another name, another intake
        Path copy = tmp.resolve("resubmitted.837");
        Files.write(copy, mixed);
        Replay refused = replay(out, copy.toString());
        assertEquals(4, refused.exit, refused.stdout);
        assertEquals("duplicate", JSON.readTree(refused.stdout).get("outcome").asText());
        String reason = Files.readString(out.resolve("duplicates/resubmitted.reason.txt"));
        assertTrue(reason.contains("processed before as mixed.837 (intake folder"), reason);
        assertTrue(reason.contains("outcome processed, reports/mixed.json"), reason);
        assertArrayEquals(mixed, Files.readAllBytes(out.resolve("duplicates/resubmitted.837")));
        assertTrue(Files.exists(copy), "replay copies, never moves");
        assertFalse(Files.exists(out.resolve("reports/resubmitted.json")));

        // forced: processed again, under the next free stem (resubmitted is taken in duplicates/)
        Replay forced = replay(out, "--force", copy.toString());
        assertEquals(0, forced.exit, forced.stdout);
        JsonNode answer = JSON.readTree(forced.stdout);
        assertEquals("processed", answer.get("outcome").asText());
        assertTrue(answer.get("forced").asBoolean());
        assertEquals(out.resolve("acks/resubmitted-2.277").toAbsolutePath().toString(), answer.get("ack").asText());
        JsonNode forcedReport = JSON.readTree(out.resolve("reports/resubmitted-2.json").toFile());
        assertTrue(forcedReport.get("forced").asBoolean());
        assertEquals("replay", forcedReport.get("intake").asText());
        assertEquals(10, forcedReport.get("totals").get("claims").asInt());
        assertEquals(2, Serving.count(out.resolve("reports"), ".json"));
        assertEquals(0, Serving.count(out.resolve(".work")));
    }

    record Replay(int exit, String stdout) {
    }

    static Replay replay(Path out, String... args) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        String[] all = new String[args.length + 3];
        all[0] = "replay";
        all[1] = "--out";
        all[2] = out.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        try {
            System.setOut(new PrintStream(buffer, true));
            int exit = new CommandLine(new ClaimgateCommand()).execute(all);
            return new Replay(exit, buffer.toString());
        } finally {
            System.setOut(saved);
        }
    }
}
