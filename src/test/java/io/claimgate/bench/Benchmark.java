package io.claimgate.bench;

import io.claimgate.commit.FileOutcome;
import io.claimgate.parse.EnvelopeHandler;
import io.claimgate.parse.InterchangeReader;
import io.claimgate.parse.RawClaim;
import io.claimgate.parse.ServiceLineParser;
import io.claimgate.route.ClaimgateRuntime;
import io.claimgate.x12.Delimiters;
import io.claimgate.x12.InterchangeHeader;
import io.claimgate.x12.Segment;
import io.claimgate.x12.SegmentReader;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The benchmark the issues ask for, on one generated file in one JVM: end-to-end claims/s of {@code process}
 * (Camel route, parse, edit, all outputs written and committed), Smooks parse-only claims/s (the envelope reader
 * splitting claims and Smooks parsing every claim's service lines, on the same threads and batches as the
 * product), StAEDI parse-only claims/s (a plain streaming read of the whole file), and the peak heap used during
 * each, sampled every 5 ms. Each part runs once to warm up and is then measured once; one-time start-up (the
 * end-to-end runtime's start, the Smooks schema compile) is outside the clock and printed on its own.
 */
public final class Benchmark {

    private final int claims;
    private final Path work;
    private final int threads;
    private final java.util.Set<String> only;
    private final boolean warmUp;

    public Benchmark(int claims, Path work, int threads, java.util.Set<String> only, boolean warmUp) {
        this.warmUp = warmUp;
        this.claims = claims;
        this.work = work;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.only = only;
    }

    public void run(PrintStream out) throws Exception {
        Path file = syntheticFile(work, claims);
        out.printf("file: %s, %d claims, %.1f MB; %d worker threads; max heap %d MB%n", file, claims,
                Files.size(file) / 1e6, threads, Runtime.getRuntime().maxMemory() >> 20);
        if (only.contains("process")) {
            measure(out, "end-to-end process", clock -> endToEnd(file, clock));
        }
        if (only.contains("smooks")) {
            measure(out, "Smooks parse-only", clock -> smooksOnly(file));
        }
        if (only.contains("staedi")) {
            measure(out, "StAEDI parse-only", clock -> staediOnly(file));
        }
    }

    /** The generated file of N claims in the scratch folder (written once). */
    static Path syntheticFile(Path work, int claims) throws java.io.IOException {
        Files.createDirectories(work);
        Path file = work.resolve("synthetic-" + claims + ".837");
        if (!Files.exists(file)) {
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
                new Synthetic837Generator(42).write(w, claims);
            }
        }
        return file;
    }

    private interface Part {
        long run(Clock clock) throws Exception;
    }

    /**
     * When a part's measured work begins: at the call, unless the part restarts it after a one-time set-up. The
     * end-to-end part starts its runtime (Camel, the processed-file store, the Daffodil schema compile: 2-4 s on
     * this machine) before the clock, as the Smooks-only part compiles its schema before the clock (in its warm-up
     * run): rates of a running node, compared like for like. The start-up is printed on its own.
     */
    private static final class Clock {
        private final long created = System.nanoTime();
        private long start = created;
        private long cpuStart = processCpuNanos();
        private java.util.Map<String, Long> threadsStart = ThreadTicks.read();

        void restart() {
            start = System.nanoTime();
            cpuStart = processCpuNanos();
            threadsStart = ThreadTicks.read();
        }
    }

    /**
     * CPU time of the whole JVM (every thread: pool, writers, GC, JIT): on this shared machine wall-clock rates
     * move with other load, CPU per claim much less, so the line gives both.
     */
    /** Warm-up runs of a part at most, however busy the JIT still is. */
    private static final int MAX_WARM_UPS = 4;

    /** The JIT's accumulated compile time (ms), as the JVM reports it. */
    private static long compileMillis() {
        return java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private void measure(PrintStream out, String name, Part part) throws Exception {
        long warm = 0;
        int warmUps = 0;
        if (warmUp) {
            // Warm up until the JIT is quiet: after one run of 20,000 claims the C2 compiler still took 550 µs of CPU
            // per claim of the measured end-to-end run (-Dbench.threads=true), a third of its CPU, against 36 for
            // Smooks-only. A node that has been running for a while has paid that; the rates compare running nodes.
            do {
                long compiledBefore = compileMillis();
                long t0 = System.nanoTime();
                warm = part.run(new Clock());
                warmUps++;
                long wallMillis = (System.nanoTime() - t0) / 1_000_000;
                if (compileMillis() - compiledBefore < wallMillis / 10) {
                    break;
                }
            } while (warmUps < MAX_WARM_UPS);
        }
        System.gc();
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        Clock clock = new Clock();
        long counted = part.run(clock);
        long end = System.nanoTime();
        double cpuMicrosPerClaim = (processCpuNanos() - clock.cpuStart) / 1e3 / Math.max(1, counted);
        String byThread = ThreadTicks.since(clock.threadsStart, counted);
        double seconds = (end - clock.start) / 1e9;
        double setUp = (clock.start - clock.created) / 1e9;
        sampler.stop();
        if (Boolean.getBoolean("bench.threads")) {
            out.println("  CPU by thread (µs/claim): " + byThread);
        }
        out.printf("%-20s %8d claims in %6.2f s = %8.0f claims/s, CPU %5.0f µs/claim, peak heap used %4d MB"
                + " (%d warm-up runs, the last counted %d)%s%n", name, counted, seconds, counted / seconds,
                cpuMicrosPerClaim, sampler.peak >> 20, warmUps, warm,
                setUp >= 0.0005 ? String.format(", start-up before the clock %.2f s", setUp) : "");
    }

    private long endToEnd(Path file, Clock clock) throws Exception {
        Path out = work.resolve("out");
        deleteTree(out);
        try (ClaimgateRuntime runtime = new ClaimgateRuntime(out, threads, ClaimgateRuntime.oneShot())) {
            runtime.start();
            clock.restart();
            FileOutcome outcome = runtime.process(file, true);
            if (!outcome.processed()) {
                throw new IllegalStateException(outcome.reason());
            }
            return outcome.claims();
        }
    }

    private final ServiceLineParser smooks = new ServiceLineParser();

    private long smooksOnly(Path file) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong parsedLines = new AtomicLong();
        List<Future<?>> futures = new ArrayList<>();
        List<List<Segment>> batch = new ArrayList<>();
        long[] count = {0};
        Delimiters[] delimiters = new Delimiters[1];
        EnvelopeHandler handler = new EnvelopeHandler() {
            @Override
            public void interchangeStart(InterchangeHeader interchange) {
                delimiters[0] = interchange.delimiters();
            }

            @Override
            public void claim(RawClaim claim) {
                count[0]++;
                batch.add(claim.lineSegments());
                if (batch.size() == 64) {
                    List<List<Segment>> b = new ArrayList<>(batch);
                    batch.clear();
                    futures.add(pool.submit(() -> parsedLines.addAndGet(smooks.parse(delimiters[0], b).size())));
                    while (futures.size() > 2 * threads) {
                        join(futures.remove(0));
                    }
                }
            }
        };
        try (SegmentReader reader = new SegmentReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.ISO_8859_1))) {
            new InterchangeReader(reader, handler).read();
        }
        if (!batch.isEmpty()) {
            futures.add(pool.submit(() -> parsedLines.addAndGet(smooks.parse(delimiters[0], batch).size())));
        }
        for (Future<?> f : futures) {
            join(f);
        }
        pool.shutdown();
        return count[0];
    }

    private static void join(Future<?> f) {
        try {
            f.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long staediOnly(Path file) throws Exception {
        java.util.logging.Logger.getLogger("io.xlate").setLevel(java.util.logging.Level.WARNING);
        EDIInputFactory factory = EDIInputFactory.newFactory();
        long count = 0;
        long textLength = 0;
        try (InputStream in = Files.newInputStream(file); EDIStreamReader reader = factory.createEDIStreamReader(in)) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.START_SEGMENT && "CLM".equals(reader.getText())) {
                    count++;
                } else if (event == EDIStreamEvent.ELEMENT_DATA) {
                    textLength += reader.getText().length();
                }
            }
        }
        return textLength > 0 ? count : 0;
    }

    static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Samples used heap every 5 ms and keeps the highest value. */
    private static final class HeapSampler implements Runnable {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private volatile boolean running = true;
        private volatile long peak;
        private Thread thread;

        void start() {
            thread = new Thread(this, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        @Override
        public void run() {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

}
