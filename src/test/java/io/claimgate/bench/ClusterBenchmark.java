package io.claimgate.bench;

import io.claimgate.commit.FileOutcome;
import io.claimgate.edit.ClaimEditor;
import io.claimgate.intake.CrashRecoveryIT;
import io.claimgate.parse.EnvelopeHandler;
import io.claimgate.parse.InterchangeReader;
import io.claimgate.parse.RawClaim;
import io.claimgate.parse.ServiceLineParser;
import io.claimgate.process.ClaimBatchEditor;
import io.claimgate.process.cluster.BatchCodec;
import io.claimgate.process.cluster.KafkaBroker;
import io.claimgate.route.ClaimgateRuntime;
import io.claimgate.route.RunSettings;
import io.claimgate.x12.SegmentReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code benchmark --cluster}: the Kafka mode's numbers on this machine, with an in-JVM broker: claims/s of one node
 * (single-node mode), of one node that is also a worker plus one worker JVM, and the per-claim cost of the Kafka hop
 * split into serialisation (Jackson encode and decode of a claim's request and reply) and transport (serialized
 * batches through the broker and back, no work: {@link KafkaEcho}).
 */
final class ClusterBenchmark {

    private final int claims;
    private final Path work;
    private final int threads;

    ClusterBenchmark(int claims, Path work, int threads) {
        this.claims = claims;
        this.work = work;
        this.threads = threads;
    }

    void run(PrintStream out, Path file) throws Exception {
        List<List<RawClaim>> batches = batches(file);
        measureCodec(out, batches);
        try (KafkaBroker broker = KafkaBroker.start(work.resolve("broker-" + System.nanoTime()))) {
            new KafkaEcho(broker.bootstrap()).measure(out, batches, claims);
            Process worker = worker(broker.bootstrap());
            try {
                Thread.sleep(2_000); // the worker JVM has started its route: let it join the group
                measure(out, "one node", file, Map.of());
                Map<String, String> kafka = new HashMap<>();
                kafka.put("claimgate.kafka.enabled", "true");
                kafka.put("claimgate.kafka.worker", "true");
                kafka.put("claimgate.kafka.brokers", broker.bootstrap());
                kafka.put("claimgate.kafka.partitions", "8");
                measure(out, "node + 1 worker JVM", file, kafka);
            } finally {
                worker.destroy();
                worker.waitFor();
            }
        }
    }

    private void measure(PrintStream out, String name, Path file, Map<String, String> settings) throws Exception {
        run(file, settings); // warm-up
        long t0 = System.nanoTime();
        long counted = run(file, settings);
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf("%-20s %8d claims in %6.2f s = %8.0f claims/s%n", name, counted, seconds, counted / seconds);
    }

    private long run(Path file, Map<String, String> settings) throws Exception {
        Path out = work.resolve("cluster-out-" + System.nanoTime());
        Map<String, String> p = new HashMap<>(RunSettings.oneShot());
        p.putAll(settings);
        try (ClaimgateRuntime runtime = new ClaimgateRuntime(out, threads, p)) {
            runtime.start();
            FileOutcome outcome = runtime.process(file, true);
            if (!outcome.processed()) {
                throw new IllegalStateException(outcome.reason());
            }
            return outcome.claims();
        }
    }

    /** Jackson alone: every batch's request encoded and decoded, and its reply encoded and decoded, per claim. */
    private void measureCodec(PrintStream out, List<List<RawClaim>> batches) throws Exception {
        BatchCodec codec = new BatchCodec();
        LocalDate today = LocalDate.now();
        List<List<ClaimBatchEditor.Edited>> edited = new ArrayList<>();
        try (ServiceLineParser parser = new ServiceLineParser()) {
            ClaimBatchEditor editor = new ClaimBatchEditor(parser, ClaimEditor.standard());
            for (List<RawClaim> b : batches) {
                edited.add(editor.edit(b, new io.claimgate.edit.api.EditContext(today)));
            }
        }
        long bytes = 0;
        for (int round = 0; round < 2; round++) { // the first round warms up
            bytes = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < batches.size(); i++) {
                byte[] request = codec.request("bench", i, today, batches.get(i));
                codec.batch(request);
                byte[] reply = codec.reply("bench", i, edited.get(i));
                codec.results(reply, "bench", i, batches.get(i));
                bytes += request.length + reply.length;
            }
            if (round == 1) {
                double micros = (System.nanoTime() - t0) / 1e3 / claims;
                out.printf("%-20s %8.1f us per claim (one thread; %d bytes per claim request+reply)%n",
                        "Kafka serialisation", micros, bytes / claims);
            }
        }
    }

    private List<List<RawClaim>> batches(Path file) throws Exception {
        List<List<RawClaim>> batches = new ArrayList<>();
        List<RawClaim> batch = new ArrayList<>();
        EnvelopeHandler handler = new EnvelopeHandler() {
            @Override
            public void claim(RawClaim claim) {
                if (!batch.isEmpty() && batch.get(0).transaction() != claim.transaction() || batch.size() == 64) {
                    batches.add(new ArrayList<>(batch));
                    batch.clear();
                }
                batch.add(claim);
            }
        };
        try (SegmentReader reader = new SegmentReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.ISO_8859_1))) {
            new InterchangeReader(reader, handler).read();
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    private Process worker(String brokers) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = work.resolve("worker.log");
        // the product's logging (cli.ConsoleLogging, to stderr, so into worker.log; only the test JVMs name
        // logback-test.xml): the start line waited for below must reach this log
        List<String> cmd = List.of(java, "-Xmx256m", "-cp",
                CrashRecoveryIT.classPath(),
                "io.claimgate.cli.ClaimgateCommand", "worker", "--threads", Integer.toString(threads),
                "--out", work.resolve("worker-out").toString(), "--set", "claimgate.kafka.brokers=" + brokers);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long end = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!Files.readString(log).contains("routes running") && System.nanoTime() < end) {
            Thread.sleep(200);
        }
        return p;
    }
}
