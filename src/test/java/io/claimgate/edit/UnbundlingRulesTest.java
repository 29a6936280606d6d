package io.claimgate.edit;

import static io.claimgate.edit.Test837.claim;
import static io.claimgate.edit.DataEntryRulesTest.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.codes.AddOnCodeTable;
import io.claimgate.codes.CodeSets;
import io.claimgate.codes.NcciPtpTable;
import io.claimgate.codes.SharedCodesets;
import io.claimgate.edit.api.Finding;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** add-on-without-primary on small built claims and the shared AOC file; NCCI PTP modifier indicators 0, 1, 9. */
class UnbundlingRulesTest {

    static final String APR = "20260406";

    /** Rows in the CMS layout (a notice row, the header, Julian dates); codes are synthetic-looking test data. */
    static final String AOC = "\"CPT codes and descriptions only are copyright 2025 American Medical Association.\""
            + ",,,,,,,\r\n"
            + "AOC_Edit_Type,Add-On_Code,AOC_DelDT,Primary_Code,Primary_Code_DelDT,AOC_Edit_EffDT,AOC_Edit_DelDT,"
            + "Special_Instruction_Notes\r\n"
            + "1,22552,,22551,,2013091,,\r\n"
            + "1,22552,,22554,2025365,2013091,,\r\n"
            + "2,0054T,,CCCCC,,2013091,,Contractor Defined Primary Codes\r\n"
            + "3,0984T,,36221,,2025274,,\r\n"
            + "1,0131U,2025365,0102U,,2019274,2025365,\r\n";

    static ClaimEditor withAoc() {
        AddOnCodeTable aoc = AddOnCodeTable.parse(AOC.getBytes(StandardCharsets.UTF_8), "AOC_V2026Q2-MCR.csv");
        return new ClaimEditor(RuleCatalog.rules(), CodeSets.none().withReferenceTables(aoc, null),
                ProfileSet.none());
    }

    @Test
    void tableReadsJulianDatesAndTypes() {
        AddOnCodeTable aoc = AddOnCodeTable.parse(AOC.getBytes(StandardCharsets.UTF_8), "AOC_V2026Q2-MCR.csv");
        assertEquals(4, aoc.size());
        assertEquals(new AddOnCodeTable.Edit("22552", 1, "22554", LocalDate.of(2013, 4, 1),
                LocalDate.of(2025, 12, 31)), aoc.edits("22552").get(1), "2013091 is April 1; the primary's deletion");
        assertEquals(LocalDate.of(2026, 4, 1), aoc.effectiveDate());
        assertTrue(aoc.isAddOn("0131U", LocalDate.of(2025, 12, 31)));
        assertFalse(aoc.isAddOn("0131U", LocalDate.of(2026, 1, 1)), "edit deleted 2025-12-31");
        assertFalse(aoc.isAddOn("22551", LocalDate.of(2026, 1, 1)));
    }

    @Test
    void type1AddOnWithItsPrimaryOnAnotherLineOfTheSameDateIsAccepted() {
        ClaimResult r = Test837.edit(claim("AO-1").dx("ABK:M5412").line("HC:22551", "1", APR)
                .line("HC:22552", "1", APR), withAoc());
        assertEquals(List.of(), of(r, "add-on-without-primary"));
    }

    @Test
    void type1AddOnWithoutItsPrimaryIsRejectedOnItsLine() {
        ClaimResult r = Test837.edit(claim("AO-2").dx("ABK:M5412").line("HC:22552", "1", APR), withAoc());
        assertFalse(r.accepted());
        assertEquals(List.of("error A7:732+A7:454"), of(r, "add-on-without-primary"));
        Finding f = r.findings().stream().filter(x -> x.rule().equals("add-on-without-primary")).findFirst()
                .orElseThrow();
        assertEquals(1, f.line());
        assertEquals("Service line 1: add-on code 22552 on 2026-04-06 has none of its primary codes (22551) on the"
                + " claim for that date (NCCI add-on code edit type 1).", f.message(), "22554's pair ended 2025-12-31");
    }

    @Test
    void thePrimaryMustBeOnTheSameDate() {
        ClaimResult r = Test837.edit(claim("AO-3").dx("ABK:M5412").line("HC:22551", "1", "20260405")
                .line("HC:22552", "1", APR), withAoc());
        assertEquals(List.of("error A7:732+A7:454"), of(r, "add-on-without-primary"));
        assertEquals(2, r.findings().stream().filter(x -> x.rule().equals("add-on-without-primary")).findFirst()
                .orElseThrow().line());
    }

    @Test
    void aPrimaryIsEligibleOnlyUntilItsDeletionDate() {
        assertEquals(List.of(), of(Test837.edit(claim("AO-4").dx("ABK:M5412").line("HC:22554", "1", "20251231")
                .line("HC:22552", "1", "20251231"), withAoc()), "add-on-without-primary"));
        assertEquals(List.of("error A7:732+A7:454"), of(Test837.edit(claim("AO-5").dx("ABK:M5412")
                .line("HC:22554", "1", "20260102").line("HC:22552", "1", "20260102"), withAoc()),
                "add-on-without-primary"));
    }

    @Test
    void deletedEditsAndCodesBeforeTheEditAreNotChecked() {
        assertEquals(List.of(), of(Test837.edit(claim("AO-6").dx("ABK:M5412").line("HC:0131U", "1", "20260105"),
                withAoc()), "add-on-without-primary"), "edit deleted 2025-12-31");
        assertEquals(List.of("error A7:732+A7:454"), of(Test837.edit(claim("AO-7").dx("ABK:M5412")
                .line("HC:0131U", "1", "20251230"), withAoc()), "add-on-without-primary"));
        assertEquals(List.of(), of(Test837.edit(claim("AO-8").dx("ABK:M5412").line("HC:0984T", "1", "20250930"),
                withAoc()), "add-on-without-primary"), "type 3 edit effective 2025-10-01");
    }

