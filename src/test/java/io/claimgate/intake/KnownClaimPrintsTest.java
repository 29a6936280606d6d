package io.claimgate.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.edit.api.ClaimPrint;
import io.claimgate.edit.api.FileHistory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The print filter in front of duplicate-claim's look-up, with two processes on one store (two filters on one
 * database): what either commits is found by the other, including a commit whose id came before one already seen.
 */
class KnownClaimPrintsTest {

    static final LocalDate DAY = LocalDate.of(2026, 10, 20);
    static final LocalDate SINCE = DAY.minusDays(30);

    @RegisterExtension
    final HistoryStore store = new HistoryStore();

    private final Random random = new Random(12);

    private ClaimPrint print() {
        return new ClaimPrint(random.nextLong(), random.nextLong());
    }

    private List<ClaimPrint> prints(int n) {
        List<ClaimPrint> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(print());
        }
        return out;
    }

    @Test
    void whatEitherProcessCommitsTheOtherFindsAndAbsentPrintsAreRuledOutWithoutAQuery() {
        List<ClaimPrint> first = prints(500);
        store.history().record("file-a", new FileHistory(List.of(), first), DAY.minusDays(3));
        KnownClaimPrints other = new KnownClaimPrints(store.database());
        JdbcClaimHistory otherHistory = new JdbcClaimHistory(store.database(), other, 90, 30);
        other.load(SINCE);
        assertTrue(other.loaded());

        List<ClaimPrint> later = prints(300);
        store.history().record("file-b", new FileHistory(List.of(), later), DAY);
        Map<ClaimPrint, java.time.LocalDate> seen = otherHistory.claimsSeen(
                List.of(first.get(7), later.get(299), ClaimPrint.of("cd".repeat(32))), SINCE);
        assertEquals(Map.of(first.get(7), DAY.minusDays(3), later.get(299), DAY), seen);

        assertEquals(800, other.mayHold(concat(first, later), SINCE).size(), "no false 'not held'");
        assertTrue(other.mayHold(prints(1000), SINCE).size() <= 2,
                "1,000 prints never committed: the filter rules out (nearly) all of them");
        assertEquals(3, other.mayHold(prints(3), SINCE.minusDays(1)).size(),
                "a window starting before the one loaded goes to the database");
    }

    @Test
    void aCommitWhoseIdCameBeforeOneAlreadySeenIsStillFound() throws Exception {
        KnownClaimPrints filter = new KnownClaimPrints(store.database());
        filter.load(SINCE);
        ClaimPrint late = print();
        try (Connection slow = store.database().dataSource().getConnection()) {
            slow.setAutoCommit(false);
            long id;
            try (PreparedStatement s = slow.prepareStatement("INSERT INTO claim_history_file (sha256, seen_on)"
                    + " VALUES ('file-slow', DATE '2026-10-20')", new String[] {"id"})) {
                s.executeUpdate();
                try (ResultSet key = s.getGeneratedKeys()) {
                    key.next();
                    id = key.getLong(1);
                }
            }
            ClaimPrint p = late;
            try (Statement s = slow.createStatement()) {
                s.execute("INSERT INTO claim_print (print_high, print_low, file_id) VALUES (" + p.high() + ", "
                        + p.low() + ", " + id + ")");
            }
            List<ClaimPrint> quick = prints(5);
            store.history().record("file-quick", new FileHistory(List.of(), quick), DAY);
            assertEquals(1, filter.mayHold(List.of(quick.get(0)), SINCE).size(), "the later id is read");
            assertTrue(filter.mayHold(List.of(late), SINCE).isEmpty(), "not committed yet");
            slow.commit();
        }
        assertEquals(1, filter.mayHold(List.of(late), SINCE).size(),
                "the earlier id, committed after the later one, is waited for and read");
    }

    @Test
    void theFilterLoadsInTheBackgroundOnceEnoughPrintsWereAskedAndUntilThenEveryPrintGoesToTheDatabase()
            throws Exception {
        List<ClaimPrint> held = prints(10);
        store.history().record("file-a", new FileHistory(List.of(), held), DAY);
        KnownClaimPrints filter = new KnownClaimPrints(store.database());
        List<ClaimPrint> asked = prints(KnownClaimPrints.LOAD_AFTER - 1);
        assertEquals(asked.size(), filter.mayHold(asked, SINCE).size());
        assertFalse(filter.loaded());
        filter.mayHold(prints(1), SINCE);
        for (int i = 0; i < 200 && !filter.loaded(); i++) {
            Thread.sleep(50);
        }
        assertTrue(filter.loaded(), "loaded within 10 s");
        assertEquals(10, filter.mayHold(held, SINCE).size());
        assertTrue(filter.mayHold(asked, SINCE).size() <= 2);
    }

    private static List<ClaimPrint> concat(List<ClaimPrint> a, List<ClaimPrint> b) {
        List<ClaimPrint> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
