package io.claimgate.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.commit.Disposition;
import io.claimgate.commit.JournalEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processed-file store in embedded H2: look-ups, idempotent records, two processes' view, journal import. */
class JdbcFileStoreTest {

    @TempDir
    Path tmp;

    static JournalEntry entry(String sha, String stem, Disposition outcome, String sender, String isa13) {
        return new JournalEntry(sha, stem, outcome, "reports/" + stem + ".json", stem + ".837", "folder", null,
                sender, isa13, false, "2026-11-29T05:00:00Z");
    }

    private JdbcFileStore open() {
        return new JdbcFileStore(StoreDatabase.open(StoreDatabase.embeddedUrl(tmp), null, null));
    }

    @Test
    void findsTheLatestEntryOfAHashAndTheFirstOwnerOfAnInterchange() {
        try (JdbcFileStore store = open()) {
            store.record(entry("aa", "one", Disposition.PROCESSED, "ZZ:SENDER", "000000001"));
            store.record(entry("aa", "one", Disposition.PROCESSED, "ZZ:SENDER", "000000001")); // rolled forward again
            store.record(entry("aa", "one-2", Disposition.PROCESSED, "ZZ:SENDER", "000000001")); // forced replay
            store.record(entry("bb", "two", Disposition.INTERCHANGE_DUPLICATE, "ZZ:SENDER", "000000002"));
            assertEquals(3, store.size());
            assertEquals("one-2", store.find("aa").orElseThrow().stem());
            assertEquals("one", store.findInterchange("ZZ:SENDER", "000000001").orElseThrow().stem());
            assertTrue(store.findInterchange("ZZ:SENDER", "000000002").isEmpty(), "a TA1 025 owns no interchange");
            assertTrue(store.find("cc").isEmpty());
        }
    }

    @Test
    void aSecondProcessOnTheSameOutSeesEveryRecordAtOnce() {
        try (JdbcFileStore serve = open(); JdbcFileStore replay = open()) {
            serve.record(entry("aa", "one", Disposition.PROCESSED, null, null));
            assertEquals("one", replay.find("aa").orElseThrow().stem());
            replay.record(entry("bb", "two", Disposition.ERROR, null, null));
            assertEquals(Disposition.ERROR, serve.find("bb").orElseThrow().outcome());
        }
    }

    @Test
    void theJournalIsImportedOnceAndKeptReadOnly() throws Exception {
        Path journal = tmp.resolve("processed.journal");
        try (JournalFileStore old = JournalFileStore.open(journal)) {
            old.record(entry("aa", "one", Disposition.PROCESSED, "ZZ:SENDER", "000000001"));
            old.record(entry("bb", "two", Disposition.ERROR, null, null));
        }
        Files.writeString(journal, "{\"sha256\":\"cc\",\"ste", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (JdbcFileStore store = open()) {
            assertEquals(2, JournalImport.run(store.database(), journal), "the torn last line is left out");
            assertEquals(2, store.size());
            assertEquals("one", store.findInterchange("ZZ:SENDER", "000000001").orElseThrow().stem());
            assertEquals(Disposition.ERROR, store.find("bb").orElseThrow().outcome());
        }
        Path backup = JournalImport.backupOf(journal);
        assertFalse(Files.exists(journal));
        assertTrue(Files.exists(backup));
        assertTrue(Files.getPosixFilePermissions(backup).stream().noneMatch(p -> p.name().endsWith("WRITE")),
                "the backup is read-only");
        // a journal that reappears under the same name (an old version started once more) is not imported twice
        Files.copy(backup, journal);
        try (JdbcFileStore store = open()) {
            assertEquals(0, JournalImport.run(store.database(), journal));
            assertEquals(2, store.size());
        }
    }
}
