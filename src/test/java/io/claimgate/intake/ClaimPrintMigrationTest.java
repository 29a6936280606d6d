package io.claimgate.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariDataSource;
import io.claimgate.edit.api.ClaimPrint;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V4 on a store written by V3: every fingerprint row moves to claim_print, and the look-ups answer as before. */
class ClaimPrintMigrationTest {

    static final LocalDate DAY = LocalDate.of(2026, 10, 20);
    static final String A = "ab".repeat(32);
    static final String B = "0f".repeat(32);
    static final ClaimPrint PA = ClaimPrint.of(A);
    static final ClaimPrint PB = ClaimPrint.of(B);

    @TempDir
    Path dir;

    @Test
    void aV3StoreKeepsItsHistory() throws Exception {
        String url = StoreDatabase.embeddedUrl(dir);
        try (HikariDataSource v3 = new HikariDataSource()) {
            v3.setJdbcUrl(url);
            Flyway.configure().dataSource(v3).locations("classpath:db/migration").target("3").load().migrate();
            try (Connection c = v3.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO claim_fingerprint (fingerprint, sha256, seen_on) VALUES"
                        + " ('" + A + "', 'file-a', DATE '2026-10-01'), ('" + B + "', 'file-a', DATE '2026-10-01'),"
                        + " ('" + A + "', 'file-b', DATE '2026-10-15'), ('" + A + "', 'file-b', DATE '2026-10-15')");
            }
        }
        try (StoreDatabase store = StoreDatabase.open(url, null, null)) {
            JdbcClaimHistory history = new JdbcFileStore(store).claimHistory(90, 30);
            assertEquals(Map.of(PA, LocalDate.of(2026, 10, 1), PB, LocalDate.of(2026, 10, 1)),
                    history.claimsSeen(List.of(PA, PB), DAY.minusDays(30)), "the first day each was seen");
            assertEquals(Map.of(PA, LocalDate.of(2026, 10, 1)),
                    history.excluding("file-b").claimsSeen(List.of(PA), DAY.minusDays(30)));
            assertEquals(Map.of(PA, LocalDate.of(2026, 10, 15)),
                    history.excluding("file-a").claimsSeen(List.of(PA, PB), DAY.minusDays(30)));
            try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT COUNT(*) FROM claim_print")) {
                r.next();
                assertEquals(3, r.getInt(1), "file-b's two rows of one print are one row");
            }
        }
    }

    @Test
    void aFingerprintIsItsFirst32HexDigits() {
        assertEquals(new ClaimPrint(0x0f0f0f0f0f0f0f0fL, 0x0f0f0f0f0f0f0f0fL), ClaimPrint.of(B));
        assertEquals(ClaimPrint.of(B), ClaimPrint.of(B.substring(0, 32)), "a commit plan's 32 digits");
        assertThrows(IllegalArgumentException.class, () -> ClaimPrint.of("abc"));
    }
}
