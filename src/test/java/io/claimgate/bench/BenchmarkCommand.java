package io.claimgate.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchmark --claims N}: generates a synthetic 837P and measures process, Smooks and StAEDI on it. It lives
 * beside the tests, not in the product jar (StAEDI, its reference point, is a test dependency); run it with
 * {@code mvn -B -q test-compile exec:exec@benchmark -Dbench="--claims 20000"} (README, "Benchmark"); with
 * {@code --only startup,staedi} it times the packaged jar's start-up ({@link StartupBenchmark}) beside StAEDI.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Generate a synthetic 837P of N claims and measure end-to-end, Smooks-only and StAEDI-only"
                + " throughput and peak heap.")
public final class BenchmarkCommand implements Callable<Integer> {

    @Option(names = "--claims", defaultValue = "20000", description = "Claims in the generated file.")
    int claims;

    @Option(names = "--work", defaultValue = "target/benchmark", description = "Scratch folder.")
    Path work;

    @Option(names = "--threads", description = "Worker threads (default: one per core).")
    int threads;

    @Option(names = "--only", description = "Run one part: process, smooks, staedi or startup (default: all but"
            + " startup); several separated by commas.")
    String only;

    @Option(names = "--startup-runs", defaultValue = "5", description = "Child processes the startup part runs.")
    int startupRuns;

    @Option(names = "--jar", defaultValue = "target/claimgate.jar", description = "The packaged jar startup runs.")
    Path jar;

    @Option(names = "--startup-input", defaultValue = "samples/clean.837", description = "The file startup processes.")
    Path startupInput;
    @Option(names = "--cluster", description = "Also measure the Kafka mode: one node, one node plus one worker JVM,"
            + " and the Kafka hop's serialisation and transport per claim (an in-JVM broker).")
    boolean cluster;

    @Option(names = "--no-warmup", description = "Measure the first run (for very large files).")
    boolean noWarmup;

    @Override
    public Integer call() throws Exception {
        java.util.Set<String> parts = only == null ? java.util.Set.of("process", "smooks", "staedi")
                : java.util.Set.of(only.split(","));
        if (parts.contains("startup")) {
            // first, while no benchmark part has warmed the machine's caches more than a user's run would
            new StartupBenchmark(jar, startupInput, startupRuns, work).run(System.out);
        }
        if (parts.stream().anyMatch(p -> !p.equals("startup"))) {
            new Benchmark(claims, work, threads, parts, !noWarmup).run(System.out);
        }
        if (cluster) {
            new ClusterBenchmark(claims, work, threads > 0 ? threads : Runtime.getRuntime().availableProcessors())
                    .run(System.out, Benchmark.syntheticFile(work, claims));
        }
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchmarkCommand()).execute(args));
    }
}
