package io.claimgate.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.commit.CommitPlan;
import io.claimgate.commit.CommitRecovery;
import io.claimgate.commit.Disposition;
import io.claimgate.commit.JournalEntry;
import io.claimgate.commit.OutputLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up recovery at each crash point of a commit, and a journal whose last line was torn by a crash. */
class CommitRecoveryTest {

    @TempDir
    Path tmp;

    @Test
    void aCommitInterruptedAfterItsPlanIsFinishedAndWorkWithoutAPlanIsDiscarded() throws Exception {
        OutputLayout layout = new OutputLayout(tmp.resolve("out"));
        layout.create();
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        // S: plan written, the 277 already renamed, the report not yet, input still in the inbox (crash mid-renames)
        Path input = Files.writeString(inbox.resolve("s.837"), "ISA...");
        Path work = Files.createDirectories(layout.work().resolve("s"));
        Files.writeString(work.resolve("s.277"), "ack");
        Files.writeString(work.resolve("s.report.json"), "{}");
        JournalEntry entry = entry("abc", "s", Disposition.PROCESSED);
        new CommitPlan(work, List.of(new CommitPlan.Move(work.resolve("s.277"), layout.acks().resolve("s.277")),
                new CommitPlan.Move(work.resolve("s.report.json"), layout.reports().resolve("s.json"))),
                new CommitPlan.Move(input, layout.archive().resolve("s.837")), entry).write();
        Files.move(work.resolve("s.277"), layout.acks().resolve("s.277"));
        // T: staged but never committed (no plan): its input must stay for the intake to take again
        Path other = Files.writeString(inbox.resolve("t.837"), "ISA...");
        Files.createDirectories(layout.work().resolve("t"));
        Files.writeString(layout.work().resolve("t/t.277"), "half");

        try (ProcessedFileStore store = ProcessedFileStore.open(layout.state().resolve("processed.journal"))) {
            CommitRecovery.Result r = CommitRecovery.run(layout, store, List.of());
            assertEquals(1, r.rolledForward());
            assertEquals(1, r.discarded());
            assertEquals("s", store.find("abc").orElseThrow().stem());
            // running it again (a crash during recovery) changes nothing and records nothing twice
            CommitRecovery.run(layout, store, List.of());
        }
        assertTrue(Files.exists(layout.reports().resolve("s.json")));
        assertTrue(Files.exists(layout.acks().resolve("s.277")));
        assertTrue(Files.exists(layout.archive().resolve("s.837")));
        assertFalse(Files.exists(input));
        assertTrue(Files.exists(other));
        assertFalse(Files.exists(layout.acks().resolve("t.277")));
        assertEquals(0, Serving.count(layout.work()));
        assertEquals(1, Files.readAllLines(layout.state().resolve("processed.journal")).size());
    }

    @Test
    void aTornLastJournalLineIsCutOffAndTheEntriesBeforeItKept() throws Exception {
        Path journal = tmp.resolve("processed.journal");
        Files.writeString(journal, "{\"sha256\":\"a1\",\"stem\":\"x\"}\n{\"sha256\":\"b2\",\"st");
        try (ProcessedFileStore store = ProcessedFileStore.open(journal)) {
            assertTrue(store.find("a1").isPresent());
            assertTrue(store.find("b2").isEmpty());
            store.record(entry("c3", "y", null));
        }
        assertEquals(List.of("{\"sha256\":\"a1\",\"stem\":\"x\"}", "{\"sha256\":\"c3\",\"stem\":\"y\"}"),
                Files.readAllLines(journal));
    }

    @Test
    void journalLinesKeepTheirFieldNamesAndOrderBothWays() throws Exception {
        Path journal = tmp.resolve("processed.journal");
        String earlier = "{\"sha256\":\"d4\",\"stem\":\"claims\",\"outcome\":\"processed\","
                + "\"where\":\"reports/claims.json\",\"input\":\"claims.837\",\"intake\":\"folder\","
                + "\"partner\":\"CLINIC01\",\"sender\":\"ZZ:CLINIC01\",\"isa13\":\"000000201\",\"forced\":true,"
                + "\"time\":\"2026-01-10T09:30:00Z\"}";
        Files.writeString(journal, earlier + "\n");
        JournalEntry reuse = new JournalEntry("e5", "dup", Disposition.INTERCHANGE_DUPLICATE, "error/dup.reason.txt",
                "dup.837", "http", null, "ZZ:CLINIC01", "000000201", false, "2026-01-11T08:00:00Z");
        try (ProcessedFileStore store = ProcessedFileStore.open(journal)) {
            JournalEntry e = store.find("d4").orElseThrow();
            assertEquals(List.of("claims", "CLINIC01", "ZZ:CLINIC01", "000000201"),
                    List.of(e.stem(), e.partner(), e.sender(), e.isa13()));
            assertEquals(Disposition.PROCESSED, e.outcome());
            assertTrue(e.forced());
            store.record(reuse);
            store.record(reuse); // same hash and stem: recorded once
        }
        assertEquals(List.of(earlier, "{\"sha256\":\"e5\",\"stem\":\"dup\",\"outcome\":\"interchange-duplicate\","
                + "\"where\":\"error/dup.reason.txt\",\"input\":\"dup.837\",\"intake\":\"http\","
                + "\"sender\":\"ZZ:CLINIC01\",\"isa13\":\"000000201\",\"time\":\"2026-01-11T08:00:00Z\"}"),
                Files.readAllLines(journal));
        try (ProcessedFileStore store = ProcessedFileStore.open(journal)) {
            assertEquals("d4", store.findInterchange("ZZ:CLINIC01", "000000201").orElseThrow().sha256(),
                    "an interchange-duplicate never becomes the owner of the control number");
            assertEquals(2, store.size());
        }
    }

    private static JournalEntry entry(String sha256, String stem, Disposition outcome) {
        return new JournalEntry(sha256, stem, outcome, null, null, null, null, null, null, false, null);
    }
}
