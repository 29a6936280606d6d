package io.claimgate.route;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The table of claimgate's settings: every claimgate.* key, its type and the values it takes. The defaults are in
 * application.properties alone (SettingTableTest checks that the two list the same keys); {@link SettingsCheck}
 * checks every value once, at start, from wherever it came.
 */
public enum Setting {
    OUT("claimgate.out", Type.PATH),
    STORE("claimgate.store", Type.PATH),
    STORE_URL("claimgate.store.url", Type.TEXT),
    STORE_USER("claimgate.store.user", Type.TEXT),
    STORE_PASSWORD("claimgate.store.password", Type.SECRET),
    STORE_PASSWORD_FILE("claimgate.store.password-file", Type.PATH),
    CLUSTER_NODE("claimgate.cluster.node", Type.TEXT),
    CLUSTER_LEASE("claimgate.cluster.lease", Type.LEASE),
    INBOX("claimgate.inbox", Type.PATH),
    INBOX_ENABLED("claimgate.inbox.enabled", Type.BOOLEAN),
    INBOX_MIN_AGE("claimgate.inbox.min-age", Type.MILLIS),
    INBOX_POLL_DELAY("claimgate.inbox.poll-delay", Type.MILLIS),
    SFTP_ENABLED("claimgate.sftp.enabled", Type.BOOLEAN),
    SFTP_HOST("claimgate.sftp.host", Type.HOST),
    SFTP_PORT("claimgate.sftp.port", Type.PORT),
    SFTP_USER("claimgate.sftp.user", Type.TEXT),
    SFTP_PASSWORD("claimgate.sftp.password", Type.TEXT),
    SFTP_PRIVATE_KEY("claimgate.sftp.private-key", Type.PATH),
    SFTP_KNOWN_HOSTS("claimgate.sftp.known-hosts", Type.PATH),
    SFTP_STRICT_HOST_KEY_CHECKING("claimgate.sftp.strict-host-key-checking", Type.YES_NO),
    SFTP_FOLDER("claimgate.sftp.folder", Type.PATH),
    SFTP_PROCESSED("claimgate.sftp.processed", Type.PATH),
    SFTP_FAILED("claimgate.sftp.failed", Type.PATH),
    SFTP_PARTNER("claimgate.sftp.partner", Type.TEXT),
    SFTP_MIN_AGE("claimgate.sftp.min-age", Type.MILLIS),
    SFTP_POLL_DELAY("claimgate.sftp.poll-delay", Type.MILLIS),
    SFTP_LOCAL_WORK("claimgate.sftp.local-work", Type.PATH),
    HTTP_ENABLED("claimgate.http.enabled", Type.BOOLEAN),
    CONSOLE_ENABLED("claimgate.console.enabled", Type.BOOLEAN),
    HTTP_ADDRESS("claimgate.http.address", Type.HOST),
    HTTP_PORT("claimgate.http.port", Type.PORT),
    HTTP_MAX_BODY_SIZE("claimgate.http.max-body-size", Type.BYTES),
    MANAGEMENT_ENABLED("claimgate.management.enabled", Type.BOOLEAN),
    MANAGEMENT_ADDRESS("claimgate.management.address", Type.HOST),
    MANAGEMENT_PORT("claimgate.management.port", Type.PORT),
    AUTH_TOKEN("claimgate.auth.token", Type.SECRET),
    AUTH_TOKEN_FILE("claimgate.auth.token-file", Type.PATH),
    AUTH_BASIC("claimgate.auth.basic", Type.SECRET),
    AUTH_BASIC_FILE("claimgate.auth.basic-file", Type.PATH),
    RETRY_MAX("claimgate.retry.max", Type.RETRIES),
    RETRY_DELAY("claimgate.retry.delay", Type.MILLIS),
    THREADS("claimgate.threads", Type.THREADS),
    CODESETS("claimgate.codesets", Type.PATH),
    PROFILES("claimgate.profiles", Type.PATH),
    PROGRESS("claimgate.progress", Type.PROGRESS),
    LOG_FILE_SUMMARY("claimgate.log.file-summary", Type.BOOLEAN),
    KAFKA_ENABLED("claimgate.kafka.enabled", Type.BOOLEAN),
    KAFKA_WORKER("claimgate.kafka.worker", Type.BOOLEAN),
    KAFKA_BROKERS("claimgate.kafka.brokers", Type.TEXT),
    KAFKA_BATCHES_TOPIC("claimgate.kafka.batches-topic", Type.TEXT),
    KAFKA_RESULTS_TOPIC("claimgate.kafka.results-topic", Type.TEXT),
    KAFKA_GROUP("claimgate.kafka.group", Type.TEXT),
    KAFKA_PARTITIONS("claimgate.kafka.partitions", Type.COUNT),
    KAFKA_WINDOW("claimgate.kafka.window", Type.COUNT),
    KAFKA_TIMEOUT("claimgate.kafka.timeout", Type.MILLIS),
    KAFKA_SESSION_TIMEOUT("claimgate.kafka.session-timeout", Type.MILLIS),
    EM_MIX_WINDOW_DAYS("claimgate.em-mix.window-days", Type.DAYS),
    DUPLICATE_CLAIM_WINDOW_DAYS("claimgate.duplicate-claim.window-days", Type.DAYS);

