package io.claimgate.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.commit.JournalEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a JSON journal ({@code processed.journal}, the store before issue 12) into the database on first start,
 * so no history is lost, then leaves it as a read-only backup named {@code processed.journal.imported}. Streams
 * the journal line by line (heap does not grow with it) in one transaction that first claims the journal in
 * {@code store_import}: when two processes start at once, one imports and the other finds it done.
 */
public final class JournalImport {

    private static final Logger LOG = LoggerFactory.getLogger(JournalImport.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 1000;

    private JournalImport() {
    }

    /** The backup a journal becomes once imported. */
    public static Path backupOf(Path journal) {
        return journal.resolveSibling(journal.getFileName() + ".imported");
    }

    /** Imports the journal if it exists and was not imported yet; returns the entries imported (0 if none). */
    public static long run(StoreDatabase db, Path journal) throws IOException {
        if (!Files.isRegularFile(journal)) {
            return 0;
        }
        String source = journal.toAbsolutePath().normalize().toString();
        long imported = 0;
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                if (claim(c, source)) {
                    imported = copy(c, journal);
                    try (PreparedStatement s = c.prepareStatement(
                            "UPDATE store_import SET entries = ? WHERE source = ?")) {
                        s.setLong(1, imported);
                        s.setString(2, source);
                        s.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IOException("cannot import " + journal + " into the processed-file store: " + e.getMessage(), e);
        }
        // The import is committed: the journal becomes a backup nothing writes again (also when another process
        // imported it and this one only got here first to rename).
        Path backup = backupOf(journal);
        if (Files.isRegularFile(journal)) {
            Files.move(journal, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            backup.toFile().setReadOnly();
        }
        if (imported > 0) {
            LOG.info("store: imported {} entries of {} into {}; the journal is kept read-only as {}", imported,
                    journal.getFileName(), db.url().replaceAll(";.*", ""), backup.getFileName());
        }
        return imported;
    }

    private static boolean claim(Connection c, String source) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO store_import (source, entries, imported_at) SELECT ?, 0, ? WHERE NOT EXISTS"
                        + " (SELECT 1 FROM store_import WHERE source = ?)")) {
            s.setString(1, source);
            s.setString(2, Instant.now().toString());
            s.setString(3, source);
            return s.executeUpdate() == 1;
        }
    }

    private static long copy(Connection c, Path journal) throws IOException, SQLException {
        long n = 0;
        try (BufferedReader in = Files.newBufferedReader(journal, StandardCharsets.UTF_8);
                PreparedStatement s = c.prepareStatement("INSERT INTO processed_file (sha256, stem, outcome, sender,"
                        + " isa13, owns_interchange, entry) SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS"
                        + " (SELECT 1 FROM processed_file WHERE sha256 = ? AND stem = ?)")) {
            int pending = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JournalEntry e = parse(line);
                if (e == null) {
                    continue;
                }
                s.setString(1, e.sha256());
                s.setString(2, e.stem());
                s.setString(3, e.outcome().jsonName());
                s.setString(4, e.sender());
                s.setString(5, e.isa13());
                s.setBoolean(6, e.ownsInterchange());
                s.setString(7, JSON.writeValueAsString(e));
                s.setString(8, e.sha256());
                s.setString(9, e.stem());
                s.addBatch();
                n++;
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        }
        return n;
    }

    /** One journal line, or null for a blank or torn one (a crash mid-append leaves the last line cut). */
    private static JournalEntry parse(String line) {
        if (line.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(line, JournalEntry.class);
        } catch (JsonProcessingException torn) {
            return null;
        }
    }
}
