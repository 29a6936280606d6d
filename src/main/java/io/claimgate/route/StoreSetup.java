package io.claimgate.route;

import io.claimgate.commit.OutputLayout;
import io.claimgate.intake.JdbcFileStore;
import io.claimgate.intake.JournalImport;
import io.claimgate.intake.StoreDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Opens the processed-file store from the settings (README, "Running as a cluster"):
 * {@code claimgate.store.url} (empty: embedded H2 under OUT/.claimgate/), {@code claimgate.store.user}, and the
 * password from {@code claimgate.store.password} (meant for the environment variable CLAIMGATE_STORE_PASSWORD) or
 * the first line of {@code claimgate.store.password-file}. {@code claimgate.store} names the JSON journal of
 * earlier versions, imported on first start.
 */
final class StoreSetup {

    private StoreSetup() {
    }

    static JdbcFileStore open(OutputLayout layout, ClaimgateSettings defaults, Map<String, String> settings)
            throws IOException {
        String journalSetting = get(defaults, settings, "claimgate.store");
        Path journal = journalSetting == null ? layout.state().resolve("processed.journal") : Path.of(journalSetting);
        String url = get(defaults, settings, "claimgate.store.url");
        String password = get(defaults, settings, "claimgate.store.password");
        String passwordFile = get(defaults, settings, "claimgate.store.password-file");
        if (password == null && passwordFile != null) {
            password = StoreDatabase.readSecret(Path.of(passwordFile));
        }
        StoreDatabase db = StoreDatabase.open(url == null ? StoreDatabase.embeddedUrl(layout.state()) : url,
                get(defaults, settings, "claimgate.store.user"), password);
        try {
            JournalImport.run(db, journal);
        } catch (IOException | RuntimeException e) {
            db.close();
            throw e;
        }
        return new JdbcFileStore(db);
    }

    /** How long a node's lease runs without renewal: {@code claimgate.cluster.lease} ms (default 30 s). */
    static java.time.Duration lease(ClaimgateSettings defaults, Map<String, String> settings) {
        String v = get(defaults, settings, "claimgate.cluster.lease");
        return java.time.Duration.ofMillis(v == null ? 30_000 : Long.parseLong(v.trim()));
    }

    /** {@code claimgate.cluster.node}, else this machine's name: the node part of this process's owner id. */
    static String nodeName(ClaimgateSettings defaults, Map<String, String> settings) {
        String v = get(defaults, settings, "claimgate.cluster.node");
        if (v != null) {
            return v.strip();
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }

    private static String get(ClaimgateSettings defaults, Map<String, String> settings, String key) {
        String v = defaults.get(key, settings.get(key));
        return v == null || v.isBlank() ? null : v;
    }
}
