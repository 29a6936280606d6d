package io.claimgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.claimgate.X12File;
import io.claimgate.x12.Segment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.claimgate.route.ClaimgateRuntime;
import io.claimgate.route.RunSettings;
import picocli.CommandLine;

/**
 * {@code process} over every corpus file (read from ../shared/corpus, copied to a temporary inbox): each gets
 * exactly one outcome, and every acknowledgment written has sound envelopes and AK9 counts that match its IK5s.
 */
class CorpusProcessIT {

    static final Path CORPUS = Path.of("..", "shared", "corpus");

    @TempDir
    Path tmp;

    @Test
    void everyCorpusFileGetsExactlyOneOutcomeAndSoundAcknowledgments() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is not here");
        Path inbox = tmp.resolve("inbox");
        Files.createDirectories(inbox);
        int inputs = 0;
        for (String folder : List.of("imsweb", "stupidedi", "lfh", "staedi")) {
            try (Stream<Path> files = Files.list(CORPUS.resolve(folder))) {
                for (Path p : files.toList()) {
                    Files.copy(p, inbox.resolve(folder + "-" + p.getFileName()));
                    inputs++;
                }
            }
        }
        Path out = tmp.resolve("out");
        // The processor itself, past the exactly-once gate: these files come from unrelated projects that reuse the
        // same sender ids and ISA13s, which the gate rightly answers with TA1 025 (see the test below).
        try (ClaimgateRuntime runtime = new ClaimgateRuntime(out, 2, RunSettings.oneShot())) {
            try (Stream<Path> files = Files.list(inbox)) {
                for (Path p : files.sorted().toList()) {
                    runtime.processor().process(p, false);
                }
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        int archived = SamplesProcessTest.names(out.resolve("archive")).size();
        long errors = SamplesProcessTest.names(out.resolve("error")).stream().filter(n -> !n.endsWith(".reason.txt"))
                .count();
        assertEquals(inputs, archived + errors, "one outcome per input");
        assertEquals(2, errors, "only the files without an ISA: imsweb no_isa_line and stupidedi case_1 (prose)"
                + " but " + SamplesProcessTest.names(out.resolve("error")));
        int forwardedWhole = 0;
        try (Stream<Path> reports = Files.list(out.resolve("reports"))) {
            for (Path report : reports.filter(p -> p.toString().endsWith(".json")).toList()) {
                var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile());
                var totals = json.get("totals");
                if (totals.get("claims").asInt() > 0 && totals.get("rejected").asInt() == 0) {
                    // Every claim accepted: the forwarded 837 holds the input's segments, in order, but the envelope.
                    String name = json.get("file").asText();
                    String stem = name.substring(0, name.lastIndexOf('.'));
                    assertEquals(SamplesProcessTest.withoutEnvelope(X12File.read(out.resolve("archive").resolve(name))),
                            SamplesProcessTest.withoutEnvelope(X12File.read(out.resolve("accepted/" + stem + ".837"))),
                            name);
                    forwardedWhole++;
                }
            }
        }
        assertTrue(forwardedWhole >= 7, "fully accepted corpus files compared: " + forwardedWhole);
        try (Stream<Path> acks = Files.list(out.resolve("acks"))) {
            for (Path ack : acks.toList()) {
                X12File file = X12File.read(ack);
                file.assertEnvelopes();
                if (ack.toString().endsWith(".999")) {
                    for (Segment ak9 : file.all("AK9")) {
                        assertTrue(Integer.parseInt(ak9.element(4)) <= Integer.parseInt(ak9.element(3)), ack.toString());
                    }
                    long ik5 = file.all("IK5").size();
                    long received = file.all("AK9").stream().mapToLong(s -> Long.parseLong(s.element(3))).sum();
                    assertEquals(received, ik5, ack + ": AK903 = number of IK5");
                    long accepted = file.all("IK5").stream().filter(s -> s.element(1).equals("A")).count();
                    assertEquals(accepted, file.all("AK9").stream().mapToLong(s -> Long.parseLong(s.element(4))).sum(),
                            ack + ": AK904 = number of IK5 A");
                }
            }
        }
    }

    @Test
    void throughTheGateReusedInterchangeNumbersGetTa1025AndIdenticalBytesGoToDuplicates() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is not here");
        Path inbox = tmp.resolve("gate-inbox");
        Files.createDirectories(inbox);
        for (String name : List.of("x12_valid.txt", "x12_no_errors.txt", "x12_999_accepted.txt")) {
            Files.copy(CORPUS.resolve("imsweb").resolve(name), inbox.resolve(name));
        }
        Files.copy(CORPUS.resolve("acks/imsweb__x12-parser__src__test__resources__837_5010__x12_999_accepted.txt"),
                inbox.resolve("z-same-bytes.txt"));
        Path out = tmp.resolve("gate-out");
        int code = new CommandLine(new ClaimgateCommand()).execute("process", "--out", out.toString(), inbox.toString());
        assertEquals(0, code);
        // x12_no_errors.txt and x12_valid.txt share sender SUBMITTERS.ID and ISA13 000000905 with other content.
        assertEquals(java.util.Set.of("x12_999_accepted.txt", "x12_no_errors.txt"),
                SamplesProcessTest.names(out.resolve("archive")));
        assertTrue(Files.readString(out.resolve("acks/x12_valid.ta1")).contains("*R*025~"));
        assertTrue(SamplesProcessTest.names(out.resolve("error")).contains("x12_valid.txt"));
        assertEquals(java.util.Set.of("z-same-bytes.txt", "z-same-bytes.reason.txt"),
                SamplesProcessTest.names(out.resolve("duplicates")));
    }
}
