package io.claimgate.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Icd10CodeSetTest {

    private static Icd10CodeSet fy2026;
    private static Icd10CodeSet fy2027;

    @BeforeAll
    static void loadShared() {
        if (java.nio.file.Files.isDirectory(SharedCodesets.DIR)) {
            fy2026 = Icd10CodeSet.load(SharedCodesets.DIR.resolve("icd10cm/icd10cm-codes-2026.txt.gz"));
            fy2027 = Icd10CodeSet.load(SharedCodesets.DIR.resolve("icd10cm/icd10cm_codes_2027.RECONSTRUCTED.txt.gz"));
        }
    }

    @Test
    void fy2026BillableCodes() {
        SharedCodesets.dir();
        assertEquals(74_719, fy2026.size());
        assertEquals(2026, fy2026.fiscalYear());
        for (String code : List.of("J069", "E119", "Z0000", "I10", "M5450", "R051")) {
            assertTrue(fy2026.isBillable(code), code);
            assertFalse(fy2026.isKnownHeader(code), code);
        }
    }

    @Test
    void fy2026HeadersAreNotBillableButKnown() {
        SharedCodesets.dir();
        for (String code : List.of("M545", "R05", "E11")) {
            assertFalse(fy2026.isBillable(code), code);
            assertTrue(fy2026.isKnownHeader(code), code);
        }
        assertFalse(fy2026.isKnownHeader("E1"), "two characters are never a category");
        assertFalse(fy2026.isKnownHeader("E99"), "no billable code starts with E99");
        assertFalse(fy2026.isBillable("Z1234"));
        assertFalse(fy2026.isKnownHeader("Z1234"));
    }

    @Test
    void lookupIgnoresDotAndCase() {
        SharedCodesets.dir();
        assertTrue(fy2026.isBillable("e11.9"));
        assertTrue(fy2026.isBillable("Z00.00"));
        assertTrue(fy2026.isKnownHeader("M54.5"));
        assertEquals(Optional.of("E119"), fy2026.canonical("e11.9"));
        assertFalse(fy2026.isBillable(""));
        assertFalse(fy2026.isBillable(null));
    }

    @Test
    void fiscalYearDates() {
        SharedCodesets.dir();
        assertEquals(LocalDate.of(2025, 10, 1), fy2026.validFrom());
        assertEquals(LocalDate.of(2026, 9, 30), fy2026.validTo());
        assertEquals(2027, Icd10CodeSet.fiscalYearOf(LocalDate.of(2026, 10, 15)));
        assertEquals(2026, Icd10CodeSet.fiscalYearOf(LocalDate.of(2026, 9, 30)));
    }

    @Test
    void fy2027AddsAndDeletesCodes() {
        SharedCodesets.dir();
        assertEquals(2027, fy2027.fiscalYear());
        assertEquals(74_879, fy2027.size());
        assertFalse(fy2026.isBillable("C7831"));
        assertTrue(fy2027.isBillable("C7831"));
        assertTrue(fy2026.isBillable("D691"));
        assertFalse(fy2027.isBillable("D691"));
    }

    @Test
    void fiscalYearFromFileNames() {
        assertEquals(2026, Icd10CodeSet.fiscalYearFromName("icd10cm-codes-2026.txt"));
        assertEquals(2027, Icd10CodeSet.fiscalYearFromName("icd10cm_codes_2027.txt.gz"));
        assertEquals(2027, Icd10CodeSet.fiscalYearFromName("icd10cm_codes_2027.RECONSTRUCTED.txt.gz"));
        assertThrows(IllegalArgumentException.class, () -> Icd10CodeSet.fiscalYearFromName("codes.txt"));
        assertTrue(Icd10CodeSet.FILE_NAME.matcher("icd10cm-codes-2026.txt.gz").matches());
        assertTrue(Icd10CodeSet.FILE_NAME.matcher("icd10cm_codes_2027.RECONSTRUCTED.txt.gz").matches());
        assertFalse(Icd10CodeSet.FILE_NAME.matcher("icd10cm_codes_addenda_2027.RECONSTRUCTED.txt").matches());
    }

    @Test
    void parsesUnsortedInlineFileInTheOfficialLayout() {
        String text = "C44     Other malignant neoplasm of skin\r\n"
                + "C4A0    Merkel cell carcinoma of lip\r\n"
                + "A000    Cholera due to Vibrio cholerae 01, biovar cholerae\r\n"
                + "\r\n"
                + "Z0000   Encounter for general adult medical examination without abnormal findings";
        Icd10CodeSet set = Icd10CodeSet.parse(text.getBytes(StandardCharsets.US_ASCII), 2026, "inline");
        assertEquals(List.of("A000", "C44", "C4A0", "Z0000"), set.codes());
        assertTrue(set.isKnownHeader("C4A"));
        assertTrue(set.isBillable("Z00.00"));
        assertTrue(set.isKnownHeader("Z000"));
    }

    @Test
    void rejectsAFileThatIsNotACodesFile() {
        byte[] bad = "1234567 not a code\n".getBytes(StandardCharsets.US_ASCII);
        assertThrows(IllegalArgumentException.class, () -> Icd10CodeSet.parse(bad, 2026, "bad"));
    }
}