    /** What a setting takes; {@link #allowed} is the phrase the one-line refusal ends with. */
    public enum Type {
        TEXT("any text"),
        PATH("a path"),
        BOOLEAN("true or false"),
        YES_NO("yes or no"),
        PORT("a port number 1-65535"),
        HOST("an IP address or host name"),
        MILLIS("milliseconds, a whole number 0-86400000"),
        BYTES("a size in bytes, a whole number 1-2147483647"),
        RETRIES("a whole number 0-100"),
        DAYS("a whole number of days 1-3650"),
        THREADS("a whole number 0-256 (0 = one per core)"),
        PROGRESS("auto, terminal, log or off"),
        LEASE("milliseconds, a whole number 3000-3600000"),
        COUNT("a whole number 1-1000"),
        SECRET("a value from the environment variable or the setting's -file, never from the command line");

        private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.:-]{0,252})?");

        private final String allowed;

        Type(String allowed) {
            this.allowed = allowed;
        }

        public String allowed() {
            return allowed;
        }

        boolean accepts(String value) {
            String v = value.trim();
            return switch (this) {
                case TEXT, PATH, SECRET -> true;
                case BOOLEAN -> v.equals("true") || v.equals("false");
                case YES_NO -> v.equals("yes") || v.equals("no");
                case PORT -> inRange(v, 1, 65_535);
                case HOST -> HOST_NAME.matcher(v).matches();
                case MILLIS -> inRange(v, 0, 86_400_000);
                case BYTES -> inRange(v, 1, Integer.MAX_VALUE);
                case RETRIES -> inRange(v, 0, 100);
                case DAYS -> inRange(v, 1, 3650);
                case THREADS -> inRange(v, 0, 256);
                case PROGRESS -> v.matches("auto|terminal|log|off");
                case LEASE -> inRange(v, 3_000, 3_600_000);
                case COUNT -> inRange(v, 1, 1000);
            };
        }

        private static boolean inRange(String v, long min, long max) {
            if (!v.matches("-?[0-9]{1,12}")) {
                return false;
            }
            long n = Long.parseLong(v);
            return n >= min && n <= max;
        }
    }

    private final String key;
    private final Type type;

    Setting(String key, Type type) {
        this.key = key;
        this.type = type;
    }

    public String key() {
        return key;
    }

    public Type type() {
        return type;
    }

    /** The environment variable Camel reads for this key (claimgate.inbox.min-age -> CLAIMGATE_INBOX_MIN_AGE). */
    public String environmentVariable() {
        return environmentName(key);
    }

    static String environmentName(String key) {
        return key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public static Optional<Setting> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    static Optional<Setting> byEnvironmentVariable(String name) {
        return Arrays.stream(values()).filter(s -> s.environmentVariable().equals(name)).findFirst();
    }
}
