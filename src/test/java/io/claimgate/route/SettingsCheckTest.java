package io.claimgate.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SettingsCheckTest {

    private static final Properties DEFAULTS = SettingsCheck.applicationProperties();

    @Test
    void theTableAndApplicationPropertiesListTheSameKeys() {
        Set<String> table = Arrays.stream(Setting.values()).map(Setting::key).collect(Collectors.toCollection(
                TreeSet::new));
        Set<String> properties = DEFAULTS.stringPropertyNames().stream().filter(k -> k.startsWith("claimgate."))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(table, properties);
    }

    @Test
    void theDefaultsPassAndTheCommandLineWinsOverTheEnvironment() {
        Map<String, String> effective = SettingsCheck.check(Map.of("claimgate.threads", "3"),
                Map.of("CLAIMGATE_THREADS", "2", "CLAIMGATE_INBOX_MIN_AGE", "500", "PATH", "/bin"), DEFAULTS);
        assertEquals("3", effective.get("claimgate.threads"));
        assertEquals("500", effective.get("claimgate.inbox.min-age"));
        assertEquals("127.0.0.1", effective.get("claimgate.http.address"));
        assertEquals("8080", effective.get("claimgate.http.port"));
    }

    @Test
    void eachRefusalIsOneLineNamingTheKeyTheValueAndWhatIsAllowed() {
        assertEquals("invalid setting CLAIMGATE_THREADS=abc: claimgate.threads takes a whole number 0-256"
                + " (0 = one per core)", refusal(Map.of(), Map.of("CLAIMGATE_THREADS", "abc")));
        for (String port : new String[] {"-1", "70000", "abc", "0"}) {
            assertEquals("invalid setting --set claimgate.http.port=" + port + ": claimgate.http.port takes a port"
                    + " number 1-65535", refusal(Map.of("claimgate.http.port", port), Map.of()));
        }
        assertEquals("invalid setting --set claimgate.inbox.min-age=abc: claimgate.inbox.min-age takes"
                + " milliseconds, a whole number 0-86400000",
                refusal(Map.of("claimgate.inbox.min-age", "abc"), Map.of()));
        assertEquals("unknown setting --set claimgate.htp.port=8081: not a claimgate setting (the settings are"
                + " listed in application.properties)", refusal(Map.of("claimgate.htp.port", "8081"), Map.of()));
        assertEquals("unknown setting CLAIMGATE_THREAD=2: no claimgate setting has that environment variable (the"
                + " settings are listed in application.properties)", refusal(Map.of(), Map.of("CLAIMGATE_THREAD",
                        "2")));
        assertEquals("invalid setting CLAIMGATE_SFTP_ENABLED=yes: claimgate.sftp.enabled takes true or false",
                refusal(Map.of(), Map.of("CLAIMGATE_SFTP_ENABLED", "yes")));
        assertEquals("invalid setting --set claimgate.http.address=no such host!: claimgate.http.address takes an"
                + " IP address or host name", refusal(Map.of("claimgate.http.address", "no such host!"), Map.of()));
    }

    @Test
    void aSecretIsRefusedOnTheCommandLineAndNeverRepeated() {
        String line = refusal(Map.of("claimgate.auth.token", "s3cret-value"), Map.of());
        assertEquals("setting claimgate.auth.token refused on the command line: give it as the environment"
                + " variable CLAIMGATE_AUTH_TOKEN or in a file (claimgate.auth.token-file)", line);
        assertFalse(line.contains("s3cret"));
        assertEquals("s3cret-value", SettingsCheck.check(Map.of(), Map.of("CLAIMGATE_AUTH_TOKEN", "s3cret-value"),
                DEFAULTS).get("claimgate.auth.token"));
    }

    @Test
    void camelSettingsPassThroughAndAnUnknownDefaultIsRefusedToo() {
        assertEquals("8080", SettingsCheck.check(Map.of("camel.main.name", "x"), Map.of(), DEFAULTS)
                .get("claimgate.http.port"));
        Properties broken = new Properties();
        broken.putAll(DEFAULTS);
        broken.setProperty("claimgate.retry.max", "-3");
        assertEquals("invalid setting application.properties: claimgate.retry.max=-3: claimgate.retry.max takes a"
                + " whole number 0-100", assertThrows(SettingsCheck.Refused.class,
                        () -> SettingsCheck.check(Map.of(), Map.of(), broken)).getMessage());
    }

    private static String refusal(Map<String, String> commandLine, Map<String, String> environment) {
        String message = assertThrows(SettingsCheck.Refused.class,
                () -> SettingsCheck.check(commandLine, environment, DEFAULTS)).getMessage();
        assertEquals(1, message.lines().count());
        return message;
    }
}
