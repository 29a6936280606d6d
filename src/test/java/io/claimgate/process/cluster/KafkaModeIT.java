package io.claimgate.process.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.bench.Synthetic837Generator;
import io.claimgate.commit.FileOutcome;
import io.claimgate.intake.CrashRecoveryIT;
import io.claimgate.route.ClaimgateRuntime;
import io.claimgate.route.RunSettings;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kafka mode end to end: an in-JVM KRaft broker, two worker JVMs (the {@code worker} command) and the reading
 * node in this JVM. A 5,000-claim file gives the same 837s, 277CA, 999 and report as single-node mode (control
 * numbers and dates aside); with one worker killed (SIGKILL) while a file is in flight, the other takes its
 * partitions and the file completes with every claim counted once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaModeIT {

    private static final int CLAIMS = 5_000;

    @TempDir
    static Path dir;

    private KafkaBroker broker;
    private final List<Process> workers = new ArrayList<>();
    private Path file;

    @BeforeAll
    void start() throws Exception {
        broker = KafkaBroker.start(dir.resolve("broker"));
        file = dir.resolve("synthetic.837");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
            new Synthetic837Generator(12, 7).write(w, CLAIMS);
        }
        workers.add(worker("a"));
        workers.add(worker("b"));
        for (String name : List.of("a", "b")) { // both in the group before any file: startup is slow on busy cores
            Path log = dir.resolve("worker-" + name + ".log");
            long end = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (!Files.readString(log, StandardCharsets.ISO_8859_1).contains("routes running")) {
                assertTrue(System.nanoTime() < end, "worker " + name + " did not start: " + Files.readString(log));
                Thread.sleep(200);
            }
        }
    }

    @AfterAll
    void stop() throws Exception {
        for (Process w : workers) {
            w.destroyForcibly().waitFor();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void kafkaModeWritesWhatOneNodeWrites() throws Exception {
        Path single = dir.resolve("single");
        FileOutcome one = run(single, Map.of());
        Path cluster = dir.resolve("cluster");
        FileOutcome two = run(cluster, kafka());
        assertEquals(CLAIMS, one.claims());
        assertEquals(one.toString(), two.toString().replace(cluster.toString(), single.toString()));
        assertEquals(outputs(single), outputs(cluster));
    }

    @Test
    void aWorkerKilledMidFileLeavesTheFileToTheOther() throws Exception {
        Path single = dir.resolve("single-2");
        FileOutcome one = run(single, Map.of());
        Path cluster = dir.resolve("killed");
        Map<String, String> settings = new HashMap<>(kafka());
        try (ClaimgateRuntime node = runtime(cluster, settings)) {
            node.start();
            long[] writtenAtKill = {-1};
            Thread killer = new Thread(() -> {
                // kill once the reading node has written some results: the file is in flight, batches out
                Path staged = cluster.resolve(".work").resolve("synthetic").resolve("synthetic.837");
                long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                try {
                    while (System.nanoTime() < end) {
                        long size = Files.exists(staged) ? Files.size(staged) : 0;
                        if (size > 100_000) {
                            workers.get(0).destroyForcibly();
                            writtenAtKill[0] = size;
                            return;
                        }
                        Thread.sleep(20);
                    }
                } catch (IOException | InterruptedException e) {
                    // reported by the assertions below
                }
            });
            killer.start();
            FileOutcome two = node.process(file, true);
            killer.join();
            assertTrue(!workers.get(0).isAlive(), "worker a was killed");
            long whole = Files.size(cluster.resolve("accepted").resolve("synthetic.837"));
            assertTrue(writtenAtKill[0] > 0 && writtenAtKill[0] < whole / 2,
                    "killed mid-file: " + writtenAtKill[0] + " of " + whole + " bytes written");
            assertEquals(CLAIMS, two.claims());
            assertEquals(one.accepted(), two.accepted());
            assertEquals(one.rejected(), two.rejected());
        }
        assertEquals(outputs(single), outputs(cluster));
    }

    private Map<String, String> kafka() {
        return Map.of("claimgate.kafka.enabled", "true", "claimgate.kafka.brokers", broker.bootstrap(),
                "claimgate.kafka.partitions", "4", "claimgate.kafka.window", "8", "claimgate.kafka.timeout", "60000");
    }

    private FileOutcome run(Path out, Map<String, String> settings) throws Exception {
        try (ClaimgateRuntime node = runtime(out, settings)) {
            node.start();
            return node.process(file, true);
        }
    }

    private static ClaimgateRuntime runtime(Path out, Map<String, String> settings) throws IOException {
        Map<String, String> p = new HashMap<>(RunSettings.oneShot());
        p.putAll(settings);
        return new ClaimgateRuntime(out, 1, p);
    }

    private Process worker(String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("worker-" + name + ".log");
        List<String> cmd = List.of(java, "-Xmx256m", "-cp",
                CrashRecoveryIT.classPath(), "io.claimgate.cli.ClaimgateCommand", "worker", "--threads", "1",
                "--out", dir.resolve("worker-" + name).toString(),
                "--set", "claimgate.kafka.brokers=" + broker.bootstrap(),
                "--set", "claimgate.kafka.session-timeout=6000");
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** accepted/, rejected/, acks/ and the JSON reports, by name, with control numbers, dates and times blanked. */
    static Map<String, String> outputs(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (String folder : List.of("accepted", "rejected", "acks", "reports")) {
            Path f = out.resolve(folder);
            if (!Files.isDirectory(f)) {
                continue;
            }
            try (Stream<Path> list = Files.list(f)) {
                for (Path p : list.filter(x -> !x.toString().endsWith(".html")).sorted().toList()) {
                    files.put(folder + "/" + p.getFileName(), normalised(Files.readString(p,
                            StandardCharsets.ISO_8859_1)));
                }
            }
        }
        assertTrue(files.size() >= 4, "outputs under " + out + ": " + files.keySet());
        return files;
    }

    private static final Map<String, Set<Integer>> VARYING = Map.of("ISA", Set.of(9, 10, 13), "GS", Set.of(4, 5, 6),
            "ST", Set.of(2), "SE", Set.of(2), "GE", Set.of(2), "IEA", Set.of(2), "BHT", Set.of(3, 4, 5));

    /** X12 text: blanks the elements that carry control numbers, dates and times; JSON is kept as it is. */
    static String normalised(String text) {
        if (!text.startsWith("ISA")) {
            return text;
        }
        char element = text.charAt(3);
        char terminator = text.charAt(105);
        StringBuilder out = new StringBuilder(text.length());
        for (String segment : text.split(java.util.regex.Pattern.quote(String.valueOf(terminator)), -1)) {
            String[] e = segment.split(java.util.regex.Pattern.quote(String.valueOf(element)), -1);
            Set<Integer> varying = VARYING.getOrDefault(e[0].strip(), Set.of());
            for (int i = 0; i < e.length; i++) {
                out.append(i > 0 ? String.valueOf(element) : "").append(varying.contains(i) ? "#" : e[i]);
            }
            out.append(terminator);
        }
        return out.toString();
    }
}
