package io.claimgate.route;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.apache.camel.util.IOHelper;

/**
 * The few settings Java needs before Camel starts (OUT, the store, the SFTP download folder, threads, code sets),
 * resolved the way Camel resolves the routes' {@code {{placeholders}}}: command-line option, then environment
 * variable by Camel's own rule (claimgate.inbox -> CLAIMGATE_INBOX), then application.properties, the one place
 * for defaults. Everything else is left to Camel's properties component.
 */
public final class ClaimgateSettings {

    private final Properties defaults = new Properties();

    public ClaimgateSettings() {
        try (InputStream in = ClaimgateSettings.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                defaults.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read application.properties", e);
        }
    }

    public String get(String key, String fromCommandLine) {
        if (fromCommandLine != null) {
            return fromCommandLine;
        }
        String env = IOHelper.lookupEnvironmentVariable(key);
        if (env != null && !env.isBlank()) {
            return env;
        }
        return defaults.getProperty(key);
    }
}
