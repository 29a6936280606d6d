package io.claimgate.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commit plan file keeps the layout plans had before it was a record, both ways. */
class CommitPlanTest {

    @TempDir
    Path tmp;

    /** Keeps what it is given, in order: the journal's contract without a file. */
    private static final class ListJournal implements OutcomeJournal {
        final List<JournalEntry> entries = new ArrayList<>();
        final List<String> histories = new ArrayList<>();

        @Override
        public void recordHistory(String sha256, io.claimgate.edit.api.FileHistory history) {
            histories.add(sha256 + " " + history);
        }

        @Override
        public void record(JournalEntry entry) {
            entries.add(entry);
        }

        @Override
        public int size() {
            return entries.size();
        }
    }

    @Test
    void aPlanIsWrittenAsBeforeAndAppliedFromThatText() throws Exception {
        Path work = Files.createDirectories(tmp.resolve(".work/s"));
        Path out = Files.createDirectories(tmp.resolve("reports"));
        Path archive = Files.createDirectories(tmp.resolve("archive"));
        Path report = Files.writeString(work.resolve("s.report.json"), "{}");
        Path input = Files.writeString(tmp.resolve("s.837"), "ISA...");
        JournalEntry entry = new JournalEntry("abc", "s", Disposition.PROCESSED, "reports/s.json", "s.837", "folder",
                null, "ZZ:CLINIC01", "000000201", false, "2026-01-10T09:30:00Z");
        new CommitPlan(work, List.of(new CommitPlan.Move(report, out.resolve("s.json"))),
                new CommitPlan.Move(input, archive.resolve("s.837")), entry).write();

        String expected = "{\"outputs\":[{\"from\":\"" + report + "\",\"to\":\"" + out.resolve("s.json") + "\"}],"
                + "\"input\":{\"from\":\"" + input + "\",\"to\":\"" + archive.resolve("s.837") + "\"},"
                + "\"record\":{\"sha256\":\"abc\",\"stem\":\"s\",\"outcome\":\"processed\","
                + "\"where\":\"reports/s.json\",\"input\":\"s.837\",\"intake\":\"folder\",\"sender\":\"ZZ:CLINIC01\","
                + "\"isa13\":\"000000201\",\"time\":\"2026-01-10T09:30:00Z\"}}";
        assertEquals(expected, Files.readString(work.resolve(CommitPlan.FILE)));

        ListJournal journal = new ListJournal();
        assertTrue(CommitPlan.read(work).apply(journal));
        assertEquals(List.of(entry), journal.entries);
        assertEquals("{}", Files.readString(out.resolve("s.json")));
        assertTrue(Files.exists(archive.resolve("s.837")));
        assertFalse(Files.exists(work));
    }

    @Test
    void aPlanWithoutAnEntryRecordsNothing() throws Exception {
        Path work = Files.createDirectories(tmp.resolve(".work/d"));
        Path input = Files.writeString(tmp.resolve("d.837"), "ISA...");
        Path target = Files.createDirectories(tmp.resolve("duplicates")).resolve("d.837");
        Files.writeString(work.resolve(CommitPlan.FILE),
                "{\"outputs\":[],\"input\":{\"from\":\"" + input + "\",\"to\":\"" + target + "\"}}");
        ListJournal journal = new ListJournal();
        assertTrue(CommitPlan.read(work).apply(journal));
        assertEquals(List.of(), journal.entries);
        assertTrue(Files.exists(target));
    }

    @Test
    void theFileHistoryTravelsInThePlanAndIsRecordedWithTheEntry() throws Exception {
        Path work = Files.createDirectories(tmp.resolve(".work/h"));
        Path input = Files.writeString(tmp.resolve("h.837"), "ISA...");
        Path archive = Files.createDirectories(tmp.resolve("archive"));
        JournalEntry entry = new JournalEntry("abc", "h", Disposition.PROCESSED, "reports/h.json", "h.837", "folder",
                null, null, null, false, "2026-01-10T09:30:00Z");
        io.claimgate.edit.api.FileHistory history = new io.claimgate.edit.api.FileHistory(List.of(
                new io.claimgate.edit.api.EmServiceCount("1234567893", "207Q00000X",
                        java.time.LocalDate.of(2026, 1, 5), "99215", 3)), List.of(io.claimgate.edit.api.ClaimPrint.of("ab".repeat(32))));
        new CommitPlan(work, List.of(), new CommitPlan.Move(input, archive.resolve("h.837")), entry, history)
                .write();
        String plan = Files.readString(work.resolve(CommitPlan.FILE));
        assertTrue(plan.contains("\"history\":{\"emServices\":[{"
                + "\"npi\":\"1234567893\",\"taxonomy\":\"207Q00000X\",\"date\":\"2026-01-05\",\"code\":\"99215\","
                + "\"services\":3}],\"claims\":[\"" + "ab".repeat(16) + "\"]}"), plan);
        ListJournal journal = new ListJournal();
        assertTrue(CommitPlan.read(work).apply(journal), "as after a crash: read back, then applied");
        assertEquals(List.of("abc " + history), journal.histories);
    }
}
