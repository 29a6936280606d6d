package io.claimgate.route;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Checks every claimgate setting once, at start, against {@link Setting}: application.properties, the environment
 * (CLAIMGATE_*) and the command line (options and --set). An unknown key or a value outside its type stops the
 * command with a one-line {@link Refused} naming where it came from, the key, its value and what is allowed; a
 * secret's value is never repeated. The result is the effective value of every setting: command line, then
 * environment, then application.properties (the order Camel resolves the routes' placeholders in).
 */
public final class SettingsCheck {

    /** A setting refused at start: the message is the one line the command prints before exiting with 2. */
    public static final class Refused extends IllegalArgumentException {
        public Refused(String message) {
            super(message);
        }
    }

    private SettingsCheck() {
    }

    /** Checks application.properties, this process's environment and the given command-line settings. */
    public static Map<String, String> check(Map<String, String> commandLine) {
        return check(commandLine, System.getenv(), applicationProperties());
    }

    public static Map<String, String> check(Map<String, String> commandLine, Map<String, String> environment,
            Properties defaults) {
        Map<String, String> effective = new TreeMap<>();
        for (String key : defaults.stringPropertyNames()) {
            if (key.startsWith("claimgate.")) {
                effective.put(key, checked("application.properties: " + key, key, defaults.getProperty(key), false));
            }
        }
        for (Map.Entry<String, String> e : new TreeMap<>(environment).entrySet()) {
            if (e.getKey().startsWith("CLAIMGATE_")) {
                Setting s = Setting.byEnvironmentVariable(e.getKey()).orElseThrow(() -> new Refused(
                        "unknown setting " + e.getKey() + "=" + e.getValue() + ": no claimgate setting has that"
                                + " environment variable (the settings are listed in application.properties)"));
                if (!e.getValue().isBlank()) {
                    effective.put(s.key(), checked(e.getKey(), s.key(), e.getValue(), false));
                }
            }
        }
        for (Map.Entry<String, String> e : new TreeMap<>(commandLine).entrySet()) {
            if (e.getValue() != null && !e.getKey().startsWith("camel.")) {
                effective.put(e.getKey(), checked("--set " + e.getKey(), e.getKey(), e.getValue(), true));
            }
        }
        return effective;
    }

    private static String checked(String source, String key, String value, boolean commandLine) {
        Setting setting = Setting.byKey(key).orElseThrow(() -> new Refused("unknown setting " + source + "="
                + value + ": not a claimgate setting (the settings are listed in application.properties)"));
        if (setting.type() == Setting.Type.SECRET) {
            if (commandLine) {
                throw new Refused("setting " + key + " refused on the command line: give it as the environment"
                        + " variable " + setting.environmentVariable() + " or in a file (" + key + "-file)");
            }
            return value;
        }
        if (!setting.type().accepts(value)) {
            throw new Refused("invalid setting " + source + "=" + value + ": " + key + " takes "
                    + setting.type().allowed());
        }
        return value.trim();
    }

    /** application.properties from the class path, the one place for defaults. */
    public static Properties applicationProperties() {
        Properties p = new Properties();
        try (InputStream in = SettingsCheck.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read application.properties", e);
        }
        return p;
    }
}
