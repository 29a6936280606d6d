package io.claimgate.route;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The settings that make a kind of run, given to {@link ClaimgateRuntime}: the presets of the runs whose files come
 * from the caller (process, replay, worker, benchmark, the tests' runtimes), and which intake routes a run leaves
 * off (kept out of /observe/health).
 */
public final class RunSettings {

    private RunSettings() {
    }

    /**
     * Settings for a run without intakes or servers (process, replay, benchmark): files come from the caller. Camel's
     * JMX is off: nothing of claimgate reads its MBeans, and registering them took about 0.8 s of CPU and 1 s of the
     * 3-claim {@code process} start (issue 10, measured with {@code bench.StartupBenchmark}).
     */
    public static Map<String, String> oneShot() {
        return Map.of("claimgate.inbox.enabled", "false", "claimgate.sftp.enabled", "false", "claimgate.http.enabled",
                "false", "claimgate.management.enabled", "false", "claimgate.log.file-summary", "false",
                "camel.main.jmx-enabled", "false");
    }

    /**
     * {@link #oneShot()} for the commands that send their files themselves (process, replay): only
     * camel-routes/claim-files.yaml is loaded, the other files' routes (HTTP, SFTP, console, Kafka) would not start
     * anyway; reading and building them cost about 0.5 s of CPU at every start (issue 10).
     */
    public static Map<String, String> command() {
        Map<String, String> settings = new HashMap<>(oneShot());
        settings.put("camel.main.routes-include-pattern", "classpath:camel-routes/claim-files.yaml");
        return Map.copyOf(settings);
    }

    /**
     * The routes of the intakes switched off, which Camel would otherwise list in /observe/health as UP (a route that
     * is not started is not checked); "none" when all run.
     */
    static String disabledIntakes(ClaimgateSettings defaults, Map<String, String> settings) {
        Map<String, String> routes = Map.of("claimgate.inbox.enabled", "folder-intake", "claimgate.sftp.enabled",
                "sftp-intake", "claimgate.http.enabled", "http-replay");
        String off = routes.entrySet().stream().filter(e -> !"true".equalsIgnoreCase(defaults.get(e.getKey(),
                settings.get(e.getKey())).trim())).map(Map.Entry::getValue).sorted()
                .collect(Collectors.joining(","));
        return off.isEmpty() ? "none" : off;
    }
}
