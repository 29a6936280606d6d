package io.claimgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.bench.Synthetic837Generator;
import io.claimgate.intake.CrashRecoveryIT;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code process} as its own JVM on a generated file of 12,000 claims, stderr not a terminal: progress log lines on
 * stderr (one as soon as 10,000 claims are done, then every 5 s), and on stdout the file's result line and the
 * run's summary table, each once; the result line is not logged on stderr as well.
 */
class ProgressIT {

    static final int CLAIMS = 12_000;
    static final Pattern PROGRESS = Pattern.compile(".* INFO  TerminalProgress - big\\.837: [0-9,]+ claims,"
            + " [0-9,]+ claims/s, [0-9]+% read, ETA [0-9:]+");

    @TempDir
    Path tmp;

    @Test
    void aLargeFileShowsProgressOnStderrAndOneSummaryTableOnStdout() throws Exception {
        Path input = tmp.resolve("big.837");
        try (Writer w = Files.newBufferedWriter(input, StandardCharsets.ISO_8859_1)) {
            new Synthetic837Generator(7).write(w, CLAIMS);
        }
        Path out = tmp.resolve("out");
        Path stdout = tmp.resolve("stdout.txt");
        Path stderr = tmp.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", CrashRecoveryIT.classPath(),
                "io.claimgate.cli.ClaimgateCommand", "process", "--threads", "2", "--out", out.toString(),
                input.toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        pb.environment().remove("CLAIMGATE_PROGRESS"); // auto: no console here, so log lines
        Process process = pb.start();
        if (!process.waitFor(600, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("process did not finish: " + Files.readString(stderr));
        }
        List<String> err = Files.readAllLines(stderr, StandardCharsets.UTF_8);
        List<String> printed = Files.readAllLines(stdout, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), String.join("\n", err));

        List<String> progress = err.stream().filter(l -> PROGRESS.matcher(l).matches()).toList();
        assertFalse(progress.isEmpty(), String.join("\n", err));
        assertTrue(progress.get(0).contains(": 10,0") || progress.get(0).contains(": 10,1"),
                "the first line as soon as 10,000 claims are done: " + progress.get(0));
        assertFalse(err.stream().anyMatch(l -> l.contains("\r")), "no live line when stderr is not a terminal");

        String result = "big.837: " + CLAIMS + " claims, ";
        assertEquals(1, printed.stream().filter(l -> l.startsWith(result)).count(), String.join("\n", printed));
        assertTrue(printed.get(0).startsWith(result), printed.get(0));
        assertEquals(0, err.stream().filter(l -> l.contains(result)).count(), "the result line is not logged too");
        assertEquals(1, printed.stream().filter(l -> l.startsWith("claimgate process: ")).count());
        assertEquals("claimgate process: 1 file(s): 1 processed", printed.get(1));
        assertTrue(printed.stream().anyMatch(l -> l.matches("  total +12,000 +[0-9,]+\\.[0-9]{2}")),
                String.join("\n", printed));
        assertEquals("outputs in " + out.toAbsolutePath(), printed.get(printed.size() - 1));
    }
}
