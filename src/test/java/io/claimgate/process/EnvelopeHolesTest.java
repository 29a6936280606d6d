package io.claimgate.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.X12File;
import io.claimgate.commit.Disposition;
import io.claimgate.commit.FileOutcome;
import io.claimgate.commit.JournalEntry;
import io.claimgate.commit.OutputLayout;
import io.claimgate.edit.ClaimEditor;
import io.claimgate.edit.ProfileSet;
import io.claimgate.edit.RuleCatalog;
import io.claimgate.edit.api.Profile;
import io.claimgate.codes.CodeSets;
import io.claimgate.parse.ServiceLineParser;
import io.claimgate.x12.Segment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9's envelope holes, each on a file built from samples/clean.837 (ISA13 000000201 from ZZ:CLINIC01, three
 * claims CLEAN-1001..1003): a reused ISA13 in any interchange, delimiters that are not distinct, the TA1 of an ISA
 * that is not fixed width, and text after the last IEA.
 */
class EnvelopeHolesTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();
    static ServiceLineParser parser;
    static ExecutorService pool;
    static String clean;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws Exception {
        parser = new ServiceLineParser();
        pool = Executors.newFixedThreadPool(2);
        clean = Files.readString(Path.of("samples/clean.837"), StandardCharsets.ISO_8859_1);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    /** clean.837 with another ISA13 (and IEA02). */
    static String withIsa13(String isa13) {
        return clean.replace("*000000201*", "*" + isa13 + "*").replace("IEA*1*000000201", "IEA*1*" + isa13);
    }

    record Run(FileOutcome outcome, List<Segment> ta1s, JsonNode report) {
        String notes() {
            return ta1s.stream().map(s -> s.element(1) + ":" + s.element(4) + ":" + s.element(5))
                    .collect(Collectors.joining(" "));
        }
    }

    Run process(String text, ProfileSet profiles, InterchangeHistory history) throws Exception {
        Path out = tmp.resolve("out");
        OutputLayout layout = new OutputLayout(out);
        layout.create();
        Path input = Files.writeString(tmp.resolve("in.837"), text, StandardCharsets.ISO_8859_1);
        long[] next = {900};
        ClaimFileProcessor processor = new ClaimFileProcessor(layout, () -> ++next[0], parser,
                new ClaimEditor(RuleCatalog.rules(), CodeSets.curatedDefault(), profiles), pool, 2,
                Clock.fixed(NOW, ZoneOffset.UTC));
        FileOutcome outcome = processor.stage(input, false, Map.of(), history).commit();
        Path ta1 = layout.acks().resolve(outcome.stem() + ".ta1");
        List<Segment> ta1s = Files.exists(ta1) ? X12File.read(ta1).all("TA1") : List.of();
        JsonNode report = JSON.readTree(layout.reports().resolve(outcome.stem() + ".json").toFile());
        return new Run(outcome, ta1s, report);
    }

    Run process(String text) throws Exception {
        return process(text, ProfileSet.none(), InterchangeHistory.NONE);
    }

    static ProfileSet clinic(String... settings) {
        Properties p = new Properties();
        for (int i = 0; i < settings.length; i += 2) {
            p.setProperty(settings[i], settings[i + 1]);
        }
        return ProfileSet.of(Map.of("CLINIC01", Profile.parse("CLINIC01", p, Set.of())));
    }

    @Test
    void theSameInterchangeTwiceInOneFileIsAnsweredByTa1025AndItsClaimsAreNotProcessed() throws Exception {
        Run run = process(clean + withIsa13("000000202") + clean);

        assertEquals("000000201:R:025", run.notes());
        assertEquals(List.of(6, 6, 0), List.of(run.outcome().claims(), run.outcome().accepted(),
                run.outcome().rejected()));
        JsonNode third = run.report().get("interchanges").get(2);
        assertEquals("025", third.get("ta1").asText());
        assertEquals("Duplicate Interchange Control Numbers", third.get("ta1Text").asText());
        assertEquals("ISA13 000000201 of sender ZZ:CLINIC01 repeats interchange 1 of this file",
                third.get("reason").asText());
        assertEquals(0, third.get("groups").size(), "a rejected interchange shows no group as accepted");
    }

    @Test
    void aPartnerProfileCanAllowAReusedIsa13() throws Exception {
        Run run = process(clean + clean, clinic("envelope.refuse-reused-isa13", "off"), InterchangeHistory.NONE);

        assertEquals("", run.notes());
        assertEquals(6, run.outcome().accepted());
    }

    @Test
    void aLaterInterchangeReusingAnIsa13OfACommittedFileIsRefusedWithinTheWindow() throws Exception {
        JournalEntry earlier = new JournalEntry("abc", "old", Disposition.PROCESSED, "reports/old.json", "old.837",
                "folder", null, "ZZ:CLINIC01", "000000202", false, "2026-02-01T00:00:00Z");
        InterchangeHistory history = (sender, isa13) -> sender.equals("ZZ:CLINIC01") && isa13.equals("000000202")
                ? Optional.of(earlier) : Optional.empty();

        Run refused = process(clean + withIsa13("000000202"), ProfileSet.none(), history);
        assertEquals("000000202:R:025", refused.notes());
        assertEquals(3, refused.outcome().accepted());
        assertEquals("ISA13 000000202 of sender ZZ:CLINIC01 was already used by old.837 (2026-02-01T00:00:00Z)",
                refused.report().get("interchanges").get(1).get("reason").asText());

        Run outsideWindow = process(clean + withIsa13("000000202"),
                clinic("envelope.reused-isa13-window-days", "10"), history);
        assertEquals("", outsideWindow.notes());
        assertEquals(6, outsideWindow.outcome().accepted());
    }

    @Test
    void aRepetitionSeparatorThatIsAlsoTheComponentSeparatorIsRejected() throws Exception {
        Run run = process(clean.replace("*^*00501*", "*:*00501*"));

        assertEquals("000000201:R:027", run.notes());
        assertEquals(0, run.outcome().claims());
        assertEquals("ISA11 repetition separator ':' is also the component separator",
                run.report().get("interchanges").get(0).get("reason").asText());
    }

    @Test
    void aRepetitionSeparatorThatIsAlsoTheSegmentTerminatorIsRejected() throws Exception {
        Run run = process(clean.replace("*^*00501*", "*~*00501*"));

        assertEquals("000000201:R:004", run.notes());
    }

    @Test
    void theTa1OfAnIsaThatIsNotFixedWidthCarriesItsDateTimeAndParties() throws Exception {
        Run run = process(clean.replace("*ZZ*CLINIC01       *", "*ZZ*CLINIC01      *")); // ISA06 one short

        assertEquals("000000201:R:026", run.notes());
        Segment ta1 = run.ta1s().get(0);
        assertEquals(List.of("260110", "0930"), List.of(ta1.element(2), ta1.element(3)));
        Path acks = tmp.resolve("out/acks").resolve(run.outcome().stem() + ".ta1");
        Segment isa = X12File.read(acks).all("ISA").get(0);
        assertEquals(List.of("ZZ", "CLAIMGATE", "ZZ", "CLINIC01"), List.of(isa.element(5), isa.element(6).strip(),
                isa.element(7), isa.element(8).strip()), "the reply goes back to the sender");
    }

    @Test
    void textAfterTheLastIeaIsReportedAndTheInterchangesBeforeItAreProcessed() throws Exception {
        Run run = process(clean + "\r\nJUNK AFTER THE END\r\n");

        assertTrue(run.outcome().processed());
        assertEquals(3, run.outcome().accepted());
        String trailing = "20 characters after the last IEA (segment 74) are no interchange, starting 'JUN'";
        assertEquals(trailing, run.report().get("trailing").asText());
        assertTrue(run.outcome().summary().endsWith("; " + trailing), run.outcome().summary());
    }

    @Test
    void aProfileRefusesAnEnvelopeSettingItDoesNotUnderstand() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> clinic("envelope.refuse-reused-isa13", "maybe"));
        assertEquals("profile CLINIC01: envelope.refuse-reused-isa13 must be on or off, not 'maybe'", e.getMessage());
        assertThrows(() -> clinic("envelope.reused-isa13-window-days", "0"));
    }

    private static void assertThrows(org.junit.jupiter.api.function.Executable e) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, e);
    }
}
