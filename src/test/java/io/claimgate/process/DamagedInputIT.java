package io.claimgate.process;

import io.claimgate.commit.FileOutcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.X12File;
import io.claimgate.route.ClaimgateRuntime;
import io.claimgate.route.RunSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gets a clear answer and never a crash: every truncation of a sample, and samples with bytes
 * overwritten at random, each end with exactly one outcome, no work left behind, and sound envelopes in every
 * acknowledgment and accepted 837 written for them.
 */
class DamagedInputIT {

    @TempDir
    Path tmp;

    @Test
    void truncatedAndCorruptedFilesAlwaysGetOneOutcome() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("samples/multi-st.837"));
        List<byte[]> inputs = new ArrayList<>();
        for (int cut = 0; cut < sample.length; cut += 11) {
            inputs.add(java.util.Arrays.copyOf(sample, cut));
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 60; i++) {
            byte[] damaged = sample.clone();
            for (int k = 0; k < 3; k++) {
                String noise = "*~:^\n\u00ffA0|";
                damaged[random.nextInt(damaged.length)] = (byte) noise.charAt(random.nextInt(noise.length()));
            }
            inputs.add(damaged);
        }
        inputs.add(new byte[0]);
        inputs.add("ISA".getBytes(StandardCharsets.ISO_8859_1));

        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path p : samples.sorted().toList()) {
                inputs.add(Files.readAllBytes(p));
            }
        }
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logs =
                new ch.qos.logback.core.read.ListAppender<>();
        logs.start();
        root.addAppender(logs);
        Path out = tmp.resolve("out");
        Path in = Files.createDirectories(tmp.resolve("in"));
        int processed = 0;
        int errors = 0;
        try (ClaimgateRuntime runtime = new ClaimgateRuntime(out, 2, RunSettings.oneShot())) {
            for (int i = 0; i < inputs.size(); i++) {
                Path file = in.resolve("case-" + i + ".837");
                Files.write(file, inputs.get(i));
                FileOutcome outcome = runtime.processor().process(file, false);
                // The claim-file route logs exactly this line for every file.
                org.slf4j.LoggerFactory.getLogger("claim-file").info("{}", outcome.summary());
                if (outcome.processed()) {
                    processed++;
                } else {
                    errors++;
                    assertTrue(!outcome.reason().startsWith("internal error"), "case " + i + ": " + outcome.reason());
                }
            }
        }
        root.detachAppender(logs);
        // Patient data never reaches a log: the samples' patient names, member ids, birth dates and addresses.
        for (ch.qos.logback.classic.spi.ILoggingEvent event : logs.list) {
            String line = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                    : event.getThrowableProxy().getMessage());
            for (String patientData : List.of("TESTPATIENT", "TESTCHILD", "ALEX", "MBR00", "19800101", "20150101",
                    "ELM ROAD", "NM1*IL", "NM1*QC", "N3*1", "DMG*")) {
                assertTrue(!line.contains(patientData), "log line carries patient data: " + line);
            }
        }
        assertTrue(logs.list.size() > inputs.size(), "the run did log");
        assertEquals(inputs.size(), processed + errors);
        assertEquals(processed, names(out.resolve("archive")).size(), "processed inputs are archived");
        assertEquals(errors, names(out.resolve("error")).stream().filter(n -> !n.endsWith(".reason.txt")).count(),
                "the others are in error/ with a reason");
        assertEquals(List.of(), names(out.resolve(".work")), "no work left behind");
        assertTrue(processed > 50 && errors > 10, processed + " processed, " + errors + " errors");
        for (String folder : List.of("acks", "accepted")) {
            for (String name : names(out.resolve(folder))) {
                X12File.read(out.resolve(folder).resolve(name)).assertEnvelopes();
            }
        }
    }

    private static List<String> names(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
