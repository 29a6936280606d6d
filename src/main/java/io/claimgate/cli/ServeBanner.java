package io.claimgate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The block {@code serve} logs once at start: every address it listens on (inbox folder, SFTP folder, replay
 * endpoint, console, health and metrics), where outputs go, and the code sets its editor loaded, so that an
 * operator reading the log knows where to send files and where to look without reading the settings.
 */
final class ServeBanner {

    private ServeBanner() {
    }

    /** The block's text, one line per address, from the checked settings; "off" for what is switched off. */
    static String text(Map<String, String> settings, String codeSets) {
        List<String> lines = new ArrayList<>();
        lines.add("claimgate serve is listening:");
        add(lines, "inbox", on(settings, "claimgate.inbox.enabled")
                ? Path.of(settings.get("claimgate.inbox").trim()).toAbsolutePath() + " (a sub-folder per partner)"
                : "off");
        add(lines, "sftp", on(settings, "claimgate.sftp.enabled")
                ? "sftp://" + settings.get("claimgate.sftp.user").trim() + "@" + settings.get("claimgate.sftp.host")
                        .trim() + ":" + settings.get("claimgate.sftp.port").trim() + "/"
                        + settings.get("claimgate.sftp.folder").trim() + " (polled)"
                : "off");
        boolean http = on(settings, "claimgate.http.enabled");
        String httpBase = url(settings, "claimgate.http");
        add(lines, "http intake", http ? "POST " + httpBase + "/api/files" : "off");
        add(lines, "console", http && on(settings, "claimgate.console.enabled") ? httpBase + "/ui" : "off");
        boolean management = on(settings, "claimgate.management.enabled");
        String managementBase = url(settings, "claimgate.management");
        add(lines, "health", management ? managementBase + "/observe/health" : "off");
        add(lines, "metrics", management ? managementBase + "/observe/metrics" : "off");
        add(lines, "outputs", Path.of(settings.get("claimgate.out").trim()).toAbsolutePath().toString());
        add(lines, "code sets", codeSets);
        return String.join(System.lineSeparator(), lines);
    }

    private static void add(List<String> lines, String what, String where) {
        lines.add(String.format("  %-12s %s", what, where));
    }

    private static boolean on(Map<String, String> settings, String key) {
        return "true".equalsIgnoreCase(settings.getOrDefault(key, "false").trim());
    }

    /** http://ADDRESS:PORT of one of the two HTTP servers (an IPv6 address in brackets). */
    private static String url(Map<String, String> settings, String prefix) {
        String address = settings.get(prefix + ".address").trim();
        return "http://" + (address.contains(":") ? "[" + address + "]" : address) + ":"
                + settings.get(prefix + ".port").trim();
    }
}
