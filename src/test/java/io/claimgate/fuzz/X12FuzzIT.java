package io.claimgate.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.commit.FileOutcome;
import io.claimgate.process.StructureScanner;
import io.claimgate.route.ClaimgateRuntime;
import io.claimgate.syntax.FileStructure;
import io.claimgate.syntax.ImplementationMap;
import io.claimgate.x12.SegmentReader;
import io.claimgate.x12.X12FormatException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing (jqwik): damaged copies of samples/ and ../shared/corpus through the segment reader, the structure
 * scanner and the whole process path. The only failure the first two may report is {@link X12FormatException}; the
 * process path must give every input exactly one outcome (archive/ or error/, never "internal error") and leave no
 * work behind. Each input runs under {@link Guard}: a hang or unbounded allocation fails.
 *
 * <p>Inputs per property: {@code jqwik.tries.default} for the reader and scanner (failsafe sets
 * {@code -Dfuzz.tries}), {@code -Dfuzz.process.tries} for the process path. A long run: see README "Fuzzing".
 */
class X12FuzzIT {

    private static final ImplementationMap MAP = ImplementationMap.professional837();
    private static final Mutator MUTATOR = Mutator.fromSeedFolders();
    private static final AtomicLong INPUTS = new AtomicLong();
    private static Guard guard;
    private static ClaimgateRuntime runtime;
    private static Path work;

    @BeforeContainer
    static void start() throws Exception {
        guard = new Guard(20_000, 512L << 20);
        work = Files.createTempDirectory("claimgate-fuzz");
        runtime = new ClaimgateRuntime(work.resolve("out"), 1, ClaimgateRuntime.oneShot());
        System.out.println("fuzz seeds: " + MUTATOR.seedCount());
    }

    @AfterContainer
    static void stop() throws Exception {
        System.out.println("fuzz inputs tried: " + INPUTS.get());
        runtime.close();
        guard.close();
        try (Stream<Path> all = Files.walk(work)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<byte[]> damaged() {
        return MUTATOR.inputs();
    }

    @Property(shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
    void segmentReaderEndsOrRefusesAsX12(@ForAll("damaged") byte[] input) throws Exception {
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

    @Property(shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
    void structureScannerAnswersOrRefusesAsX12(@ForAll("damaged") byte[] input) throws Exception {
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

    @Property(tries = 1, shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
    void processGivesExactlyOneOutcome(@ForAll("damaged") byte[] first) throws Exception {
        // The process path is about 1,000 times slower than the reader: its own count, -Dfuzz.process.tries.
        int tries = Integer.getInteger("fuzz.process.tries", 300);
        processOne(first, 0);
        java.util.Iterator<byte[]> more = MUTATOR.inputs().sampleStream().iterator();
        for (int i = 1; i < tries; i++) {
            processOne(more.next(), i);
        }
    }

    private static void processOne(byte[] input, int i) throws Exception {
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
