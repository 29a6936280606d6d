package io.claimgate.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.commit.Disposition;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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
}
