package io.claimgate.route;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

/**
 * Resolves a setting the way the README documents: command-line option, then environment variable
 * (claimgate.inbox -> CLAIMGATE_INBOX), then application.properties, then the given default.
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
        String env = System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        if (env != null && !env.isBlank()) {
            return env;
        }
        return defaults.getProperty(key);
    }

    /** Every claimgate.* setting of application.properties, each resolved from the environment first. */
    public java.util.Map<String, String> all() {
        java.util.Map<String, String> all = new java.util.TreeMap<>();
        for (String key : defaults.stringPropertyNames()) {
            if (key.startsWith("claimgate.")) {
                all.put(key, get(key, null));
            }
        }
        return all;
    }
}