    @Test
    void type2WarnsWithoutAnyOtherProcedureAndType3WithoutAListedOne() {
        ClaimEditor editor = withAoc();
        ClaimResult alone = Test837.edit(claim("AO-9").dx("ABK:M5412").line("HC:0054T", "1", APR), editor);
        assertTrue(alone.accepted());
        assertEquals(List.of("warning A7:732+A7:454"), of(alone, "add-on-without-primary"));
        assertEquals(List.of(), of(Test837.edit(claim("AO-10").dx("ABK:M5412").line("HC:27447", "1", APR)
                .line("HC:0054T", "1", APR), editor), "add-on-without-primary"), "type 2: any primary");
        assertEquals(List.of("error A7:732+A7:454", "warning A7:732+A7:454"), of(Test837.edit(claim("AO-11")
                .dx("ABK:M5412").line("HC:22552", "1", APR).line("HC:0054T", "1", APR), editor),
                "add-on-without-primary"), "another add-on is no primary");
        ClaimResult type3 = Test837.edit(claim("AO-12").dx("ABK:M5412").line("HC:36200", "1", APR)
                .line("HC:0984T", "1", APR), editor);
        assertEquals(List.of("warning A7:732+A7:454"), of(type3, "add-on-without-primary"));
        assertTrue(type3.findings().stream().anyMatch(f -> f.message().contains("the payer may accept another")));
        assertEquals(List.of(), of(Test837.edit(claim("AO-13").dx("ABK:M5412").line("HC:36221", "1", APR)
                .line("HC:0984T", "1", APR), editor), "add-on-without-primary"));
    }

    @Test
    void withoutTheTableTheFileSaysSoOnce() {
        ClaimResult r = Test837.edit(claim("AO-14").dx("ABK:M5412").line("HC:22552", "1", APR)
                .line("HC:22552", "1", APR), new ClaimEditor(RuleCatalog.rules(), CodeSets.none(), ProfileSet.none()));
        assertEquals(List.of(), of(r, "add-on-without-primary"));
        assertTrue(Test837.notices(r).contains("ADD_ON_CODES:MISSING"), Test837.notices(r).toString());
        assertFalse(Test837.notices(Test837.edit(claim("AO-15").dx("ABK:M5412").line("HC:22552", "1", APR),
                withAoc())).contains("ADD_ON_CODES:MISSING"));
    }

    @Test
    void sharedAddOnCodeFile() {
        CodeSets sets = CodeSets.load(SharedCodesets.dir().resolve("aoc"));
        AddOnCodeTable aoc = sets.addOnCodes().orElseThrow();
        assertEquals(830, aoc.size(), "SOURCES.md: 830 add-on codes");
        ClaimEditor editor = new ClaimEditor(RuleCatalog.rules(), sets, ProfileSet.none());
        assertEquals(List.of("error A7:732+A7:454"), of(Test837.edit(claim("SA-1").dx("ABK:R0600")
                .line("HC:99417", "2", APR), editor), "add-on-without-primary"));
        assertEquals(List.of(), of(Test837.edit(claim("SA-2").dx("ABK:R0600").line("HC:99205", "1", APR)
                .line("HC:99417", "2", APR), editor), "add-on-without-primary"));
    }

    /** PTP rows with modifier indicators 0, 1 and 9. */
    static final String PTP = String.join("\r\n",
            "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\t"
                    + "Modifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale",
            "99213\t99211\t*\t19960101\t*\t0\tMutually exclusive procedures",
            "99214\t36415\t\t20200101\t*\t1\tMisuse of column two code with column one code",
            "96372\tJ3420\t\t20200101\t*\t9\tNot applicable",
            "");

    static ClaimEditor withPtp() {
        NcciPtpTable ptp = NcciPtpTable.parse(PTP.getBytes(StandardCharsets.ISO_8859_1), "ccipra-test.txt", null);
        return new ClaimEditor(RuleCatalog.rules(), new CodeSets(List.of(), List.of(), null, List.of(), ptp, null),
                ProfileSet.none());
    }

    @Test
    void ncciModifierIndicators() {
        ClaimEditor editor = withPtp();
        String jan = "20260105";
        assertEquals(List.of("error A7:732+A7:454"), of(Test837.edit(claim("I0-1").dx("ABK:J069")
                .line("HC:99213", "1", jan).line("HC:99211:XU", "1", jan), editor), "ncci-ptp"), "0: never bypassed");
        assertEquals(List.of("error A7:732+A7:454"), of(Test837.edit(claim("I1-1").dx("ABK:J069")
                .line("HC:99214", "1", jan).line("HC:36415", "1", jan), editor), "ncci-ptp"), "1: no modifier");
        assertEquals(List.of(), of(Test837.edit(claim("I1-2").dx("ABK:J069").line("HC:99214:25", "1", jan)
                .line("HC:36415", "1", jan), editor), "ncci-ptp"), "1: an NCCI-associated modifier on column 1");
        assertEquals(List.of("error A7:732+A7:454"), of(Test837.edit(claim("I1-3").dx("ABK:J069")
                .line("HC:99214", "1", jan).line("HC:36415:GA", "1", jan), editor), "ncci-ptp"),
                "1: GA is not an NCCI-associated modifier");
        assertEquals(List.of(), of(Test837.edit(claim("I9-1").dx("ABK:J069").line("HC:96372", "1", jan)
                .line("HC:J3420", "1", jan), editor), "ncci-ptp"), "9: not an edit");
    }
}
