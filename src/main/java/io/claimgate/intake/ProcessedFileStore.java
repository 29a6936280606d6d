package io.claimgate.intake;

import io.claimgate.commit.JournalEntry;
import io.claimgate.commit.OutcomeJournal;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The processed-file store: the committed outcome of every file, keyed by the SHA-256 of its bytes. The intake
 * looks up here; commit records through {@link OutcomeJournal}. {@link JdbcFileStore} (H2 embedded by default,
 * PostgreSQL for a cluster) is what claimgate runs on; {@link JournalFileStore} reads the JSON journals written
 * before it.
 */
public interface ProcessedFileStore extends OutcomeJournal, Closeable {

    /** The committed outcome of these bytes, if any (the latest when a forced replay recorded another). */
    Optional<JournalEntry> find(String sha256);

    /** The committed file whose first interchange had this sender and ISA13, if any (the first recorded). */
    Optional<JournalEntry> findInterchange(String sender, String isa13);

    /** The latest committed outcomes, newest first, at most {@code limit} (what the operator console lists). */
    List<JournalEntry> recent(int limit);

    /** A JSON journal store (the format before issue 12). */
    static JournalFileStore open(Path journal) throws IOException {
        return JournalFileStore.open(journal);
    }
}
