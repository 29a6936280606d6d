package io.claimgate.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codes-only HCPCS lists: their effective date from the name, their content, and how they join the releases. */
class HcpcsCodeListTest {

    static final LocalDate JULY = LocalDate.of(2026, 7, 1);

    @Test
    void effectiveDateComesFromTheYearAndQuarterOrMonthInTheName() {
        assertEquals(Optional.of(JULY), HcpcsCodeList.effectiveDateFromName("hcpcs_level2_2026q3_codes-only.txt.gz"));
        assertEquals(Optional.of(LocalDate.of(2026, 10, 1)), HcpcsCodeList.effectiveDateFromName("hcpcs-2026-Q4.txt"));
        assertEquals(Optional.of(LocalDate.of(2027, 1, 1)), HcpcsCodeList.effectiveDateFromName("modifiers_q1_2027.txt"));
        assertEquals(Optional.of(LocalDate.of(2026, 4, 1)), HcpcsCodeList.effectiveDateFromName("hcpcs_2026_APR.txt"));
        assertEquals(Optional.empty(), HcpcsCodeList.effectiveDateFromName("HCPC2026_recordlayout.txt"));
        assertEquals(Optional.empty(), HcpcsCodeList.effectiveDateFromName("hcpcs_codes.txt"));
    }

    @Test
    void fiveCharacterEntriesAreCodesTwoCharacterEntriesModifiers() {
        HcpcsCodeList list = HcpcsCodeList.parse("# July\r\nA2040\r\nG0008\r\nkx\r\n\r\nA2040\r\n"
                .getBytes(StandardCharsets.US_ASCII), JULY, "inline");
        assertTrue(list.hasCode("A2040"));
        assertTrue(list.hasCode("G0008"));
        assertTrue(list.hasModifier("KX"));
        assertFalse(list.hasCode("KX"));
        assertEquals(3, list.size(), "A2040 once");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HcpcsCodeList.parse(
                "A2040\n99213X\n".getBytes(StandardCharsets.US_ASCII), JULY, "bad.txt"));
        assertEquals("bad.txt line 2: '99213X' is neither an HCPCS Level II code nor a modifier", e.getMessage());
    }

    @Test
    void aListAddsCodesAndModifiersFromItsDateAndRevivesNothing() {
        HcpcsCodeSet jan = HcpcsCodeSet.parse((HcpcsCodeSetTest.record("J7505", '3', "Muromonab-CD3", "19880101",
                "20260101", "20251231") + "\r\n" + HcpcsCodeSetTest.record("G0008", '3', "Admin influenza",
                "19940101", "19960101", "        ")).getBytes(StandardCharsets.ISO_8859_1),
                LocalDate.of(2026, 1, 1), "inline-jan");
        HcpcsCodeList july = HcpcsCodeList.parse("A2040\nJ7505\nG0008\nQ9\n".getBytes(StandardCharsets.US_ASCII), JULY,
                "inline-july");
        HcpcsReleases r = new HcpcsReleases(List.of(jan), List.of(july));
        LocalDate june = LocalDate.of(2026, 6, 30);
        LocalDate aug = LocalDate.of(2026, 8, 3);
        assertEquals(CodeStatus.NOT_YET_EFFECTIVE, r.codeStatus("A2040", june));
        assertEquals(CodeStatus.ACTIVE, r.codeStatus("A2040", JULY));
        assertEquals(CodeStatus.TERMINATED, r.codeStatus("J7505", aug), "January's termination wins over the list");
        assertEquals(CodeStatus.ACTIVE, r.codeStatus("G0008", aug));
        assertEquals(CodeStatus.NOT_YET_EFFECTIVE, r.modifierStatus("Q9", june));
        assertEquals(CodeStatus.ACTIVE, r.modifierStatus("Q9", aug));
        assertEquals(CodeStatus.ACTIVE, r.modifierStatus("59", aug), "CPT Level I modifiers from the curated list");
        HcpcsReleases.Answer why = r.explainCode("A2040", june);
        assertEquals(new HcpcsReleases.Answer(CodeStatus.NOT_YET_EFFECTIVE, JULY, null, "inline-july", true), why);
        assertEquals(JULY, r.newestCodeRelease());
        assertEquals(JULY, r.newestModifierRelease());
    }

    @Test
    void aListAloneCoversOnlyDatesFromItsEffectiveDate() {
        HcpcsReleases r = new HcpcsReleases(List.of(), List.of(HcpcsCodeList.parse(
                "A2040\n".getBytes(StandardCharsets.US_ASCII), JULY, "inline")));
        assertFalse(r.coversCodes(LocalDate.of(2026, 6, 30)), "before its date it says nothing: no data");
        assertTrue(r.coversCodes(JULY));
        assertFalse(r.coversModifiers(JULY), "it holds no modifiers");
        assertEquals(CodeStatus.UNKNOWN, r.codeStatus("G0008", JULY));
    }

    @Test
    void codeSetsLoadPicksUpListsByNameAndIgnoresOtherHcpcsFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("hcpcs_level2_2026q3_codes-only.txt"), "A2040\nG0008\n");
        Files.writeString(dir.resolve("hcpcs_modifiers_2026q4.txt"), "Q9\n");
        Files.writeString(dir.resolve("HCPC2026_recordlayout.txt"), "not a list\n");
        CodeSets sets = CodeSets.load(dir);
        assertEquals(List.of(JULY, LocalDate.of(2026, 10, 1)),
                sets.hcpcsLists().stream().map(HcpcsCodeList::effectiveDate).toList());
        assertEquals(List.of(), sets.hcpcsSets());
    }
}
