package io.claimgate.intake;

import java.nio.file.Path;
import java.util.Random;

/**
 * Run by {@link StoreScaleIT} in its own JVM under -Xmx128m: opens the filled store and times look-ups of random
 * known hashes and of unknown ones. Prints {@code lookups N hits H avg-micros A cpu-micros C max-heap-mb M load L}.
 */
public final class StoreLookupProbe {

    private StoreLookupProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path state = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        int lookups = Integer.parseInt(args[2]);
        Random random = new Random(12);
        try (JdbcFileStore store = new JdbcFileStore(StoreDatabase.open(StoreDatabase.embeddedUrl(state), null,
                null))) {
            for (int i = 0; i < 1000; i++) { // warm-up: JIT, pool, H2's page cache for the index root
                store.find(hash(1 + random.nextInt(rows)));
            }
            int hits = 0;
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int i = 0; i < lookups; i++) {
                // half known hashes, half unknown (a new file's look-up misses)
                String h = i % 2 == 0 ? hash(1 + random.nextInt(rows)) : hash(rows + 1 + random.nextInt(rows));
                if (store.find(h).isPresent()) {
                    hits++;
                }
            }
            long micros = (System.nanoTime() - t0) / 1000 / lookups;
            // embedded H2 runs a look-up on the calling thread: its CPU time is the look-up's cost whatever else
            // competes for the cores
            long cpuMicros = (threads.getCurrentThreadCpuTime() - cpu0) / 1000 / lookups;
            System.out.printf("lookups %d hits %d avg-micros %d cpu-micros %d max-heap-mb %d load %.1f%n", lookups,
                    hits, micros, cpuMicros, Runtime.getRuntime().maxMemory() >> 20,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** The key the filled rows carry: the row number in hex, 64 digits (StoreScaleIT). */
    static String hash(long n) {
        return String.format("%064x", n);
    }
}
