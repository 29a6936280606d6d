package io.claimgate.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

public class HcpcsCodeSetTest {

    private static HcpcsCodeSet jan2026;

    @BeforeAll
    static void loadShared() {
        if (java.nio.file.Files.isDirectory(SharedCodesets.DIR)) {
            jan2026 = HcpcsCodeSet.load(SharedCodesets.DIR.resolve("hcpcs/HCPC2026_JAN_ANWEB_01122026.txt.gz"));
        }
    }

    @Test
    void loadsEveryProcedureAndModifierRecordOfTheJanuary2026File() {
        SharedCodesets.dir();
        assertEquals(8_623, jan2026.size());
        assertEquals(383, jan2026.modifiers().size());
        assertEquals(Optional.of(LocalDate.of(2026, 1, 1)), jan2026.effectiveDate());
    }

    @Test
    void terminatedCodeIsActiveThroughItsTerminationDate() {
        SharedCodesets.dir();
        // J7505: added 1988-01-01, terminated 2025-12-31 in the January 2026 file.
        HcpcsCodeSet.HcpcsCode j7505 = jan2026.find("J7505").orElseThrow();
        assertEquals(LocalDate.of(1988, 1, 1), j7505.added());
        assertEquals(LocalDate.of(2026, 1, 1), j7505.actionEffective());
        assertEquals(LocalDate.of(2025, 12, 31), j7505.termination());
        assertEquals(CodeStatus.ACTIVE, jan2026.statusOn("J7505", LocalDate.of(2025, 12, 31)));
        assertEquals(CodeStatus.TERMINATED, jan2026.statusOn("J7505", LocalDate.of(2026, 1, 1)));
        // J1030 terminated 2024-03-31.
        assertEquals(CodeStatus.ACTIVE, jan2026.statusOn("J1030", LocalDate.of(2024, 3, 31)));
        assertEquals(CodeStatus.TERMINATED, jan2026.statusOn("J1030", LocalDate.of(2024, 4, 1)));
    }

    @Test
    void newCodeIsNotYetEffectiveBeforeItsAddedDate() {
        SharedCodesets.dir();
        // G9871 is the over-long (547-byte) record; added 2026-01-01.
        assertEquals(CodeStatus.NOT_YET_EFFECTIVE, jan2026.statusOn("G9871", LocalDate.of(2025, 12, 31)));
        assertEquals(CodeStatus.ACTIVE, jan2026.statusOn("G9871", LocalDate.of(2026, 1, 1)));
        assertEquals("Bhv couns dm prev, onln 60 m", jan2026.find("G9871").orElseThrow().shortDescription());
    }

    @Test
    void unknownAndLiveCodes() {
        SharedCodesets.dir();
        assertEquals(CodeStatus.UNKNOWN, jan2026.statusOn("Z1234", LocalDate.of(2026, 3, 1)));
        assertEquals(CodeStatus.UNKNOWN, jan2026.statusOn("99213", LocalDate.of(2026, 3, 1)), "no CPT codes in CMS file");
        assertEquals(CodeStatus.ACTIVE, jan2026.statusOn("J3420", LocalDate.of(2026, 3, 1)));
        assertEquals(CodeStatus.ACTIVE, jan2026.statusOn("g0008", LocalDate.of(2026, 3, 1)));
        assertEquals(CodeStatus.UNKNOWN, jan2026.statusOn(null, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void modifiersCarryTheirDates() {
        SharedCodesets.dir();
        ModifierSet mods = jan2026.modifiers();
        assertTrue(mods.exists("KX", LocalDate.of(2026, 2, 1)));
        assertTrue(mods.exists("xu", LocalDate.of(2026, 2, 1)));
        assertFalse(mods.exists("XU", LocalDate.of(2014, 12, 31)), "X{EPSU} added 2015-01-01");
        // CP: added 2016-01-01, terminated 2017-12-31.
        assertTrue(mods.exists("CP", LocalDate.of(2017, 12, 31)));
        assertFalse(mods.exists("CP", LocalDate.of(2018, 1, 1)));
        assertFalse(mods.exists("25", LocalDate.of(2026, 2, 1)), "CPT modifiers are not in the CMS file");
    }

    @Test
    void zipMemberGivesTheSameRelease() {
        HcpcsCodeSet fromZip = HcpcsCodeSet.loadFromZip(
                SharedCodesets.file("hcpcs/january-2026-alpha-numeric-hcpcs-file.zip")).orElseThrow();
        assertEquals(8_623, fromZip.size());
        assertEquals(383, fromZip.modifiers().size());
        assertEquals(Optional.of(LocalDate.of(2026, 1, 1)), fromZip.effectiveDate());
        assertEquals(CodeStatus.TERMINATED, fromZip.statusOn("J7505", LocalDate.of(2026, 1, 1)));
    }

    @Test
    void modifierOnlyExtractHasNoProcedureCodes() {
        HcpcsCodeSet mods = HcpcsCodeSet.load(
                SharedCodesets.file("modifiers/HCPC2026_JAN_ANWEB_01122026_modifier_records.txt"));
        assertEquals(0, mods.size());
        assertEquals(383, mods.modifiers().size());
    }

    @Test
    void effectiveDateFromReleaseName() {
        assertEquals(Optional.of(LocalDate.of(2026, 7, 1)),
                HcpcsCodeSet.effectiveDateFromName("HCPC2026_JUL_ANWEB_06172026.txt"));
        assertEquals(Optional.of(LocalDate.of(2025, 10, 1)),
                HcpcsCodeSet.effectiveDateFromName("HCPC2025_OCT_ANWEB_v3.txt.gz"));
        assertEquals(Optional.empty(), HcpcsCodeSet.effectiveDateFromName("hcpcs.txt"));
    }

    @Test
    void toleratesShortAndOverlongRecordsAndAMissingFinalNewline() {
        String rec = record("A0425", '3', "Ground mileage", "20010101", "20010101", "        ");
        String longer = record("G9871", '3', "Bhv couns", "20260101", "20260101", "        ") + "   extra   ";
        String blank = " ".repeat(297);
        byte[] data = (rec + "\r\n" + longer + "\r\n" + blank).getBytes(StandardCharsets.ISO_8859_1);
        HcpcsCodeSet set = HcpcsCodeSet.parse(data, LocalDate.of(2026, 1, 1), "inline");
        assertEquals(2, set.size());
        assertEquals(CodeStatus.ACTIVE, set.statusOn("A0425", LocalDate.of(2026, 1, 1)));
        assertEquals(CodeStatus.NOT_YET_EFFECTIVE, set.statusOn("G9871", LocalDate.of(2025, 1, 1)));
    }

    /** A 320-character record with the fields the loader reads. */
    public static String record(String code, char id, String shortDesc, String added, String action, String term) {
        StringBuilder sb = new StringBuilder(" ".repeat(320));
        sb.replace(0, code.length(), code);
        sb.setCharAt(10, id);
        sb.replace(91, 91 + shortDesc.length(), shortDesc);
        sb.replace(268, 276, added);
        sb.replace(276, 284, action);
        sb.replace(284, 292, term);
        return sb.toString();
    }
}
