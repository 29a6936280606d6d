package io.claimgate.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.edit.api.ClaimPrint;
import io.claimgate.edit.api.EmServiceCount;
import io.claimgate.edit.api.FileHistory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The claim history of issue 13 in the store (V2 em_service_day, V4 claim_history_file and claim_print), on the
 * embedded H2 the
 * store runs on: what a file records, once; the E/M window by date of service; the duplicate window by commit day.
 */
class ClaimHistoryStoreTest {

    static final LocalDate DAY = LocalDate.of(2026, 10, 20);
    static final ClaimPrint PRINT = ClaimPrint.of("ab".repeat(32));

    @RegisterExtension
    final HistoryStore store = new HistoryStore();

    private static List<EmServiceCount> visits(String npi, LocalDate date, int level5, int level3) {
        List<EmServiceCount> rows = new ArrayList<>();
        rows.add(new EmServiceCount(npi, "207Q00000X", date, "99215", level5));
        rows.add(new EmServiceCount(npi, "207Q00000X", date, "99213", level3));
        return rows;
    }

    private static int sum(List<EmServiceCount> rows, String npi, String code) {
        return rows.stream().filter(r -> r.npi().equals(npi) && r.code().equals(code))
                .mapToInt(EmServiceCount::services).sum();
    }

    @Test
    void servicesAreSummedPerProviderAndCodeInsideTheWindowOnly() {
        List<EmServiceCount> rows = new ArrayList<>(visits("1000000001", DAY, 3, 7));
        rows.addAll(visits("1000000001", DAY.minusDays(89), 1, 0));
        rows.addAll(visits("1000000001", DAY.minusDays(90), 50, 50));
        store.history().record("file-a", new FileHistory(rows, List.of()), DAY);
        store.history().record("file-b", new FileHistory(visits("1000000001", DAY.minusDays(1), 2, 2), List.of()),
                DAY);
        List<EmServiceCount> window = store.history().emServices(DAY.minusDays(89), DAY);
        assertEquals(6, sum(window, "1000000001", "99215"), "3 + 1 (the first day of the window) + 2; day 90 out");
        assertEquals(9, sum(window, "1000000001", "99213"));
        List<EmServiceCount> withoutB = store.history().excluding("file-b").emServices(DAY.minusDays(89), DAY);
        assertEquals(4, sum(withoutB, "1000000001", "99215"), "a forced replay is not its own history");
    }

    @Test
    void aFileIsRecordedOnceEvenWhenItsCommitIsRolledForwardAgain() {
        FileHistory h = new FileHistory(visits("1000000001", DAY, 3, 7), List.of(PRINT));
        store.history().record("file-a", h, DAY);
        store.history().record("file-a", h, DAY);
        assertEquals(3, sum(store.history().emServices(DAY, DAY), "1000000001", "99215"));
        assertEquals(1, count("SELECT COUNT(*) FROM claim_print"));
        assertEquals(1, count("SELECT COUNT(*) FROM claim_history_file"));
    }

