package io.claimgate.cli;

import static io.claimgate.edit.Test837.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.edit.Test837;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 13, item 4: the "analytics" of reports/S.json and their section of reports/S.html, after {@code process} over
 * samples/mixed.837 and samples/clean.837 and over a built file with every procedure category and a review signal.
 */
class FileAnalyticsProcessTest {

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void process() throws IOException {
        out = tmp.resolve("out");
        Path built = tmp.resolve("built.837");
        Files.writeString(built, Test837.file("CLINIC01",
                claim("B-1").dx("ABK:Z0000").line("HC:99215", "1", "20261105").line("HC:J3490", "2", "20261105"),
                claim("B-2").dx("ABK:E119").line("HC:99213", "1", "20261105").line("HC:0001F", "1", "20261105")
                        .line("HC:0001T", "1", "20261105").line("HC:0001U", "1", "20261105"),
                claim("B-3").dx("ABK:E119").line("HC:99214", "0", "20261105").line("HC:A0021", "3", "20261105")));
        assertEquals(0, new CommandLine(new ClaimgateCommand()).execute("process", "--keep-input", "--out",
                out.toString(), "samples/mixed.837", "samples/clean.837", built.toString()));
    }

    static JsonNode analytics(String stem) throws IOException {
        return new ObjectMapper().readTree(out.resolve("reports/" + stem + ".json").toFile()).get("analytics");
    }

    static String page(String stem) throws IOException {
        return Files.readString(out.resolve("reports/" + stem + ".html"), StandardCharsets.UTF_8);
    }

    @Test
    void mixedSampleCountsByCategoryProviderAndRule() throws IOException {
        JsonNode a = analytics("mixed");
        assertEquals("none", a.get("partner").asText());
        assertEquals(9, a.at("/procedureMix/cpt-category-i/lines").asInt());
        assertEquals(1050, a.at("/procedureMix/cpt-category-i/charges").asInt());
        assertEquals(1, a.at("/procedureMix/hcpcs-level-ii/lines").asInt());
        assertEquals(1, a.at("/procedureMix/other/lines").asInt(), "9921X");
        assertEquals(7, a.at("/emLevels/1234567893/99213").asInt());
        assertEquals(1, a.at("/emLevels/1234567890/99214").asInt());
        assertEquals("207Q00000X", a.at("/emLevels/1234567893/taxonomy").asText());
        assertEquals(2, a.at("/byRule/service-date/rejectedClaims").asInt());
        assertEquals(1, a.at("/byRule/claim-balance/rejectedClaims").asInt());
        assertEquals(7, a.at("/byProvider/1234567893/rejectedClaims").asInt());
        assertEquals(8, a.at("/byPartner/none/rejectedClaims").asInt());
        assertEquals(155, a.at("/charges/accepted").asInt());
        assertEquals(1015, a.at("/charges/rejected").asInt());
        assertEquals(2, a.at("/charges/acceptedClaims").asInt());
        assertEquals(8, a.at("/charges/rejectedClaims").asInt());
        assertTrue(a.get("date").asText().matches("\\d{4}-\\d{2}-\\d{2}"), a.get("date").asText());
    }

    @Test
    void cleanSampleHasNoRejections() throws IOException {
        JsonNode a = analytics("clean");
        assertEquals(3, a.at("/procedureMix/cpt-category-i/lines").asInt());
        assertEquals(2, a.at("/procedureMix/hcpcs-level-ii/lines").asInt());
        assertEquals(0, a.get("byRule").size());
        assertEquals(0, a.at("/charges/rejectedClaims").asInt());
        assertEquals(403.37, a.at("/charges/accepted").asDouble(), 1e-9);
    }

    @Test
    void builtFileCountsEveryCategoryAndTheReviewSignal() throws IOException {
        JsonNode a = analytics("built");
        assertEquals(3, a.at("/procedureMix/cpt-category-i/lines").asInt(), "99215, 99213, 99214");
        assertEquals(1, a.at("/procedureMix/cpt-category-ii/lines").asInt());
        assertEquals(1, a.at("/procedureMix/cpt-category-iii/lines").asInt());
        assertEquals(1, a.at("/procedureMix/pla/lines").asInt());
        assertEquals(2, a.at("/procedureMix/hcpcs-level-ii/lines").asInt(), "J3490, A0021");
        assertEquals(5, a.at("/procedureMix/hcpcs-level-ii/units").asInt());
        assertTrue(a.at("/procedureMix/other").isMissingNode());
        JsonNode em = a.at("/emLevels/1234567893");
        assertEquals(1, em.get("99215").asInt());
        assertEquals(1, em.get("99214").asInt());
        assertEquals(1, em.get("99213").asInt());
        assertEquals(0, em.get("99212").asInt());
        assertEquals(1, a.at("/byRule/em-level-review/reviews").asInt());
        assertEquals(0, a.at("/byRule/em-level-review/rejectedClaims").asInt());
        assertEquals(1, a.at("/byRule/service-units/rejectedClaims").asInt());
        assertEquals(1, a.at("/byProvider/1234567893/reviews").asInt());
        assertEquals(1, a.at("/byProvider/1234567893/rejectedClaims").asInt());
        assertEquals(2, a.at("/charges/acceptedClaims").asInt());
        assertEquals(1, a.at("/charges/rejectedClaims").asInt());
        assertEquals(70, a.at("/charges/accepted").asInt(), "B-1 10 + 20, B-2 four lines of 10");
        assertEquals(30, a.at("/charges/rejected").asInt(), "B-3: 0 units charged 0, 3 units 30");
    }

    @Test
    void thePageShowsTheReviewSignalApartFromRejectionsAndTheAnalytics() throws IOException {
        String html = page("built");
        int reviews = html.indexOf("<h2 id=\"reviews\">Review signals (1)</h2>");
        int claims = html.indexOf("<h2 id=\"claims\">");
        assertTrue(reviews > 0 && reviews < claims, "its own section, before the rejected claims");
        assertTrue(html.contains("<b>not rejections</b>"));
        assertTrue(html.contains("<td>B-1</td><td>1</td><td>em-level-review</td><td>Line 1: level"), html);
        assertTrue(html.contains("id=\"procedure-mix\"") && html.contains("<td>CPT PLA (Proprietary Laboratory"
                + " Analyses)</td><td>1</td>"));
        assertTrue(html.contains("id=\"em-levels\"") && html.contains("aria-label=\"office E/M level shares per"
                + " provider\""));
        assertTrue(html.contains("<a href=\"built.analytics.csv\">Download as CSV</a>"));
        assertFalse(html.contains("TESTPATIENT") || html.contains("MBR001"), "no patient data");
        assertFalse(html.contains("http://") || html.contains("https://"), "no external resource");
        assertTrue(page("clean").contains("No claim carries a review signal."));
    }
}
