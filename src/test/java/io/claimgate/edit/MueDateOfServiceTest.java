package io.claimgate.edit;

import static io.claimgate.edit.DataEntryRulesTest.of;
import static io.claimgate.edit.Test837.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.cli.ClaimgateCommand;
import io.claimgate.codes.CodeSets;
import io.claimgate.codes.MueTable;
import io.claimgate.edit.api.EditContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * mue-date-of-service: units of a code with MUE indicator 2 or 3 added up over the claim's lines for one date, and
 * over the accepted claims of the same patient and provider earlier in the file (edit.FileEditor, file order).
 */
class MueDateOfServiceTest {

    static final String JAN = "20260105";
    static final String MUE = "\"CPT codes and descriptions only are copyright 2025 American Medical Association.\",,,\r\n"
            + "\"HCPCS/\r\nCPT Code\",Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale\r\n"
            + "G0008,1,2 Date of Service Edit: Policy,Code Descriptor / CPT Instruction\r\n"
            + "J3420,2,3 Date of Service Edit: Clinical,Clinical: Data\r\n"
            + "99213,1,1 Line Edit,Clinical: Data\r\n";

    static ClaimEditor editor(ProfileSet profiles) {
        MueTable mue = MueTable.parse(MUE.getBytes(StandardCharsets.ISO_8859_1), null, "mue-test.csv");
        return new ClaimEditor(RuleCatalog.rules(), new CodeSets(List.of(), List.of(), null, List.of(mue), null,
                null), profiles);
    }

    /** Edits the claims of one file as the processor does: each claim, then the file's checks in file order. */
    static List<ClaimResult> file(ClaimEditor editor, Test837.Claim... claims) {
        FileEditor across = editor.forFile(new EditContext(Test837.TODAY));
        List<ClaimResult> out = new ArrayList<>();
        for (ClaimResult r : Test837.edit(Test837.file("CLINIC01", claims), editor)) {
            out.add(across.edit(r));
        }
        return out;
    }

    @Test
    void unitsSplitAcrossLinesAreAddedUpAndTheLimitItselfPasses() {
        ClaimEditor e = editor(ProfileSet.none());
        assertEquals(List.of(), of(Test837.edit(claim("L-1").dx("ABK:J069").line("HC:J3420", "1", JAN)
                .line("HC:99213", "1", JAN).line("HC:J3420", "1", JAN), e), "mue-date-of-service"), "2 = MUE 2");
        ClaimResult over = Test837.edit(claim("L-2").dx("ABK:J069").line("HC:J3420", "1", JAN)
                .line("HC:J3420", "1", JAN).line("HC:J3420", "1", JAN), e);
        assertEquals(List.of("error A7:476+A7:732"), of(over, "mue-date-of-service"));
        assertEquals(3, over.findings().stream().filter(f -> f.rule().equals("mue-date-of-service")).findFirst()
                .orElseThrow().line(), "on the last line of the group");
        assertEquals(List.of(), of(over, "mue-units"), "indicator 3 is not a line edit");
    }

    @Test
    void unitsOfTheSamePatientAndProviderAddUpAcrossClaimsOfTheFile() {
        List<ClaimResult> r = file(editor(ProfileSet.none()),
                claim("C-1").dx("ABK:J069").line("HC:G0008", "1", JAN),
                claim("C-2").dx("ABK:J069").line("HC:G0008", "1", "20260106"),
                claim("C-3").dx("ABK:J069").line("HC:99213", "1", JAN).line("HC:G0008", "1", JAN),
                claim("C-4").patient("20100101", "M").dx("ABK:J069").line("HC:G0008", "1", JAN));
        assertEquals(List.of(true, true, false, true), r.stream().map(ClaimResult::accepted).toList(),
                "C-2 another date, C-4 another patient");
        assertEquals(List.of("error A7:476+A7:732"), of(r.get(2), "mue-date-of-service"));
        String message = r.get(2).findings().stream().filter(f -> f.rule().equals("mue-date-of-service"))
                .findFirst().orElseThrow().message();
        assertEquals("Service line 2: 1 units of G0008 on 2026-01-05 bring the units of this patient and provider for"
                + " that date in this file to 2, over the MUE of 1 (date of service edit).", message);
    }

    @Test
    void rejectedClaimsAndLineEditCodesDoNotCount() {
        List<ClaimResult> r = file(editor(ProfileSet.none()),
                claim("R-1").subscriber("20260110", "F").dx("ABK:J069").line("HC:G0008", "1", JAN),
                claim("R-2").subscriber("20260110", "F").dx("ABK:J069").line("HC:99213", "1", JAN),
                claim("R-3").dx("ABK:J069").line("HC:G0008", "1", JAN).line("HC:99213", "1", JAN),
                claim("R-4").dx("ABK:J069").line("HC:99213", "1", JAN));
        assertEquals(List.of(false, false, true, true), r.stream().map(ClaimResult::accepted).toList(),
                "R-1 and R-2 rejected by birth-after-service; R-3's G0008 is the first forwarded; 99213 a line edit");
        assertEquals(List.of(), of(r.get(2), "mue-date-of-service"));
    }

    @Test
    void theProfileSettingAppliesAcrossClaimsToo() {
        ProfileSet warn = CodeSetRulesTest.profiles("CLINIC01", "rule.mue-date-of-service=warning");
        List<ClaimResult> r = file(editor(warn), claim("P-1").dx("ABK:J069").line("HC:G0008", "1", JAN),
                claim("P-2").dx("ABK:J069").line("HC:G0008", "1", JAN), claim("P-3").dx("ABK:J069")
                        .line("HC:G0008", "1", JAN));
        assertEquals(List.of(true, true, true), r.stream().map(ClaimResult::accepted).toList());
        assertEquals(List.of("warning A7:476+A7:732"), of(r.get(1), "mue-date-of-service"));
        assertEquals(List.of("warning A7:476+A7:732"), of(r.get(2), "mue-date-of-service"));
        ProfileSet off = CodeSetRulesTest.profiles("CLINIC01", "rule.mue-date-of-service=off");
        assertEquals(List.of(), file(editor(off), claim("O-1").dx("ABK:J069").line("HC:G0008", "1", JAN),
                claim("O-2").dx("ABK:J069").line("HC:G0008", "1", JAN)).get(1).findings().stream()
                .filter(f -> f.rule().startsWith("mue")).toList());
    }

    @Test
    void theProcessCommandRunsTheAcrossClaimsCheck(@TempDir Path tmp) throws IOException {
        Path codes = Files.createDirectories(tmp.resolve("codes"));
        Files.writeString(codes.resolve("MCR_MUE_PractitionerServices_Eff_01-01-2026.csv"), MUE,
                StandardCharsets.ISO_8859_1);
        Path input = tmp.resolve("mue.837");
        Files.writeString(input, Test837.file("CLINIC01", claim("E-1").dx("ABK:J069").line("HC:G0008", "1", JAN),
                claim("E-2").dx("ABK:J069").line("HC:G0008", "1", JAN)));
        Path out = tmp.resolve("out");
        assertEquals(0, new CommandLine(new ClaimgateCommand()).execute("process", "--codesets", codes.toString(),
                "--out", out.toString(), input.toString()));
        JsonNode rejected = new ObjectMapper().readTree(out.resolve("rejected/mue.json").toFile());
        List<String> ids = new ArrayList<>();
        rejected.get("claims").forEach(c -> ids.add(c.get("id").asText()));
        assertEquals(List.of("E-2"), ids);
        assertTrue(Files.readString(out.resolve("acks/mue.277")).contains("A7:476"));
    }
}
