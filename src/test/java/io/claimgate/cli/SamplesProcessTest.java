package io.claimgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.X12File;
import io.claimgate.x12.Segment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs {@code claimgate process} over a copy of samples/ (through the Camel routes, as the README's command does)
 * and checks the exact outcome of every sample.
 */
class SamplesProcessTest {

    @TempDir
    static Path tmp;
    static Path out;
    static Path inbox;
    static int exitCode;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void processSamples() throws IOException {
        inbox = tmp.resolve("inbox");
        out = tmp.resolve("out");
        Files.createDirectories(inbox);
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path p : samples.toList()) {
                Files.copy(p, inbox.resolve(p.getFileName()));
            }
        }
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            exitCode = new CommandLine(new ClaimgateCommand()).execute("process", "--out", out.toString(),
                    inbox.toString());
        } finally {
            System.setOut(stdout);
        }
        summary = printed.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    }

    static List<String> summary;

    @Test
    void theSummaryLineOfEachFileSaysWhatItsAcknowledgmentsRejected() {
        assertTrue(summary.contains("clean.837: 3 claims, 3 accepted, 0 rejected (outputs clean)"), summary.toString());
        assertTrue(summary.contains("syntax-errors.837: 3 claims, 1 accepted, 2 rejected (outputs syntax-errors);"
                + " 999 rejected 1 of 2 transaction set(s)"), summary.toString());
        assertTrue(summary.contains("envelope-error.837: 0 claims, 0 accepted, 0 rejected (outputs envelope-error);"
                + " TA1 001 rejected interchange 000000206 (IEA02 000000999 does not match ISA13 000000206)"),
                summary.toString());
        assertTrue(summary.contains("not-x12.txt: not processed: the file does not start with an ISA interchange"
                + " header"), summary.toString());
    }

    /**
     * Issue 10: stdout holds one result line per file, then the run's one table (exact numbers for samples/); the
     * route does not log the result lines as well, so no fact is printed twice.
     */
    @Test
    void stdoutIsOneResultLinePerFileThenOneSummaryTable() {
        assertEquals(8 + 15, summary.size(), String.join("\n", summary));
        assertEquals(List.of(
                "claimgate process: 8 file(s): 1 error, 7 processed",
                "                   claims          charges",
                "  accepted             12         1,431.74",
                "  rejected             13         1,340.00",
                "  total                25         2,771.74",
                "rejected claims by rule:",
                "  claim-balance                               4",
                "  service-date                                2",
                "  transaction-set-rejected                    2",
                "  diagnosis-code-form                         1",
                "  diagnosis-pointer                           1",
                "  npi-check-digit                             1",
                "  procedure-code-form                         1",
                "  service-units                               1",
                "outputs in " + out.toAbsolutePath()), summary.subList(8, summary.size()));
        assertEquals(8, summary.stream().distinct().filter(l -> l.contains(": ") && !l.startsWith("claimgate"))
                .count(), "one result line per file");
    }

    @Test
    void everyInputGetsExactlyOneOutcomeAndTheCommandSucceeds() throws IOException {
        assertEquals(0, exitCode);
        try (Stream<Path> left = Files.list(inbox)) {
            assertEquals(0, left.count(), "inputs are moved out of the inbox");
        }
        assertEquals(Set.of("clean.837", "mixed.837", "multi-st.837", "pipe-delimited-crlf.837", "syntax-errors.837",
                "envelope-error.837", "two-interchanges.837"), names(out.resolve("archive")));
        assertEquals(Set.of("not-x12.txt", "not-x12.reason.txt"), names(out.resolve("error")));
        assertEquals(Set.of("clean.277", "mixed.277", "multi-st.277", "pipe-delimited-crlf.277", "syntax-errors.277",
                "clean.999", "mixed.999", "multi-st.999", "pipe-delimited-crlf.999", "syntax-errors.999",
                "envelope-error.ta1", "two-interchanges.277", "two-interchanges.999"), names(out.resolve("acks")), "no 999 or 277 for an interchange its TA1 rejects");
        assertEquals(Set.of("mixed.json", "multi-st.json", "pipe-delimited-crlf.json", "syntax-errors.json",
                "two-interchanges.json"),
                names(out.resolve("rejected")), "no rejected file when nothing was rejected");
        try (Stream<Path> work = Files.list(out.resolve(".work"))) {
            assertEquals(0, work.count(), "no work files left behind");
        }
        assertTrue(Files.readString(out.resolve("error/not-x12.reason.txt")).contains("does not start with an ISA"));
    }

    @Test
    void cleanFileIsForwardedWholeWithNewControlNumbers() throws IOException {
        X12File input = X12File.read(Path.of("samples/clean.837"));
        X12File accepted = X12File.read(out.resolve("accepted/clean.837"));
        accepted.assertEnvelopes();
        assertEquals(List.of("CLEAN-1001", "CLEAN-1002", "CLEAN-1003"), accepted.claimIds());
        assertEquals(withoutEnvelope(input), withoutEnvelope(accepted), "same segments in the same order");
        assertFalse(input.segments().get(0).element(13).equals(accepted.segments().get(0).element(13)),
                "a new ISA13");
        X12File ack = X12File.read(out.resolve("acks/clean.277"));
        ack.assertEnvelopes();
        assertEquals(Map.of("CLEAN-1001", List.of("A2:20:PR"), "CLEAN-1002", List.of("A2:20:PR"),
                "CLEAN-1003", List.of("A2:20:PR")), ack.claimStatuses());
        assertEquals("3", ack.first("QTY", "90").element(2));
        assertEquals("CLEANBATCH", ack.first("TRN", "2").element(2), "2200B TRN02 = BHT03");
    }

    @Test
    void mixedFileSplitsAcceptedAndRejectedWithTheStatusOfEachFinding() throws IOException {
        X12File accepted = X12File.read(out.resolve("accepted/mixed.837"));
        accepted.assertEnvelopes();
        assertEquals(List.of("MIX-2001", "MIX-2010"), accepted.claimIds());
        assertHierarchyConsistent(accepted);

        JsonNode rejected = JSON.readTree(out.resolve("rejected/mixed.json").toFile());
        List<String> rejectedIds = new ArrayList<>();
        rejected.get("claims").forEach(c -> rejectedIds.add(c.get("id").asText()));
        assertEquals(List.of("MIX-2002", "MIX-2003", "MIX-2004", "MIX-2005", "MIX-2006", "MIX-2007", "MIX-2008",
                "MIX-2009"), rejectedIds);
        JsonNode first = rejected.get("claims").get(0);
        assertEquals(150, first.get("charge").asInt());
        assertTrue(first.get("segments").get(0).asText().startsWith("CLM*MIX-2002*150"));

        X12File ack = X12File.read(out.resolve("acks/mixed.277"));
        ack.assertEnvelopes();
        Map<String, List<String>> statuses = ack.claimStatuses();
        assertEquals(List.of("A2:20:PR"), statuses.get("MIX-2001"));
        assertEquals(List.of("A7:400", "A7:178"), statuses.get("MIX-2002"));
        assertEquals(List.of("A7:454"), statuses.get("MIX-2003"));
        assertEquals(List.of("A7:562:82"), statuses.get("MIX-2004"));
        assertEquals(List.of("A7:477"), statuses.get("MIX-2005"));
        assertEquals(List.of("A7:476"), statuses.get("MIX-2006"));
        assertEquals(List.of("A7:187"), statuses.get("MIX-2007"));
        assertEquals(List.of("A7:254"), statuses.get("MIX-2008"));
        assertEquals(List.of("A7:510", "A7:187"), statuses.get("MIX-2009"));
        assertEquals(List.of("A2:20:PR"), statuses.get("MIX-2010"));
        Map<String, List<String>> lines = ack.lineStatuses();
        assertEquals(List.of("A7:454"), lines.get("MIX-2003"), "2220D for the bad line");
        assertEquals(List.of(), lines.get("MIX-2004"), "a claim-level NPI finding has no 2220D");
        assertEquals("2", ack.first("QTY", "90").element(2));
        assertEquals("8", ack.first("QTY", "AA").element(2));
        assertEquals("155", ack.first("AMT", "YU").element(2));
        assertEquals("1015", ack.first("AMT", "YY").element(2));
        assertEquals("MIX-2003-1", ack.first("REF", "FJ").element(2), "REF*FJ echoes REF*6R");
    }

    @Test
    void reportCarriesEveryClaimWithLineLevelFindings() throws IOException {
        JsonNode report = JSON.readTree(out.resolve("reports/mixed.json").toFile());
        assertEquals("mixed.837", report.get("file").asText());
        assertEquals(10, report.get("totals").get("claims").asInt());
        assertEquals(2, report.get("totals").get("accepted").asInt());
        assertEquals(8, report.get("totals").get("rejected").asInt());
        JsonNode badProcedure = report.get("claims").get(2);
        assertEquals("MIX-2003", badProcedure.get("id").asText());
        assertEquals("rejected", badProcedure.get("status").asText());
        assertEquals(0, badProcedure.get("findings").size(), "the finding belongs to the line, not the claim");
        JsonNode finding = badProcedure.get("lines").get(0).get("findings").get(0);
        assertEquals("procedure-code-form", finding.get("rule").asText());
        assertEquals(5, finding.get("snip").asInt());
        assertEquals("error", finding.get("severity").asText());
        assertEquals("A7:454", finding.get("stc").asText());
        assertEquals("SV1", finding.get("segment").asText());
        assertEquals(positionOf(Path.of("samples/mixed.837"), "SV1*HC:9921X"), finding.get("position").asLong());
        JsonNode npi = report.get("claims").get(3).get("findings").get(0);
        assertEquals("A7:562:82", npi.get("stc").asText());
        assertEquals("NM1", npi.get("segment").asText());
    }

    @Test
    void otherDelimitersAreReadAndWrittenBackWithTheSendersDelimiters() {
        X12File accepted = X12File.read(out.resolve("accepted/pipe-delimited-crlf.837"));
        accepted.assertEnvelopes();
        assertEquals(List.of("PIPE-3001"), accepted.claimIds());
        assertEquals('|', accepted.segments().get(0).raw().charAt(3));
        assertEquals("HC>99213", accepted.all("SV1").get(0).element(1), "composite kept with '>'");
        X12File ack = X12File.read(out.resolve("acks/pipe-delimited-crlf.277"));
        ack.assertEnvelopes();
        assertEquals(List.of("A7:400", "A7:178"), ack.claimStatuses().get("PIPE-3002"));
    }

    @Test
    void severalTransactionSetsInOneGroupAreEachAcknowledged() {
        X12File accepted = X12File.read(out.resolve("accepted/multi-st.837"));
        accepted.assertEnvelopes();
        assertEquals(List.of("MULTI-4001", "MULTI-4002", "MULTI-4004"), accepted.claimIds());
        assertEquals(3, accepted.all("ST").size());
        assertEquals(1, accepted.all("GS").size());
        X12File ack = X12File.read(out.resolve("acks/multi-st.277"));
        ack.assertEnvelopes();
        assertEquals(3, ack.all("ST").size(), "one 277 per 837 transaction set");
        assertEquals(List.of("MULTIA", "MULTIB", "MULTIC"), ack.all("TRN").stream()
                .filter(s -> s.is("TRN", "2") && !s.element(2).startsWith("MULTI-")).map(s -> s.element(2)).toList());
        assertEquals(List.of("A7:400", "A7:178"), ack.claimStatuses().get("MULTI-4003"));
        assertEquals(List.of("A2:20:PR"), ack.claimStatuses().get("MULTI-4004"));
    }

    @Test
    void syntaxErrorsAreAnsweredByThe999AndOnlyAcceptedSetsReachThe277() throws IOException {
        X12File ack999 = X12File.read(out.resolve("acks/syntax-errors.999"));
        ack999.assertEnvelopes();
        assertEquals(List.of("AK1*HC*205*005010X222A1", "AK2*837*0001*005010X222A1", "IK5*A",
                "AK2*837*0002*005010X222A1", "IK3*DTP*24*2400*8", "CTX*CLM01:SYN-5002", "IK4*3*1251*8*20260230",
                "IK3*CLM*33*2300*8", "CTX*CLM01:SYN-5003", "IK4*2*782*1", "IK5*R*5", "AK9*P*2*2*1"),
                ack999.segments().stream().map(Segment::raw)
                        .filter(r -> r.matches("(AK|IK|CTX).*")).toList());
        X12File accepted = X12File.read(out.resolve("accepted/syntax-errors.837"));
        assertEquals(List.of("SYN-5001"), accepted.claimIds());
        X12File ack277 = X12File.read(out.resolve("acks/syntax-errors.277"));
        ack277.assertEnvelopes();
        assertEquals(List.of("SYN-5001"), List.copyOf(ack277.claimStatuses().keySet()), "277 only for set 0001");
        JsonNode report = JSON.readTree(out.resolve("reports/syntax-errors.json").toFile());
        JsonNode rejected = report.get("claims").get(1);
        assertEquals("SYN-5002", rejected.get("id").asText());
        assertEquals("rejected", rejected.get("status").asText());
        assertEquals("transaction-set-rejected", rejected.get("findings").get(0).get("rule").asText());
        assertEquals("R", report.get("interchanges").get(0).get("groups").get(0).get("transactions").get(1)
                .get("ik5").asText());
    }

    @Test
    void anEnvelopeErrorIsAnsweredByATa1AndTheInterchangeIsNotProcessed() throws IOException {
        X12File ta1 = X12File.read(out.resolve("acks/envelope-error.ta1"));
        ta1.assertEnvelopes();
        assertEquals(List.of("ISA", "TA1", "IEA"), ta1.segments().stream().map(Segment::id).toList());
        assertEquals("TA1*000000206*260110*0930*R*001", ta1.segments().get(1).raw());
        assertEquals("0", ta1.segments().get(2).element(1), "IEA01 counts no group");
        assertEquals("CLINIC01", ta1.segments().get(0).element(8).strip(), "sent back to the sender");
        JsonNode report = JSON.readTree(out.resolve("reports/envelope-error.json").toFile());
        assertEquals(0, report.get("claims").size());
        assertEquals("001", report.get("interchanges").get(0).get("ta1").asText());
        assertFalse(Files.exists(out.resolve("accepted/envelope-error.837")));
    }

    @Test
    void eachInterchangeIsAcknowledgedOnItsOwnWithItsOwnDelimiters() {
        X12File ack999 = X12File.read(out.resolve("acks/two-interchanges.999"));
        ack999.assertEnvelopes();
        assertEquals(2, ack999.all("ISA").size());
        assertEquals(List.of("207", "208"), ack999.all("AK1").stream().map(s -> s.element(2)).toList());
        X12File ack277 = X12File.read(out.resolve("acks/two-interchanges.277"));
        ack277.assertEnvelopes();
        assertEquals(2, ack277.all("ISA").size());
        assertEquals('|', ack277.all("ISA").get(1).raw().charAt(3), "the second reply uses the second sender's delimiters");
        assertEquals(List.of("A2:20:PR"), ack277.claimStatuses().get("TWO-7001"));
        assertEquals(List.of("A7:400", "A7:178"), ack277.claimStatuses().get("TWO-7003"));
        X12File accepted = X12File.read(out.resolve("accepted/two-interchanges.837"));
        accepted.assertEnvelopes();
        assertEquals(List.of("TWO-7001", "TWO-7002"), accepted.claimIds());
        assertEquals(2, accepted.all("ISA").size());
    }

    @Test
    void every999HasCorrectEnvelopesAndAk9CountsMatchIk5() {
        for (String stem : List.of("clean", "mixed", "multi-st", "pipe-delimited-crlf", "syntax-errors",
                "two-interchanges")) {
            X12File ack = X12File.read(out.resolve("acks/" + stem + ".999"));
            ack.assertEnvelopes();
            long received = ack.all("AK9").stream().mapToLong(s -> Long.parseLong(s.element(3))).sum();
            long accepted = ack.all("AK9").stream().mapToLong(s -> Long.parseLong(s.element(4))).sum();
            assertEquals(ack.all("IK5").size(), received, stem + " AK903");
            assertEquals(ack.all("IK5").stream().filter(s -> s.element(1).equals("A")).count(), accepted,
                    stem + " AK904");
        }
    }

    /** HL01 counts from 1, each HL02 names an earlier HL, and HL04 is 1 exactly when a child HL follows. */
    static void assertHierarchyConsistent(X12File file) {
        List<Segment> hls = file.all("HL");
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < hls.size(); i++) {
            Segment hl = hls.get(i);
            if (hl.element(1).equals("1")) {
                seen.clear();
            }
            assertEquals(String.valueOf(seen.size() + 1), hl.element(1));
            assertTrue(hl.element(2).isEmpty() || seen.contains(hl.element(2)), "parent of HL " + hl.element(1));
            seen.add(hl.element(1));
            boolean childFollows = i + 1 < hls.size() && hls.get(i + 1).element(2).equals(hl.element(1));
            if (!hl.element(3).equals("20")) {
                assertEquals(childFollows ? "1" : "0", hl.element(4), "HL04 of HL " + hl.element(1));
            }
        }
    }

    static List<String> withoutEnvelope(X12File file) {
        Set<String> envelope = Set.of("ISA", "GS", "ST", "SE", "GE", "IEA");
        return file.segments().stream().filter(s -> !envelope.contains(s.id())).map(Segment::raw).toList();
    }

    static long positionOf(Path file, String prefix) {
        return X12File.read(file).segments().stream().filter(s -> s.raw().startsWith(prefix)).findFirst()
                .orElseThrow().position();
    }

    static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
    }
}
