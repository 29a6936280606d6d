package io.claimgate.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.bench.Synthetic837Generator;
import java.io.BufferedReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file of 100,000 claims, every one rejected, processed by {@code claimgate process} in its own JVM under
 * -Xmx256m (the heap the benchmark measures every output under): reports/S.html lists all 100,000 claims in
 * collapsed sections of 500, so a browser opens it, and the run fits the heap because the page is streamed.
 */
class LargeHtmlReportIT {

    static final int CLAIMS = 100_000;

    @TempDir
    Path tmp;

    @Test
    void aHundredThousandRejectedClaimsMakeOneStreamedPageWithinTheHeapBound() throws Exception {
        Path input = tmp.resolve("big.837");
        try (Writer w = Files.newBufferedWriter(input, StandardCharsets.ISO_8859_1)) {
            new Synthetic837Generator(7, 1).write(w, CLAIMS);
        }
        long inputSize = Files.size(input);
        Path out = tmp.resolve("out");
        Path log = tmp.resolve("process.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp",
                CrashRecoveryIT.classPath(), "io.claimgate.cli.ClaimgateCommand", "process", "--threads", "2",
                "--out", out.toString(), input.toString())).directory(tmp.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(15, TimeUnit.MINUTES), "process finished");
        assertEquals(0, p.exitValue(), Files.readString(log));

        Path page = out.resolve("reports/big.html");
        long claims = 0;
        long sections = 0;
        boolean totals = false;
        try (BufferedReader in = Files.newBufferedReader(page, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                claims += line.startsWith("<details class=\"claim\"") ? 1 : 0;
                sections += line.startsWith("<details class=\"section\"") ? 1 : 0;
                totals |= line.contains("100000 claims read: <b class=\"ok\">0 accepted</b>");
                assertFalse(line.contains("DOE1") || line.contains("MBR1") || line.contains("19700101"), line);
            }
        }
        assertEquals(CLAIMS, claims);
        assertEquals(CLAIMS / 500, sections);
        assertTrue(totals, "the totals");
        assertTrue(Files.readString(log).contains("100000 claims, 0 accepted, 100000 rejected"), Files.readString(log));
        System.out.printf("reports/big.html: %,d bytes for %,d claims (input %,d bytes)%n", Files.size(page), CLAIMS,
                inputSize);
    }
}
