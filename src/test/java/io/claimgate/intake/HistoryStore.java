package io.claimgate.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh processed-file store per test (embedded H2 in a temporary folder, migrated by Flyway as claimgate runs
 * it) with its claim history (em-mix window 90 days, duplicate window 30): {@code @RegisterExtension}.
 */
public final class HistoryStore implements BeforeEachCallback, AfterEachCallback {

    private Path dir;
    private StoreDatabase database;
    private JdbcClaimHistory history;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("claimgate-history");
        database = StoreDatabase.open(StoreDatabase.embeddedUrl(dir), null, null);
        history = new JdbcFileStore(database).claimHistory(90, 30);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    public JdbcClaimHistory history() {
        return history;
    }

    public StoreDatabase database() {
        return database;
    }
}