    /**
     * A forced replay beside serve may record the same file at the same moment: the second writer finds the first's
     * row when it inserts (its look-up came first) and leaves the history as the first wrote it.
     */
    @Test
    void aFileRecordedByAnotherProcessAtTheSameMomentIsRecordedOnce() throws Exception {
        Throwable[] failed = {null};
        try (Connection other = store.database().dataSource().getConnection()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.execute("INSERT INTO claim_history_file (sha256, seen_on) VALUES ('file-a', DATE '2026-10-20')");
            }
            Thread recording = new Thread(() -> {
                try {
                    store.history().record("file-a", new FileHistory(visits("1000000001", DAY, 3, 7),
                            List.of(PRINT)), DAY);
                } catch (Throwable e) {
                    failed[0] = e;
                }
            });
            recording.start();
            Thread.sleep(200); // the recording waits on the uncommitted row, or has not reached it yet
            other.commit();
            recording.join();
        }
        assertEquals(null, failed[0]);
        assertEquals(1, count("SELECT COUNT(*) FROM claim_history_file"));
        assertEquals(0, count("SELECT COUNT(*) FROM claim_print"), "the other process's record had no prints");
    }

    @Test
    void theSameClaimTwiceInOneFileIsOneRow() {
        store.history().record("file-a", new FileHistory(List.of(), List.of(PRINT, PRINT)), DAY);
        assertEquals(1, count("SELECT COUNT(*) FROM claim_print"));
        assertEquals(Map.of(PRINT, DAY), store.history().claimsSeen(List.of(PRINT), DAY));
    }

    @Test
    void printsSharingTheirFirst64BitsAreTold() {
        ClaimPrint near = ClaimPrint.of("ab".repeat(8) + "cd".repeat(24));
        store.history().record("file-a", new FileHistory(List.of(), List.of(near)), DAY);
        assertEquals(Map.of(near, DAY), store.history().claimsSeen(List.of(PRINT, near), DAY),
                "the index finds both on their first 64 bits; the next 64 tell them apart");
    }

    @Test
    void aClaimSeenWithinTheWindowIsFoundAndOneDayOlderIsNot() {
        store.history().record("file-a", new FileHistory(List.of(), List.of(PRINT)), DAY.minusDays(30));
        assertEquals(Optional.of(DAY.minusDays(30)), store.history().claimSeen(PRINT, DAY.minusDays(30)),
                "30 days back");
        assertEquals(Optional.empty(), store.history().claimSeen(PRINT, DAY.minusDays(29)), "older than 29 days");
        assertEquals(Optional.empty(), store.history().claimSeen(ClaimPrint.of("cd".repeat(32)), DAY.minusDays(30)), "another claim");
        assertEquals(Optional.empty(), store.history().excluding("file-a").claimSeen(PRINT, DAY.minusDays(30)),
                "the same bytes forced again are not their own duplicate");
    }

    @Test
    void aBatchOfFingerprintsIsAnsweredInOneQueryWithTheSameWindowAndExclusion() {
        ClaimPrint other = ClaimPrint.of("cd".repeat(32));
        ClaimPrint old = ClaimPrint.of("ef".repeat(32));
        store.history().record("file-a", new FileHistory(List.of(), List.of(PRINT, old)), DAY.minusDays(31));
        store.history().record("file-b", new FileHistory(List.of(), List.of(PRINT)), DAY.minusDays(30));
        store.history().record("file-c", new FileHistory(List.of(), List.of(other)), DAY.minusDays(2));
        List<ClaimPrint> asked = List.of(PRINT, other, old, ClaimPrint.of("01".repeat(32)));
        assertEquals(Map.of(PRINT, DAY.minusDays(30), other, DAY.minusDays(2)),
                store.history().claimsSeen(asked, DAY.minusDays(30)), "file-a is a day out of the window");
        assertEquals(Map.of(PRINT, DAY.minusDays(31), other, DAY.minusDays(2), old, DAY.minusDays(31)),
                store.history().claimsSeen(asked, DAY.minusDays(31)), "the first day a print was seen");
        assertEquals(Map.of(other, DAY.minusDays(2)),
                store.history().excluding("file-b").claimsSeen(asked, DAY.minusDays(30)));
        for (ClaimPrint print : asked) {
            assertEquals(store.history().claimSeen(print, DAY.minusDays(30)),
                    Optional.ofNullable(store.history().claimsSeen(asked, DAY.minusDays(30)).get(print)),
                    "the batch answers as the look-up of one");
        }
    }

    @Test
    void theStoreHoldsFingerprintsCountsAndNpisOnly() throws Exception {
        store.history().record("file-a", new FileHistory(visits("1000000001", DAY, 1, 1), List.of(PRINT)), DAY);
        try (Connection c = store.database().dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM claim_print")) {
            assertEquals(3, r.getMetaData().getColumnCount(), "print_high, print_low, file_id");
            assertTrue(r.next());
            assertEquals(0xababababababababL, r.getLong("print_high"), "the fingerprint's first 64 bits");
            assertEquals(0xababababababababL, r.getLong("print_low"));
        }
        try (Connection c = store.database().dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM claim_history_file")) {
            assertEquals(3, r.getMetaData().getColumnCount(), "id, sha256, seen_on");
        }
        try (Connection c = store.database().dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM em_service_day")) {
            assertEquals(7, r.getMetaData().getColumnCount(), "id, sha256, npi, taxonomy, date, code, services");
        }
    }

    private int count(String sql) {
        try (Connection c = store.database().dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
