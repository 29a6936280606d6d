package io.claimgate.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.commit.FileOutcome;
import io.claimgate.process.StructureScanner;
import io.claimgate.route.ClaimgateRuntime;
import io.claimgate.route.RunSettings;
import io.claimgate.syntax.FileStructure;
import io.claimgate.syntax.ImplementationMap;
import io.claimgate.x12.SegmentReader;
import io.claimgate.x12.X12FormatException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing: damaged copies of samples/ and ../shared/corpus ({@link Mutator}) through the segment reader, the
 * structure scanner and the whole process path. The only failure the first two may report is
 * {@link X12FormatException}; the process path must give every input exactly one outcome (archive/ or error/, never
 * "internal error") and leave no work behind. Each input runs under {@link Guard}: a hang or unbounded allocation
 * fails. Input i comes from random seed fuzz.seed + i, so a failure names the seed that reproduces it.
 *
 * <p>Inputs: {@code -Dfuzz.inputs} each for the reader and the scanner, {@code -Dfuzz.process.inputs} for the
 * process path (failsafe passes both; README "Fuzzing" gives the long-run command).
 */
class X12FuzzIT {

    private static final ImplementationMap MAP = ImplementationMap.professional837();
    private static final Mutator MUTATOR = Mutator.fromSeedFolders();
    private static final AtomicLong INPUTS = new AtomicLong();
    private static Guard guard;
    private static ClaimgateRuntime runtime;
    private static Path work;

    private static final long SEED = Long.getLong("fuzz.seed", 20261129L);
    /** -Dfuzz.progress=FILE: a long run appends its count there every 1,000 inputs. */
    private static final String PROGRESS = System.getProperty("fuzz.progress");

    @BeforeAll
    static void start() throws Exception {
        guard = new Guard(20_000, 512L << 20);
        work = Files.createTempDirectory("claimgate-fuzz");
        runtime = new ClaimgateRuntime(work.resolve("out"), 1, RunSettings.oneShot());
        System.out.println("fuzz seeds: " + MUTATOR.seedCount());
    }

    @AfterAll
    static void stop() throws Exception {
        System.out.println("fuzz inputs tried: " + INPUTS.get());
        runtime.close();
        guard.close();
        try (Stream<Path> all = Files.walk(work)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Runs every input of one target; a failure names the input's seed and size. */
    private static void fuzz(String property, long count, Target target) throws Exception {
        for (long i = 0; i < count; i++) {
            long seed = SEED + i;
            byte[] input = MUTATOR.next(new SplittableRandom(seed));
            if (i % 1000 == 999 && PROGRESS != null && !PROGRESS.isBlank()) {
                Files.writeString(Path.of(PROGRESS), java.time.Instant.now() + " " + property + ": " + (i + 1)
                        + " inputs\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            }
            try {
                target.run(input, i);
            } catch (Exception | AssertionError e) {
                throw new AssertionError(property + ": input " + i + " (-Dfuzz.seed=" + seed + " gives it first, "
                        + input.length + " bytes): " + e, e);
            }
        }
    }

    private interface Target {
        void run(byte[] input, long i) throws Exception;
    }

    @Test
    void segmentReaderEndsOrRefusesAsX12() throws Exception {
        fuzz("segment reader", Long.getLong("fuzz.inputs", 2000), (input, i) -> segmentReader(input));
    }

    @Test
    void structureScannerAnswersOrRefusesAsX12() throws Exception {
        fuzz("structure scanner", Long.getLong("fuzz.inputs", 2000), (input, i) -> structureScanner(input));
    }

    @Test
    void processGivesExactlyOneOutcome() throws Exception {
        // The process path is about 1,000 times slower than the reader: its own count.
        fuzz("process", Long.getLong("fuzz.process.inputs", 100), X12FuzzIT::processOne);
    }

    private static void segmentReader(byte[] input) throws Exception {
        tried();
        long segments = guard.run("segment reader", () -> {
            long n = 0;
            try (SegmentReader reader = reader(input)) {
                while (reader.next() != null) {
                    n++;
                }
            } catch (X12FormatException refused) {
                assertNotNull(refused.getMessage());
            }
            return n;
        });
        assertTrue(segments <= input.length, segments + " segments from " + input.length + " bytes");
    }

    private static void structureScanner(byte[] input) throws Exception {
        tried();
        guard.run("structure scanner", () -> {
            try {
                FileStructure structure = new StructureScanner(MAP).scan(new InputStreamReader(
                        new ByteArrayInputStream(input), StandardCharsets.ISO_8859_1));
                assertNotNull(structure.interchanges());
            } catch (X12FormatException refused) {
                assertNotNull(refused.getMessage());
            }
            return null;
        });
    }

    private static void processOne(byte[] input, long i) throws Exception {
        tried();
        Path out = work.resolve("out");
        Path file = Files.createDirectories(work.resolve("in")).resolve("fuzz-" + i + ".837");
        Files.write(file, input);
        long before = count(out.resolve("archive")) + count(out.resolve("error"));
        FileOutcome outcome = guard.run("process", () -> runtime.processor().process(file, false));
        assertFalse(!outcome.processed() && outcome.reason().startsWith("internal error"),
                "input " + i + ": " + outcome.reason());
        assertFalse(Files.exists(file), "input " + i + " left in place");
        assertEquals(before + 1, count(out.resolve("archive")) + count(out.resolve("error")),
                "input " + i + ": exactly one outcome");
        assertEquals(0, count(out.resolve(".work")), "input " + i + ": no work left behind");
        if (i % 50 == 49) {
            for (String folder : new String[] {"archive", "error", "acks", "accepted", "rejected", "reports"}) {
                clear(out.resolve(folder));
            }
        }
    }

    /** Counts an input; a long run reports its progress every 10,000 inputs (target/failsafe-reports/*-output.txt). */
    private static void tried() {
        long n = INPUTS.incrementAndGet();
        if (n % 10_000 == 0) {
            System.out.println(java.time.Instant.now() + " fuzz inputs tried: " + n);
        }
    }

    private static SegmentReader reader(byte[] input) {
        return new SegmentReader(new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.ISO_8859_1));
    }

    private static long count(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().endsWith(".reason.txt")).count();
        }
    }

    private static void clear(Path dir) throws Exception {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
