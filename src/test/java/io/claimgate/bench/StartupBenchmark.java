package io.claimgate.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Start-up as a user sees it (issue 10, item 5): runs the packaged jar as a child process,
 * {@code java -jar JAR process --keep-input --out TMP FILE}, several times and prints the medians of
 * <ul>
 *   <li>time to first file: from starting the child process (wall clock here, so JVM start-up counts) to the line
 *       the intake gate logs on stderr once it has read the first input to hash it ({@code NAME: N bytes, sha256});
 *   <li>process wall time: from starting the child to its exit.
 * </ul>
 * Measured from outside, the same way on every commit, so numbers before and after a change compare.
 */
final class StartupBenchmark {

    private final Path jar;
    private final Path input;
    private final int runs;
    private final Path work;

    StartupBenchmark(Path jar, Path input, int runs, Path work) {
        this.jar = jar;
        this.input = input;
        this.runs = runs;
        this.work = work;
    }

    void run(PrintStream out) throws Exception {
        if (!Files.isRegularFile(jar)) {
            out.println("start-up: " + jar + " not found; build it first (mvn -B -q package -DskipTests)");
            return;
        }
        String marker = input.getFileName() + ": ";
        List<Long> first = new ArrayList<>();
        List<Long> wall = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path outDir = work.resolve("startup-out");
            Benchmark.deleteTree(outDir);
            ProcessBuilder pb = new ProcessBuilder("java", "-jar", jar.toString(), "process", "--keep-input", "--out",
                    outDir.toString(), input.toString());
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            long t0 = System.nanoTime();
            Process child = pb.start();
            long seen = -1;
            try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    if (seen < 0 && line.contains(marker) && line.contains(" bytes, sha256 ")) {
                        seen = System.nanoTime();
                    }
                }
            }
            int code = child.waitFor();
            long end = System.nanoTime();
            if (code != 0 || seen < 0) {
                throw new IllegalStateException("run " + i + ": exit " + code + (seen < 0 ? ", no intake line" : ""));
            }
            first.add((seen - t0) / 1_000_000);
            wall.add((end - t0) / 1_000_000);
        }
        out.printf("time to first file: %d ms (median of %d runs, each %s)%n", median(first), runs, first);
        out.printf("process %s wall time: %d ms (median of %d runs, each %s)%n", describe(input), median(wall), runs,
                wall);
    }

    private static String describe(Path input) throws IOException {
        try (Stream<String> lines = Files.lines(input, StandardCharsets.ISO_8859_1)) {
            long claims = lines.flatMap(l -> Stream.of(l.split("~"))).filter(s -> s.strip().startsWith("CLM*"))
                    .count();
            return claims + "-claim file";
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
