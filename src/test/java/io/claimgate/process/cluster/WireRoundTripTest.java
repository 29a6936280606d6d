package io.claimgate.process.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.bench.Synthetic837Generator;
import io.claimgate.codes.CodeSets;
import io.claimgate.commit.FileOutcome;
import io.claimgate.commit.OutputLayout;
import io.claimgate.commit.StagedFile;
import io.claimgate.edit.ClaimEditor;
import io.claimgate.edit.ProfileSet;
import io.claimgate.edit.RuleCatalog;
import io.claimgate.parse.ServiceLineParser;
import io.claimgate.process.BatchEditing;
import io.claimgate.process.BatchEditings;
import io.claimgate.process.ClaimBatchEditor;
import io.claimgate.process.ClaimFileProcessor;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kafka mode without Kafka: every batch goes through the wire format (request encoded, decoded as a worker
 * does, edited by a {@link KafkaBatchWorker}, reply encoded and decoded around the reading node's claims). The
 * outputs of every sample and of a synthetic file with defects must be the same bytes as in single-node mode.
 */
class WireRoundTripTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static ServiceLineParser parser;
    private static ExecutorService pool;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        parser = new ServiceLineParser();
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() throws Exception {
        pool.shutdownNow();
        parser.close();
    }

    /** The loop-back "cluster": the codec and the worker in this JVM, on the pool. */
    static BatchEditing loopback(KafkaBatchWorker worker, AtomicInteger batches) {
        BatchCodec codec = new BatchCodec();
        return BatchEditings.on(pool, 4, context -> {
            AtomicLong seq = new AtomicLong();
            return batch -> {
                long n = seq.incrementAndGet();
                batches.incrementAndGet();
                byte[] reply = worker.edit(codec.request("f", n, context.today(), batch));
                return codec.results(reply, "f", n, batch);
            };
        });
    }

    @Test
    void everySampleAndASyntheticFileComeOutTheSameThroughTheWire() throws Exception {
        Path synthetic = tmp.resolve("synthetic.837");
        try (Writer w = Files.newBufferedWriter(synthetic, StandardCharsets.ISO_8859_1)) {
            new Synthetic837Generator(7, 3).write(w, 700);
        }
        List<Path> inputs;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            inputs = Stream.concat(s.sorted(), Stream.of(synthetic)).toList();
        }
        ClaimEditor editor = new ClaimEditor(RuleCatalog.rules(), CodeSets.curatedDefault(), ProfileSet.none());
        AtomicInteger batches = new AtomicInteger();
        BatchEditing wire = loopback(new KafkaBatchWorker(new ClaimBatchEditor(parser, editor)), batches);
        Map<String, byte[]> single = run(tmp.resolve("single"), inputs, editor, null);
        Map<String, byte[]> cluster = run(tmp.resolve("cluster"), inputs, editor, wire);
        assertEquals(single.keySet(), cluster.keySet());
        assertTrue(single.size() > 20, "outputs: " + single.keySet());
        assertTrue(batches.get() >= 11, "700 claims in batches of 64 and the samples: " + batches.get());
        for (String name : single.keySet()) {
            assertArrayEquals(single.get(name), cluster.get(name), name);
        }
    }

    private Map<String, byte[]> run(Path out, List<Path> inputs, ClaimEditor editor, BatchEditing remote)
            throws IOException {
        OutputLayout layout = new OutputLayout(out);
        layout.create();
        long[] next = {900};
        ClaimFileProcessor processor = new ClaimFileProcessor(layout, () -> ++next[0], parser, editor, pool, 2,
                Clock.fixed(NOW, ZoneOffset.UTC), io.claimgate.edit.api.ClaimHistory.NONE, remote);
        for (Path input : inputs) {
            StagedFile staged = processor.stage(input, true, Map.of());
            FileOutcome outcome = staged.isReadable() ? staged.commit() : staged.fail();
            assertTrue(outcome.input().equals(input.getFileName().toString()), outcome.toString());
        }
        Map<String, byte[]> files = new TreeMap<>();
        for (String folder : List.of("accepted", "rejected", "acks", "reports", "error")) {
            Path f = out.resolve(folder);
            if (Files.isDirectory(f)) {
                try (Stream<Path> s = Files.list(f)) {
                    for (Path p : s.toList()) {
                        byte[] bytes = Files.readAllBytes(p);
                        if (p.toString().endsWith(".html")) { // the page states its processing time
                            bytes = new String(bytes, StandardCharsets.UTF_8).replaceAll("[0-9]+\\.[0-9]{3} s",
                                    "# s").getBytes(StandardCharsets.UTF_8);
                        }
                        files.put(folder + "/" + p.getFileName(), bytes);
                    }
                }
            }
        }
        return files;
    }
}
