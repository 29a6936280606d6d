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
 * Measured from outside, the same way on every commit, so numbers before and after a change compare. Twice: as
 * {@code java -jar target/claimgate.jar} and as the launcher, {@code target/bin/claimgate} (the product's way to run
 * it: it starts from a class-data-sharing archive, made first if there is none; that training run is timed once and
 * printed apart). Where /usr/bin/time exists, each way also gets the median CPU time (user + system) of its runs:
 * the machine is shared, and CPU moves less than wall time when something else runs.
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
        Series plain = series(List.of("java", "-jar", jar.toString()), runs);
        out.printf("time to first file: %d ms (median of %d runs, each %s)%n", median(plain.first), runs, plain.first);
        out.printf("process %s wall time: %d ms (median of %d runs, each %s)%n", describe(input), median(plain.wall),
                runs, plain.wall);
        plain.printCpu(out, "java -jar");
        Path launcher = jar.resolveSibling("bin").resolve("claimgate");
        if (!Files.isExecutable(launcher)) {
            out.println("start-up: " + launcher + " not found (mvn package installs it)");
            return;
        }
        // one run first, apart: it makes the archive when there is none for these jars (the training run)
        Series first = series(List.of(launcher.toString()), 1);
        out.printf("bin/claimgate first run (makes the class-data archive if missing): first file %d ms, wall %d ms%n",
                first.first.get(0), first.wall.get(0));
        Series cds = series(List.of(launcher.toString()), runs);
        out.printf("bin/claimgate time to first file: %d ms (median of %d runs, each %s)%n", median(cds.first), runs,
                cds.first);
        out.printf("bin/claimgate process %s wall time: %d ms (median of %d runs, each %s)%n", describe(input),
                median(cds.wall), runs, cds.wall);
        cds.printCpu(out, "bin/claimgate");
    }

    /** The times of {@code count} runs of {@code command process --keep-input --out TMP INPUT}. */
    private Series series(List<String> command, int count) throws Exception {
        String marker = input.getFileName() + ": ";
        Files.createDirectories(work); // /usr/bin/time writes its file there (and exits 125 when it cannot)
        Path timeFile = work.resolve("startup-cpu");
        boolean timed = Files.isExecutable(TIME);
        Series series = new Series(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < count; i++) {
            Path outDir = work.resolve("startup-out");
            Benchmark.deleteTree(outDir);
            List<String> line = new ArrayList<>();
            if (timed) {
                line.addAll(List.of(TIME.toString(), "-f", "%U %S", "-o", timeFile.toString()));
            }
            line.addAll(command);
            line.addAll(List.of("process", "--keep-input", "--out", outDir.toString(), input.toString()));
            ProcessBuilder pb = new ProcessBuilder(line);
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            long t0 = System.nanoTime();
            Process child = pb.start();
            long seen = -1;
            try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String l = err.readLine(); l != null; l = err.readLine()) {
                    if (seen < 0 && l.contains(marker) && l.contains(" bytes, sha256 ")) {
                        seen = System.nanoTime();
                    }
                }
            }
            int code = child.waitFor();
            long end = System.nanoTime();
            if (code != 0 || seen < 0) {
                throw new IllegalStateException(String.join(" ", command) + " run " + i + ": exit " + code
                        + (seen < 0 ? ", no intake line" : ""));
            }
            series.first.add((seen - t0) / 1_000_000);
            series.wall.add((end - t0) / 1_000_000);
            if (timed) {
                String[] cpu = Files.readString(timeFile).strip().split("\\s+");
                series.cpu.add(Math.round((Double.parseDouble(cpu[cpu.length - 2]) + Double.parseDouble(
                        cpu[cpu.length - 1])) * 1000));
            }
        }
        return series;
    }

    private static final Path TIME = Path.of("/usr/bin/time");

    private record Series(List<Long> first, List<Long> wall, List<Long> cpu) {
        void printCpu(PrintStream out, String way) {
            if (!cpu.isEmpty()) {
                out.printf("%s CPU time (user + system): %d ms (median of %d runs, each %s)%n", way, median(cpu),
                        cpu.size(), cpu);
            }
        }
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
