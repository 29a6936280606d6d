package io.claimgate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time per thread of this JVM from Linux's /proc/self/task (the JVM's own GC and JIT threads included, which JFR's
 * execution samples leave out), summed by thread name without its digits. For {@code -Dbench.threads=true}:
 * where a part's CPU goes, e.g. the file's writing thread against the pool.
 */
final class ThreadTicks {

    /** Clock ticks per second of utime/stime in /proc (USER_HZ, 100 on Linux). */
    private static final double TICK_MICROS = 10_000;

    private ThreadTicks() {
    }

    /** Ticks (user + system) per thread name; empty where /proc is absent. */
    static Map<String, Long> read() {
        Map<String, Long> ticks = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(t -> {
                try {
                    String name = Files.readString(t.resolve("comm")).strip().replaceAll("[0-9]+", "#");
                    String stat = Files.readString(t.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // a thread that ended while listed
                }
            });
        } catch (IOException e) {
            return ticks;
        }
        return ticks;
    }

    /** Ticks per thread name since {@code before}. */
    static Map<String, Long> since(Map<String, Long> before) {
        Map<String, Long> delta = new TreeMap<>();
        read().forEach((name, ticks) -> delta.put(name, ticks - before.getOrDefault(name, 0L)));
        return delta;
    }

    /** Ticks per thread name as µs per claim, largest first (threads under 1 µs left out). */
    static String perClaim(Map<String, Long> ticks, long claims) {
        return ticks.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() * TICK_MICROS / Math.max(1, claims)))
                .filter(e -> e.getValue() >= 1)
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .map(e -> String.format("%s %.0f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
