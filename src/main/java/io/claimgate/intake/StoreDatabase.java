package io.claimgate.intake;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Where the processed-file store lives and the connections to it: a small HikariCP pool, the schema created and
 * migrated by Flyway ({@code db/migration}, V1 the store) before anything else touches it.
 *
 * <p>Default: H2 in file mode under {@code OUT/.claimgate/store} with {@code AUTO_SERVER=TRUE}, so a {@code replay}
 * next to a running {@code serve} on the same OUT shares it (the first process serves the file to the others over
 * a loopback socket; H2 binds it to 127.0.0.1 here). H2 rather than SQLite: Flyway supports it in flyway-core and
 * its lock file hands other processes to the running one instead of making them wait on file locks. A cluster
 * uses PostgreSQL ({@code claimgate.store.url=jdbc:postgresql://...}).
 */
public final class StoreDatabase implements AutoCloseable {

    /** Four connections: look-ups and records are single-row statements; the lease keeper takes one. */
    private static final int POOL_SIZE = 4;

    private final HikariDataSource pool;
    private final String url;

    private StoreDatabase(HikariDataSource pool, String url) {
        this.pool = pool;
        this.url = url;
    }

    /** The embedded default under the state folder. */
    public static String embeddedUrl(Path stateFolder) {
        return "jdbc:h2:file:" + stateFolder.toAbsolutePath().resolve("store") + ";AUTO_SERVER=TRUE";
    }

    /**
     * Opens the pool and migrates the schema.
     *
     * @param user the database user, or null
     * @param password the password, or null; a secret, so it comes from the environment or a file, never a log
     */
    public static StoreDatabase open(String url, String user, String password) {
        if (url.startsWith("jdbc:h2:") && System.getProperty("h2.bindAddress") == null) {
            // AUTO_SERVER opens a TCP server for the other processes on this OUT: loopback only. H2 reads this
            // property once, when its first class loads, hence before the first connection.
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setPoolName("claimgate-store");
        config.setAutoCommit(true);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                    .javaMigrations(new ClaimPrintMigration()).load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new StoreDatabase(pool, url);
    }

    /** A password kept in a file (first line), for {@code claimgate.store.password-file}. */
    public static String readSecret(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    public DataSource dataSource() {
        return pool;
    }

    /** The URL without credentials (they are never in it: user and password are separate settings). */
    public String url() {
        return url;
    }

    @Override
    public void close() {
        pool.close();
    }
}
