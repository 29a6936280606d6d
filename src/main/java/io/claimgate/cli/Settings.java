package io.claimgate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

/**
 * Resolves a setting the way the README documents: command-line option, then environment variable
 * (claimgate.inbox -> CLAIMGATE_INBOX), then application.properties, then the given default.
 */
final class Settings {

    private final Properties defaults = new Properties();

    Settings() {
        try (InputStream in = Settings.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                defaults.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read application.properties", e);
        }
    }

    String get(String key, String fromCommandLine) {
        if (fromCommandLine != null) {
            return fromCommandLine;
        }
        String env = System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        if (env != null && !env.isBlank()) {
            return env;
        }
        return defaults.getProperty(key);
    }
}
