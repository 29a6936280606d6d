package io.claimgate.cli;

import static io.claimgate.edit.Test837.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.edit.Test837;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code process} with the curated default (January 2026 HCPCS sample, FY2026 ICD-10-CM, no CPT/PTP/MUE): the
 * code-set facts are said once per file in reports/S.json's top-level {@code "codeSets"}, with their dates and
 * claim counts, and no claim carries a {@code code-set-missing} finding any more.
 */
class CodeSetNoticesReportTest {

    @TempDir
    static Path tmp;
    static JsonNode report;

    @BeforeAll
    static void process() throws IOException {
        String x12 = Test837.file("CLINIC01",
                claim("JAN-1").dx("ABK:J069").line("HC:99213", "1", "20260105").line("HC:G0008", "1", "20260105"),
                claim("JUL-1").dx("ABK:J069").line("HC:G0008:LT", "1", "20260715"),
                claim("NOV-1").dx("ABK:J069").line("HC:G0008", "1", "20261115"),
                claim("NOV-2").dx("ABK:J069").line("HC:J7505", "1", "20261116"));
        Path input = tmp.resolve("notices.837");
        Files.writeString(input, x12);
        Path out = tmp.resolve("out");
        assertEquals(0, new CommandLine(new ClaimgateCommand()).execute("process", "--out", out.toString(),
                input.toString()));
        report = new ObjectMapper().readTree(out.resolve("reports/notices.json").toFile());
    }

    @Test
    void noClaimCarriesACodeSetMissingFinding() {
        List<String> rules = new ArrayList<>();
        for (JsonNode c : report.get("claims")) {
            c.get("findings").forEach(f -> rules.add(f.get("rule").asText()));
            c.get("lines").forEach(l -> l.get("findings").forEach(f -> rules.add(f.get("rule").asText())));
        }
        assertEquals(List.of("hcpcs-code-set"), rules, "only NOV-2's terminated J7505");
    }

    @Test
    void staleHcpcsTablesAreSaidOncePerFile() {
        JsonNode stale = report.get("codeSets").get("stale");
        assertEquals(List.of("HCPCS Level II", "procedure modifiers"), names(stale));
        JsonNode hcpcs = stale.get(0);
        assertEquals("2026-01-01", hcpcs.get("newestRelease").asText());
        assertEquals("2026-07-15", hcpcs.get("from").asText());
        assertEquals("2026-11-16", hcpcs.get("to").asText());
        assertEquals(3, hcpcs.get("claims").asInt());
        assertTrue(hcpcs.get("message").asText().startsWith("The tables are stale: the newest loaded HCPCS Level II"
                + " release is effective 2026-01-01, more than one quarter before dates of service 2026-07-15 to"
                + " 2026-11-16, 3 claims."), hcpcs.get("message").asText());
        JsonNode modifiers = stale.get(1);
        assertEquals(1, modifiers.get("claims").asInt(), "only JUL-1 has a modifier");
        assertEquals("2026-07-15", modifiers.get("to").asText());
    }

    @Test
    void missingCodeSetsAreSaidOncePerFileWithTheirDates() {
        JsonNode missing = report.get("codeSets").get("missing");
        assertEquals(List.of("ICD-10-CM", "CPT (licensed list)", "NCCI procedure-to-procedure", "NCCI add-on codes",
                "NCCI MUE"),
                names(missing));
        JsonNode icd = missing.get(0);
        assertEquals("A7:255", icd.get("stc").asText());
        assertEquals("FY2027", icd.get("periods").get(0).asText());
        assertEquals(2, icd.get("claims").asInt());
        assertEquals("No ICD-10-CM code set is loaded for FY2027 (dates of service 2026-11-15 to 2026-11-16,"
                + " 2 claims): diagnoses were checked for form only.", icd.get("message").asText());
        JsonNode cpt = missing.get(1);
        assertEquals("2026-01-05", cpt.get("from").asText());
        assertEquals(1, cpt.get("claims").asInt());
        assertEquals(4, missing.get(3).get("claims").asInt(), "every claim has units to check against MUE");
        assertEquals(4, report.get("totals").get("claims").asInt());
        assertEquals(1, report.get("totals").get("findings").asInt(), "the notices are not findings");
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.get("system").asText()));
        return names;
    }
}
