package io.claimgate.intake;

import io.claimgate.edit.api.ClaimPrint;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claim prints of the store's history in a {@link ClaimPrintFilter} kept in step with {@code claim_print}, so
 * that duplicate-claim's look-up of a print the history does not hold (nearly all of them) reads no page of the
 * database. Why: the prints are random, so each look-up landed on a B-tree leaf of its own; loading those pages was
 * more than half of the look-up's CPU, and the pages, promoted by G1 and then evicted, a third of end-to-end's extra
 * GC (issue 12 item 0, JFR at 16:49 UTC; with no look-up at all the benchmark's GC fell from 66-79 to 42 µs/claim).
 *
 * <p>In step, for every process on the store: the filter is loaded once (in the background, after
 * {@value #LOAD_AFTER} prints have been asked, so a one-shot {@code process} of a small file never pays for it), then
 * before each look-up the files committed since are read from {@code claim_history_file} by id and their prints
 * added. Ids are handed out when a transaction inserts and become visible when it commits, not necessarily in that
 * order (two processes committing at once), so an id missing below the highest one seen is a gap waited for, not
 * passed: for {@value #GAP_PATIENCE_SECONDS} s (a history transaction takes well under one), after which it is taken
 * for an id never used (a rolled-back insert). This process's own commits are added as they are recorded. Until the
 * filter is loaded, or for a window reaching further back than it was loaded for, every print goes to the database.
 */
final class KnownClaimPrints {

    private static final Logger LOG = LoggerFactory.getLogger(KnownClaimPrints.class);
    /** Prints asked about before the filter is loaded: about 30 files of the samples' size. */
    static final int LOAD_AFTER = 2048;
    static final int GAP_PATIENCE_SECONDS = 120;
    /** Ids just below the highest at load time whose commit is checked again afterwards, one by one. */
    private static final int RECENT_IDS = 1000;
    /** A jump in ids this long is a sequence's cache skipped (a restart), not transactions in flight. */
    private static final int MAX_GAP = 10_000;

    private final StoreDatabase database;
    private final ClaimPrintFilter filter = new ClaimPrintFilter();
    private final AtomicLong asked = new AtomicLong();
    private final AtomicBoolean loadStarted = new AtomicBoolean();
    private volatile boolean closed;
    /** The window start the filter was loaded for; null until it is. */
    private volatile LocalDate loadedSince;
    /** Every file id up to here is in the filter, or was waited for and never used. Guarded by this. */
    private long floor;
    private final Set<Long> loadedAbove = new HashSet<>();
    private final Map<Long, Long> gapSeenAt = new HashMap<>();

    KnownClaimPrints(StoreDatabase database) {
        this.database = database;
    }

    /**
     * The prints among {@code prints} that a file committed on or after {@code since} may hold: those the filter
     * cannot rule out, or all of them while it is not loaded for that window.
     */
    Collection<ClaimPrint> mayHold(Collection<ClaimPrint> prints, LocalDate since) {
        LocalDate loaded = loadedSince;
        if (loaded == null || since.isBefore(loaded)) {
            if (asked.addAndGet(prints.size()) >= LOAD_AFTER && loadStarted.compareAndSet(false, true)) {
                Thread loader = new Thread(() -> loadQuietly(since), "claimgate-print-filter");
                loader.setDaemon(true);
                loader.start();
            }
            return prints;
        }
        catchUp();
        List<ClaimPrint> maybe = new ArrayList<>();
        for (ClaimPrint print : prints) {
            if (filter.mightHold(print)) {
                maybe.add(print);
            }
        }
        return maybe;
    }

    /** Adds a file's prints before its transaction commits (a "perhaps" too early is only a look-up more). */
    void adding(Collection<ClaimPrint> prints) {
        prints.forEach(filter::add);
    }

    /**
     * The file {@code id} is committed and its prints added: catching up need not read them again. Not noted before
     * the filter is loaded (a node with duplicate-claim off never loads it, and would collect ids for ever); a file
     * committed while it loads is then read once more, harmlessly.
     */
    synchronized void recorded(long id) {
        if (loadedSince != null && id > floor) {
            loadedAbove.add(id);
        }
    }

    void close() {
        closed = true;
    }

    /** Whether look-ups go through the filter (for windows starting on or after the day it was loaded for). */
    boolean loaded() {
        return loadedSince != null;
    }

    private void loadQuietly(LocalDate since) {
        try {
            load(since);
        } catch (RuntimeException e) {
            if (!closed) {
                LOG.warn("duplicate-claim: the print filter did not load ({}); look-ups go to the database",
                        e.getMessage());
            }
        }
    }

    /** Loads every print of the files committed on or after {@code since}; package-private for tests. */
    void load(LocalDate since) {
        long started = System.nanoTime();
        long prints = 0;
        try (Connection c = database.dataSource().getConnection()) {
            long top = one(c, "SELECT COALESCE(MAX(id), 0) FROM claim_history_file");
            long zone = Math.max(0, top - RECENT_IDS);
            Set<Long> present = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM claim_history_file WHERE id > ?")) {
                s.setLong(1, zone);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        present.add(r.getLong(1));
                    }
                }
            }
            // a file committed in (zone, top] after the query above is read again by catchUp: added twice, harmless
            prints = addAll(c, since);
            synchronized (this) {
                floor = zone;
                loadedAbove.addAll(present);
                loadedAbove.removeIf(id -> id <= zone);
                long now = System.nanoTime();
                for (long id = zone + 1; id <= top; id++) {
                    if (!loadedAbove.contains(id)) {
                        gapSeenAt.put(id, now);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the claim prints: " + e.getMessage(), e);
        }
        loadedSince = since;
        LOG.info("duplicate-claim: {} prints of files committed since {} in the print filter in {} ms", prints, since,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Every print of the window, streamed: PostgreSQL's driver honours the fetch size only inside a transaction, and
     * would otherwise hold millions of rows in the heap at once.
     */
    private long addAll(Connection c, LocalDate since) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement("SELECT p.print_high, p.print_low FROM claim_print p"
                + " JOIN claim_history_file f ON f.id = p.file_id WHERE f.seen_on >= ?")) {
            s.setDate(1, Date.valueOf(since));
            s.setFetchSize(10_000);
            return addRows(s);
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    /** Adds the prints of the files committed since the last look-up, by this process or any other. */
    private synchronized void catchUp() {
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id FROM claim_history_file WHERE id > ? ORDER BY id")) {
            s.setLong(1, floor);
            long now = System.nanoTime();
            long expected = floor + 1;
            List<Long> fresh = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    noteGaps(expected, id, now);
                    if (loadedAbove.add(id)) {
                        fresh.add(id);
                    }
                    gapSeenAt.remove(id);
                    expected = id + 1;
                }
            }
            for (long id : fresh) {
                addFile(c, id);
            }
            advanceFloor(now);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the claim prints: " + e.getMessage(), e);
        }
    }

    private void noteGaps(long from, long to, long now) {
        if (to - from > MAX_GAP) {
            return;
        }
        for (long id = from; id < to; id++) {
            if (!loadedAbove.contains(id)) {
                gapSeenAt.putIfAbsent(id, now);
            }
        }
    }

    private void advanceFloor(long now) {
        long patience = GAP_PATIENCE_SECONDS * 1_000_000_000L;
        while (true) {
            long next = floor + 1;
            if (loadedAbove.remove(next)) {
                floor = next;
                continue;
            }
            Long seenAt = gapSeenAt.get(next);
            if (seenAt != null) {
                if (now - seenAt <= patience) {
                    return;
                }
                gapSeenAt.remove(next);
                floor = next;
                continue;
            }
            // neither read nor waited for: inside a jump noteGaps skipped, up to the next id known either way
            long known = Math.min(loadedAbove.stream().mapToLong(Long::longValue).min().orElse(Long.MAX_VALUE),
                    gapSeenAt.keySet().stream().mapToLong(Long::longValue).min().orElse(Long.MAX_VALUE));
            if (known == Long.MAX_VALUE) {
                return;
            }
            floor = known - 1;
        }
    }

    private void addFile(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT print_high, print_low FROM claim_print WHERE file_id = ?")) {
            s.setLong(1, id);
            addRows(s);
        }
    }

    /** Adds each row's (print_high, print_low) to the filter; how many rows. */
    private long addRows(PreparedStatement s) throws SQLException {
        long rows = 0;
        try (ResultSet r = s.executeQuery()) {
            for (; r.next(); rows++) {
                filter.add(new ClaimPrint(r.getLong(1), r.getLong(2)));
            }
        }
        return rows;
    }

    private static long one(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
