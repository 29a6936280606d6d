package io.claimgate.intake;

import io.claimgate.route.ClaimgateRuntime;
import io.claimgate.route.RunSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Test helpers: a serving runtime in this JVM on free ports, and bounded polling. */
final class Serving {

    private Serving() {
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Settings for serve with every intake off; tests switch on what they exercise. */
    static Map<String, String> quiet(Path inbox) {
        Map<String, String> p = new HashMap<>(RunSettings.oneShot());
        p.put("claimgate.inbox", inbox.toString());
        p.put("claimgate.inbox.min-age", "1500");
        p.put("claimgate.inbox.poll-delay", "200");
        return p;
    }

    /** serve on OUT with the folder intake and the HTTP server (the console) on {@code http}, started. */
    static ClaimgateRuntime withConsole(Path inbox, Path out, int http) throws Exception {
        Files.createDirectories(inbox);
        Map<String, String> p = quiet(inbox);
        p.put("claimgate.inbox.enabled", "true");
        p.put("claimgate.http.enabled", "true");
        p.put("claimgate.http.port", String.valueOf(http));
        ClaimgateRuntime runtime = new ClaimgateRuntime(out, 2, p);
        runtime.start();
        return runtime;
    }

    static void await(String what, Duration timeout, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    /** The files in a folder whose names end with the suffix (reports/ holds S.json and S.html per file). */
    static long count(Path folder, String suffix) {
        try (var s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
        } catch (IOException e) {
            return -1;
        }
    }

    static long count(Path folder) {
        try (var s = Files.list(folder)) {
            return s.count();
        } catch (IOException e) {
            return -1;
        }
    }
}
