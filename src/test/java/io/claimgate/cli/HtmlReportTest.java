package io.claimgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * reports/mixed.html after {@code claimgate process samples/mixed.837}: every rejected claim, every finding's text
 * and the element at fault are on the page; no patient or subscriber name, member id, birth date or address is; the
 * page is self-contained.
 */
class HtmlReportTest {

    @TempDir
    static Path tmp;
    static String page;
    static String text;
    static JsonNode report;

    @BeforeAll
    static void processMixed() throws IOException {
        Path out = tmp.resolve("out");
        assertEquals(0, new CommandLine(new ClaimgateCommand()).execute("process", "--keep-input", "--out",
                out.toString(), "samples/mixed.837"));
        page = Files.readString(out.resolve("reports/mixed.html"), StandardCharsets.UTF_8);
        text = unescape(page.replaceAll("<[^>]+>", ""));
        report = new ObjectMapper().readTree(out.resolve("reports/mixed.json").toFile());
    }

    /** The page as a reader sees it: the five entities the writer escapes, back to characters. */
    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    @Test
    void everyRejectedClaimAndEveryFindingTextIsOnThePage() {
        List<String> rejected = new ArrayList<>();
        for (JsonNode claim : report.get("claims")) {
            if (claim.get("status").asText().equals("rejected")) {
                rejected.add(claim.get("id").asText());
                List<JsonNode> findings = new ArrayList<>();
                claim.get("findings").forEach(findings::add);
                claim.get("lines").forEach(l -> l.get("findings").forEach(findings::add));
                for (JsonNode f : findings) {
                    assertTrue(text.contains(f.get("message").asText()), f.toString());
                }
            }
        }
        assertEquals(List.of("MIX-2002", "MIX-2003", "MIX-2004", "MIX-2005", "MIX-2006", "MIX-2007", "MIX-2008",
                "MIX-2009"), rejected);
        for (String id : rejected) {
            assertTrue(page.contains("id=\"claim-" + id + "\""), id);
        }
        assertFalse(page.contains("id=\"claim-MIX-2001\""), "accepted claims are counted, not listed");
        assertTrue(text.contains("10 claims read: 2 accepted ($155.00 in charges) and 8 rejected ($1,015.00)"), text);
    }

    @Test
    void eachFindingNamesTheElementAtFaultAndHighlightsItInTheRawSegment() {
        for (String expected : List.of("CLM02 Total claim charge amount", "SV101-2 Composite medical procedure"
                + " identifier", "NM109 Identification code (NPI)", "SV107 Composite diagnosis code pointer",
                "SV104 Service unit count", "DTP03 Date time period (date of service)",
                "HI01-2 Principal diagnosis (health care code information)")) {
            assertTrue(text.contains(expected), expected);
        }
        assertTrue(page.contains("SV1*<mark>HC:9921X</mark>*80*UN*1***1~"), "the bad procedure composite is marked");
        assertTrue(page.contains("NM1*82*1*TESTDOC*JORDAN****XX*<mark>1234567890</mark>~"));
        assertTrue(page.contains("DTP*472*D8*<mark>20991231</mark>~"));
        assertTrue(text.contains("A7:454 Rejected for invalid information: Procedure code for services rendered"));
        assertTrue(text.contains("A7:510 Rejected for invalid information: Future date"));
    }

    @Test
    void rejectionsAreGroupedByRuleAndProvider() {
        assertTrue(page.contains("<tr id=\"rule-service-date\"><td><b>service-date</b></td><td>2</td><td>2</td>"
                + "<td>$250.00</td>"), page);
        assertTrue(text.contains("Each diagnosis pointer (SV107) points at a diagnosis"), "the rule's description");
        assertTrue(page.contains("<tr><td>1234567893</td><td>8</td>"), "billing provider NPI");
        assertTrue(page.contains("<tr><td>1234567890</td><td>1</td>"), "rendering provider NPI");
    }

    @Test
    void noPatientOrSubscriberDataAppears() throws IOException {
        Set<String> personal = new HashSet<>();
        for (String segment : Files.readString(Path.of("samples/mixed.837"), StandardCharsets.ISO_8859_1)
                .split("~")) {
            String[] e = segment.strip().split("\\*");
            if (e[0].equals("NM1") && (e[1].equals("IL") || e[1].equals("QC"))) {
                personal.add(e[3]);
                personal.add(e[9]);
            } else if (e[0].equals("DMG")) {
                personal.add(e[2]);
            } else if (e[0].equals("N3") && !e[1].equals("100 MAIN STREET")) {
                personal.add(e[1]);
            }
        }
        assertTrue(personal.contains("TESTPATIENT1") && personal.contains("MBR001") && personal.contains("19800101"),
                personal.toString());
        for (String value : personal) {
            assertFalse(page.contains(value), value);
        }
    }

    @Test
    void thePageIsSelfContainedWithRelativeLinks() {
        assertFalse(page.contains("<script"));
        assertFalse(page.contains("http://") || page.contains("https://"), "no external resource or link");
        assertTrue(page.contains("<style>"));
        for (String link : List.of("href=\"../acks/mixed.999\"", "href=\"../acks/mixed.277\"",
                "href=\"../accepted/mixed.837\"", "href=\"mixed.json\"")) {
            assertTrue(page.contains(link), link);
        }
        assertTrue(text.contains("26f8d6c3ee01c9e85ca2f46c79c5d00b334fa7c5e2303daa03604b772cb37ae1"), "SHA-256");
        assertTrue(text.contains("ZZ:CLINIC01 \u2192 ZZ:CLAIMGATE"), "sender and receiver");
        assertTrue(text.contains("ICD-10-CM FY2026"), "the code sets");
    }
}
