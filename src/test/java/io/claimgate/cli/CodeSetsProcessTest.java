package io.claimgate.cli;

import static io.claimgate.edit.Test837.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.X12File;
import io.claimgate.codes.SharedCodesets;
import io.claimgate.edit.Test837;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code process --codesets ../shared/codesets} over a mixed synthetic file: exactly the bad claims are rejected,
 * every clean one is accepted, and the 277CA carries the status of each finding. Skipped without the shared files.
 */
class CodeSetsProcessTest {

    @TempDir
    static Path tmp;
    static Path out;
    static int exitCode;
    static final ObjectMapper JSON = new ObjectMapper();

    /** Clean claims: accepted. */
    static final List<String> GOOD = List.of("GOOD-1", "GOOD-2", "GOOD-3", "GOOD-4");

    /** Bad claims and the 277CA claim-level statuses each must get. */
    static final Map<String, List<String>> BAD = new LinkedHashMap<>();

    static {
        BAD.put("BAD-HEADER", List.of("A7:254", "A7:700"));
        BAD.put("BAD-R05", List.of("A7:255", "A7:700"));
        BAD.put("BAD-TERMINATED", List.of("A7:454", "A7:507"));
        BAD.put("BAD-UNKNOWN", List.of("A7:454", "A7:507"));
        BAD.put("BAD-MUE", List.of("A7:476", "A7:732"));
        BAD.put("BAD-POS", List.of("A7:21", "A7:249"));
        BAD.put("BAD-MODIFIER", List.of("A7:453"));
        BAD.put("BAD-EXTERNAL", List.of("A7:254", "A7:509"));
        BAD.put("BAD-ICD9", List.of("A7:254", "A7:508"));
        BAD.put("BAD-FY2027", List.of("A7:254", "A7:700"));
    }

    @BeforeAll
    static void process() throws IOException {
        Path codesets = SharedCodesets.dir();
        String x12 = Test837.file("CLINIC01",
                claim("GOOD-1").dx("ABK:J069", "ABF:E119").line("HC:99213", "1", "20260105")
                        .line("HC:36415", "1", "20260105"),
                claim("BAD-HEADER").dx("ABK:M545").line("HC:99213", "1", "20260105"),
                claim("GOOD-2").dx("ABK:Z0000", "ABF:Z23").line("HC:G0008", "1", "20260106")
                        .line("HC:99213:25", "1", "20260106"),
                claim("BAD-R05").dx("ABK:J069", "ABF:R05").line("HC:99213", "1", "20260105"),
                claim("BAD-TERMINATED").dx("ABK:J069").line("HC:99213", "1", "20260115")
                        .line("HC:J7505", "1", "20260115"),
                claim("GOOD-3").dx("ABK:J069").line("HC:J7505", "1", "20251215"),
                claim("BAD-UNKNOWN").dx("ABK:J069").line("HC:Z1234", "1", "20260105"),
                claim("BAD-MUE").dx("ABK:Z23").line("HC:G0008", "2", "20260105"),
                claim("BAD-POS").pos("30").dx("ABK:J069").line("HC:99213", "1", "20260105"),
                claim("BAD-MODIFIER").dx("ABK:J069").line("HC:99213:ZZ", "1", "20260105"),
                claim("BAD-EXTERNAL").dx("ABK:W010XXA", "ABF:S0990XA").line("HC:99213", "1", "20260105"),
                claim("BAD-ICD9").dx("BK:4019").line("HC:99213", "1", "20260105"),
                claim("GOOD-4").dx("ABK:C7831").line("HC:99213", "1", "20261015"),
                claim("BAD-FY2027").dx("ABK:D691").line("HC:99213", "1", "20261015"));
        Path input = tmp.resolve("codes.837");
        Files.writeString(input, x12);
        out = tmp.resolve("out");
        Path profiles = Files.createDirectories(tmp.resolve("profiles"));
        Files.writeString(profiles.resolve("CLINIC01.properties"), "rule.cpt-code-list = off\n");
        exitCode = new CommandLine(new ClaimgateCommand()).execute("process", "--codesets", codesets.toString(),
                "--profiles", profiles.toString(), "--out", out.toString(), input.toString());
    }

    @Test
    void exactlyTheBadClaimsAreRejected() throws IOException {
        assertEquals(0, exitCode);
        assertEquals(GOOD, X12File.read(out.resolve("accepted/codes.837")).claimIds());
        JsonNode rejected = JSON.readTree(out.resolve("rejected/codes.json").toFile());
        List<String> ids = new ArrayList<>();
        rejected.get("claims").forEach(c -> ids.add(c.get("id").asText()));
        assertEquals(List.copyOf(BAD.keySet()), ids);
    }

    @Test
    void the277CarriesTheStatusOfEachFinding() {
        X12File ack = X12File.read(out.resolve("acks/codes.277"));
        ack.assertEnvelopes();
        Map<String, List<String>> statuses = ack.claimStatuses();
        for (String good : GOOD) {
            assertEquals(List.of("A2:20:PR"), statuses.get(good), good);
        }
        BAD.forEach((id, expected) -> assertEquals(expected, statuses.get(id), id));
        Map<String, List<String>> lines = ack.lineStatuses();
        assertEquals(List.of("A7:454"), lines.get("BAD-TERMINATED"), "2220D for line 2 only");
        assertEquals(List.of("A7:476"), lines.get("BAD-MUE"));
        assertEquals(List.of(), lines.get("BAD-HEADER"), "diagnosis findings are claim-level");
    }

    @Test
    void reportPutsLineFindingsOnTheirLinesAndNamesTheProfile() throws IOException {
        JsonNode report = JSON.readTree(out.resolve("reports/codes.json").toFile());
        JsonNode terminated = null;
        for (JsonNode c : report.get("claims")) {
            assertEquals("CLINIC01", c.get("profile").asText(), "the sender's profile");
            if (c.get("id").asText().equals("BAD-TERMINATED")) {
                terminated = c;
            }
        }
        JsonNode line2 = terminated.get("lines").get(1);
        assertEquals("J7505", line2.get("procedure").asText());
        JsonNode f = line2.get("findings").get(0);
        assertEquals("hcpcs-code-set", f.get("rule").asText());
        assertEquals("A7:454", f.get("stc").asText());
        assertEquals("A7:507", f.get("stcAlso").get(0).asText());
        assertEquals(2, f.get("line").asInt());
        assertTrue(f.get("message").asText().contains("terminated on 2025-12-31"));
        assertEquals(0, terminated.get("lines").get(0).get("findings").size());
    }
}
