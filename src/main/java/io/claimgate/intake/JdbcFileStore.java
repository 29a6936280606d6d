package io.claimgate.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.commit.JournalEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The processed-file store in a database (issue 12): nothing of the history is held in memory, each look-up is
 * one indexed query, so heap does not grow with the number of files ever processed ({@code StoreScaleIT}: a
 * million entries, {@code serve} under -Xmx128m). Every process on the same database sees every other's records
 * at once, which is what lets a {@code replay} run beside {@code serve}, and several {@code serve} nodes share one
 * PostgreSQL.
 */
public final class JdbcFileStore implements ProcessedFileStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** SQLSTATE of a unique-key violation, the same in H2 and PostgreSQL. */
    static final String UNIQUE_VIOLATION = "23505";

    private final StoreDatabase database;
    /** One per store and process: every claim history of this store reads and adds to the same filter. */
    private final KnownClaimPrints knownPrints;

    public JdbcFileStore(StoreDatabase database) {
        this.database = database;
        this.knownPrints = new KnownClaimPrints(database);
    }

    public StoreDatabase database() {
        return database;
    }

    @Override
    public Optional<JournalEntry> find(String sha256) {
        return one("SELECT entry FROM processed_file WHERE sha256 = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                sha256, null);
    }

    @Override
    public Optional<JournalEntry> findInterchange(String sender, String isa13) {
        return one("SELECT entry FROM processed_file WHERE sender = ? AND isa13 = ? AND owns_interchange = TRUE"
                + " ORDER BY id FETCH FIRST 1 ROWS ONLY", sender, isa13);
    }

    @Override
    public List<JournalEntry> recent(int limit) {
        List<JournalEntry> entries = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT entry FROM processed_file ORDER BY id DESC FETCH FIRST " + Math.max(limit, 0)
                        + " ROWS ONLY"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                entries.add(JSON.readValue(r.getString(1), JournalEntry.class));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot read the processed-file store: " + e.getMessage(), e);
        }
        return entries;
    }

    private Optional<JournalEntry> one(String sql, String a, String b) {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, a);
            if (b != null) {
                s.setString(2, b);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(JSON.readValue(r.getString(1), JournalEntry.class)) : Optional.empty();
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot read the processed-file store: " + e.getMessage(), e);
        }
    }

    @Override
    public int size() {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM processed_file"); ResultSet r = s.executeQuery()) {
            r.next();
            return (int) Math.min(Integer.MAX_VALUE, r.getLong(1));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the processed-file store: " + e.getMessage(), e);
        }
    }

    /** Records the entry; the same hash and stem recorded before (a rolled-forward commit) is left as it is. */
    @Override
    public void record(JournalEntry entry) {
        try (Connection c = database.dataSource().getConnection()) {
            insert(c, entry);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the processed-file store: " + e.getMessage(), e);
        }
    }

    /** Inserts one entry on this connection; false when the same hash and stem are already there. */
    static boolean insert(Connection c, JournalEntry entry) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO processed_file (sha256, stem, outcome, sender,"
                + " isa13, owns_interchange, entry) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, entry.sha256());
            s.setString(2, entry.stem());
            s.setString(3, entry.outcome().jsonName());
            s.setString(4, entry.sender());
            s.setString(5, entry.isa13());
            s.setBoolean(6, entry.ownsInterchange());
            s.setString(7, JSON.writeValueAsString(entry));
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a store entry", e);
        }
    }

    /** The claim history of issue 13 in the same database, with the windows of claimgate.em-mix / duplicate-claim. */
    public JdbcClaimHistory claimHistory(int emMixWindowDays, int duplicateWindowDays) {
        return new JdbcClaimHistory(database, knownPrints, emMixWindowDays, duplicateWindowDays);
    }

    /** A committed file's E/M counts and claim fingerprints (issue 13), dated today: the duplicate window's start. */
    @Override
    public void recordHistory(String sha256, io.claimgate.edit.api.FileHistory history) {
        claimHistory(io.claimgate.edit.api.ClaimHistory.DEFAULT_EM_MIX_WINDOW_DAYS,
                io.claimgate.edit.api.ClaimHistory.DEFAULT_DUPLICATE_WINDOW_DAYS).record(sha256, history,
                java.time.LocalDate.now(java.time.Clock.systemDefaultZone()));
    }

    @Override
    public void close() {
        knownPrints.close();
        database.close();
    }
}
