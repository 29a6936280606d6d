package io.claimgate.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.claimgate.intake.ClaimPrintMigrationTest.A;
import static io.claimgate.intake.ClaimPrintMigrationTest.B;
import static io.claimgate.intake.ClaimPrintMigrationTest.DAY;
import static io.claimgate.intake.ClaimPrintMigrationTest.PA;
import static io.claimgate.intake.ClaimPrintMigrationTest.PB;

import com.zaxxer.hikari.HikariDataSource;
import io.claimgate.commit.Disposition;
import io.claimgate.edit.api.ClaimPrint;
import io.claimgate.edit.api.FileHistory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processed-file store on a real PostgreSQL (started by the test): Flyway's schema, look-ups, the import. */
class PostgresFileStoreIT {

    static EmbeddedPostgres postgres;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void theSchemaIsMigratedOnceAndTwoNodesShareTheStore() throws Exception {
        Path journal = tmp.resolve("processed.journal");
        try (JournalFileStore old = JournalFileStore.open(journal)) {
            old.record(JdbcFileStoreTest.entry("aa", "one", Disposition.PROCESSED, "ZZ:SENDER", "000000001"));
        }
        try (JdbcFileStore a = new JdbcFileStore(StoreDatabase.open(postgres.url(), postgres.user(), "unused"));
                JdbcFileStore b = new JdbcFileStore(StoreDatabase.open(postgres.url(), postgres.user(), "unused"))) {
            assertEquals(1, JournalImport.run(a.database(), journal));
            assertEquals("one", b.find("aa").orElseThrow().stem());
            b.record(JdbcFileStoreTest.entry("bb", "two", Disposition.PROCESSED, "ZZ:SENDER", "000000002"));
            b.record(JdbcFileStoreTest.entry("bb", "two", Disposition.PROCESSED, "ZZ:SENDER", "000000002"));
            assertEquals("two", a.findInterchange("ZZ:SENDER", "000000002").orElseThrow().stem());
            assertEquals(2, a.size());
            try (Connection c = a.database().dataSource().getConnection(); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT version, success FROM flyway_schema_history"
                            + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
                assertTrue(r.next());
                assertEquals("1", r.getString(1));
                assertTrue(r.getBoolean(2));
            }
        }
    }

    /** V4 on PostgreSQL: a V3 store's fingerprints move to claim_print and duplicate-claim's look-ups answer. */
    @Test
    void theClaimHistoryMovesToPrintKeysAndAnswers() throws Exception {
        String url = newDatabase("history_v3");
        try (com.zaxxer.hikari.HikariDataSource v3 = new HikariDataSource()) {
            v3.setJdbcUrl(url);
            v3.setUsername(postgres.user());
            Flyway.configure().dataSource(v3).locations("classpath:db/migration").target("3")
                    .load().migrate();
            try (Connection c = v3.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO claim_fingerprint (fingerprint, sha256, seen_on) VALUES ('"
                        + A + "', 'file-a', DATE '2026-10-01')");
            }
        }
        try (StoreDatabase store = StoreDatabase.open(url, postgres.user(), "unused")) {
            JdbcClaimHistory history = new JdbcFileStore(store).claimHistory(90, 30);
            history.record("file-b", new FileHistory(List.of(), List.of(PA, PB)), DAY);
            assertEquals(Map.of(PA, LocalDate.of(2026, 10, 1), PB, DAY),
                    history.claimsSeen(List.of(PA, PB), DAY.minusDays(30)), "A first seen in V3's file-a");
            assertEquals(Map.of(PB, DAY), history.excluding("file-a").claimsSeen(List.of(PB), DAY),
                    "without file-a, B as file-b saw it today");
        }
    }
    /**
     * The print filter on PostgreSQL, two nodes on one store: loaded in a transaction (the driver streams only
     * there), and what the other node commits afterwards found by catching up.
     */
    @Test
    void eachNodesPrintFilterFindsWhatTheOtherCommits() throws Exception {
        String url = newDatabase("print_filter");
        try (StoreDatabase one = StoreDatabase.open(url, postgres.user(), "unused");
                StoreDatabase two = StoreDatabase.open(url, postgres.user(), "unused")) {
            JdbcClaimHistory first = new JdbcFileStore(one).claimHistory(90, 30);
            first.record("file-a", new FileHistory(List.of(), List.of(PA)), DAY);
            KnownClaimPrints filter = new KnownClaimPrints(two);
            JdbcClaimHistory second = new JdbcClaimHistory(two, filter, 90, 30);
            filter.load(DAY.minusDays(30));
            first.record("file-b", new FileHistory(List.of(), List.of(PB)), DAY);
            String never = "5d41402abc4b2a76b9719d911017c592e3b0c44298fc1c149afbf4c8996fb924";
            assertEquals(Map.of(PA, DAY, PB, DAY), second.claimsSeen(List.of(PA, PB, ClaimPrint.of(never)), DAY.minusDays(30)));
            assertEquals(List.of(), List.copyOf(filter.mayHold(List.of(ClaimPrint.of(never)), DAY.minusDays(30))),
                    "a print never committed goes no further than the filter");
        }
    }

    /** A database of its own on the test's server, for a test that needs an empty store: its JDBC URL. */
    private static String newDatabase(String name) throws Exception {
        try (Connection c = DriverManager.getConnection(postgres.url(), postgres.user(), "unused");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return postgres.url().replace("/postgres", "/" + name);
    }
}
