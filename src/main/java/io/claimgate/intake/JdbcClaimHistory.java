package io.claimgate.intake;

import io.claimgate.edit.api.ClaimHistory;
import io.claimgate.edit.api.ClaimPrint;
import io.claimgate.edit.api.EmServiceCount;
import io.claimgate.edit.api.FileHistory;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The claim history of issue 13 in the store's database (table em_service_day, V2, and claim_history_file with
 * claim_print, V4 in {@link ClaimPrintMigration}):
 * read by em-mix-review and duplicate-claim, written from a file's commit plan when its outcome is committed. Each
 * read is one indexed query; between files only the store's print filter ({@link KnownClaimPrints}, 4 MB whatever
 * the history's size) is held in memory, and a duplicate-claim look-up reaches the database only for the prints it
 * cannot rule out.
 */
public final class JdbcClaimHistory implements ClaimHistory {

    /** SQLSTATE of a unique constraint violated, in H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final StoreDatabase database;
    private final KnownClaimPrints known;
    private final int emMixWindowDays;
    private final int duplicateWindowDays;
    /** The SHA-256 of the file being edited, whose own rows do not count (a forced replay); null for none. */
    private final String excluded;

    JdbcClaimHistory(StoreDatabase database, KnownClaimPrints known, int emMixWindowDays, int duplicateWindowDays) {
        this(database, known, emMixWindowDays, duplicateWindowDays, null);
    }

    private JdbcClaimHistory(StoreDatabase database, KnownClaimPrints known, int emMixWindowDays,
            int duplicateWindowDays, String excluded) {
        this.database = database;
        this.known = known;
        this.emMixWindowDays = emMixWindowDays;
        this.duplicateWindowDays = duplicateWindowDays;
        this.excluded = excluded;
    }

    @Override
    public ClaimHistory excluding(String sha256) {
        return new JdbcClaimHistory(database, known, emMixWindowDays, duplicateWindowDays, sha256);
    }

    @Override
    public int emMixWindowDays() {
        return emMixWindowDays;
    }

    @Override
    public int duplicateWindowDays() {
        return duplicateWindowDays;
    }

    /** Services per provider, taxonomy and code in the window (the date of each row is null: a sum over days). */
    @Override
    public List<EmServiceCount> emServices(LocalDate from, LocalDate to) {
        List<EmServiceCount> out = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT npi, taxonomy, code, SUM(services) FROM em_service_day WHERE service_date BETWEEN ? AND ?"
                        + " AND sha256 <> ? GROUP BY npi, taxonomy, code")) {
            s.setDate(1, Date.valueOf(from));
            s.setDate(2, Date.valueOf(to));
            s.setString(3, excluded == null ? "" : excluded);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new EmServiceCount(r.getString(1), r.getString(2), null, r.getString(3),
                            (int) r.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the E/M history: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public Optional<LocalDate> claimSeen(ClaimPrint fingerprint, LocalDate since) {
        return Optional.ofNullable(claimsSeen(List.of(fingerprint), since).get(fingerprint));
    }

    /**
     * One query for a batch of fingerprints (a pool thread asks for its batch of claims at once), on the index of
     * the prints' first 64 bits; the next 64 are compared here. Only for the prints {@link KnownClaimPrints} cannot
     * rule out: usually none, and then no query.
     */
    @Override
    public Map<ClaimPrint, LocalDate> claimsSeen(Collection<ClaimPrint> fingerprints, LocalDate since) {
        Map<ClaimPrint, LocalDate> seen = new HashMap<>();
        Collection<ClaimPrint> maybe = known.mayHold(fingerprints, since);
        if (maybe.isEmpty()) {
            return seen; // the usual case, so the set below is built only for a query
        }
        Set<ClaimPrint> asked = new HashSet<>(fingerprints);
        String marks = String.join(",", Collections.nCopies(maybe.size(), "?"));
        try (Connection c = database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT p.print_high, p.print_low, MIN(f.seen_on) FROM claim_print p"
                        + " JOIN claim_history_file f ON f.id = p.file_id WHERE p.print_high IN (" + marks + ")"
                        + " AND f.seen_on >= ? AND f.sha256 <> ? GROUP BY p.print_high, p.print_low")) {
            int i = 1;
            for (ClaimPrint print : maybe) {
                s.setLong(i++, print.high());
            }
            s.setDate(i++, Date.valueOf(since));
            s.setString(i, excluded == null ? "" : excluded);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ClaimPrint print = new ClaimPrint(r.getLong(1), r.getLong(2));
                    if (asked.contains(print)) {
                        seen.put(print, r.getDate(3).toLocalDate());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the claim fingerprints: " + e.getMessage(), e);
        }
        return seen;
    }

    /** Records a committed file's history, once per file hash (in one transaction); {@code seenOn} dates its claims. */
    public void record(String sha256, FileHistory history, LocalDate seenOn) {
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                if (!has(c, "em_service_day", sha256)) {
                    insertServices(c, sha256, history.emServices());
                }
                long file = -1;
                if (!has(c, "claim_history_file", sha256)) {
                    file = insertFile(c, sha256, seenOn);
                    insertPrints(c, file, history.claims());
                }
                c.commit();
                if (file >= 0) {
                    known.recorded(file);
                }
            } catch (SQLException e) {
                c.rollback();
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                // claim_history_file's sha256 is unique: another process recorded the same file at the same moment
                // (a forced replay beside serve), and with it the E/M rows this transaction would have added
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the claim history: " + e.getMessage(), e);
        }
    }

    private static boolean has(Connection c, String table, String sha256) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM " + table + " WHERE sha256 = ?"
                + " FETCH FIRST 1 ROWS ONLY")) {
            s.setString(1, sha256);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private static void insertServices(Connection c, String sha256, List<EmServiceCount> rows) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO em_service_day (sha256, npi, taxonomy,"
                + " service_date, code, services) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (EmServiceCount row : rows) {
                s.setString(1, sha256);
                s.setString(2, cut(row.npi(), 80));
                s.setString(3, cut(row.taxonomy(), 50));
                s.setDate(4, Date.valueOf(row.date()));
                s.setString(5, row.code());
                s.setInt(6, row.services());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** An element longer than its column (damaged input the 999 let through) must not stop a commit. */
    private static String cut(String value, int max) {
        return value == null ? "" : value.length() <= max ? value : value.substring(0, max);
    }

    private static long insertFile(Connection c, String sha256, LocalDate seenOn) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO claim_history_file (sha256, seen_on) VALUES (?, ?)",
                new String[] {"id"})) {
            s.setString(1, sha256);
            s.setDate(2, Date.valueOf(seenOn));
            s.executeUpdate();
            try (ResultSet key = s.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    /**
     * One row per distinct print (a file may hold the same claim twice: duplicate-claim warns, both are accepted),
     * in key order, so the inserts walk the index's pages once instead of landing on random ones.
     */
    private void insertPrints(Connection c, long file, List<ClaimPrint> claims) throws SQLException {
        List<ClaimPrint> prints = claims.stream().distinct().sorted(ClaimPrint.ORDER).toList();
        known.adding(prints);
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO claim_print (print_high, print_low, file_id) VALUES (?, ?, ?)")) {
            for (ClaimPrint print : prints) {
                s.setLong(1, print.high());
                s.setLong(2, print.low());
                s.setLong(3, file);
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
