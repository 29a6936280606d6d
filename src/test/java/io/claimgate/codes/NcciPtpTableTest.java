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

class NcciPtpTableTest {

    /** The CMS practitioner PTP layout: heading lines, then tab-separated edits. */
    static final String TABLE = String.join("\r\n",
            "CPT codes and descriptions only are copyright 2025 American Medical Association.",
            "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\t"
                    + "Modifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale",
            "\t\t\t\t\t\t",
            "11042\t97597\t\t20140101\t*\t1\tMisuse of column two code with column one code",
            "99213\t99211\t*\t19960101\t*\t0\tMutually exclusive procedures",
            "J3420\t96372\t\t20200101\t20221231\t1\tStandards of medical / surgical practice",
            "J3420\t96372\t\t20240101\t*\t9\tStandards of medical / surgical practice",
            "")
            + "G0008\t90471\t\t20250101\t20250630\t0\tCPT Manual or CMS manual coding instruction";

    @Test
    void editsFromATableInTheOfficialLayout(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ccipra-v321r0-f1.txt");
        Files.writeString(f, TABLE, StandardCharsets.ISO_8859_1);
        NcciPtpTable ptp = NcciPtpTable.load(f);
        assertEquals(5, ptp.size());

        NcciPtpTable.Edit e = ptp.edit("11042", "97597", LocalDate.of(2026, 4, 1)).orElseThrow();
        assertEquals(new NcciPtpTable.Edit("11042", "97597", false, LocalDate.of(2014, 1, 1), null, '1',
                "Misuse of column two code with column one code"), e);
        assertTrue(e.modifierAllowed());
        assertEquals(Optional.empty(), ptp.edit("11042", "97597", LocalDate.of(2013, 12, 31)));
        assertEquals(Optional.empty(), ptp.edit("97597", "11042", LocalDate.of(2026, 4, 1)), "edits are directional");

        NcciPtpTable.Edit old = ptp.edit("99213", "99211", LocalDate.of(2026, 4, 1)).orElseThrow();
        assertTrue(old.existedBefore1996());
        assertFalse(old.modifierAllowed());
    }

    @Test
    void deletedAndReAddedEdits(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ccipra-v321r0-f1.txt");
        Files.writeString(f, TABLE, StandardCharsets.ISO_8859_1);
        NcciPtpTable ptp = NcciPtpTable.load(f);
        assertEquals('1', ptp.edit("J3420", "96372", LocalDate.of(2022, 12, 31)).orElseThrow().modifierIndicator());
        assertEquals(Optional.empty(), ptp.edit("J3420", "96372", LocalDate.of(2023, 6, 1)));
        assertEquals('9', ptp.edit("j3420", "96372", LocalDate.of(2026, 1, 1)).orElseThrow().modifierIndicator());
        assertEquals(2, ptp.history("J3420", "96372").size());
        assertTrue(ptp.edit("G0008", "90471", LocalDate.of(2025, 6, 30)).isPresent());
        assertFalse(ptp.edit("G0008", "90471", LocalDate.of(2025, 7, 1)).isPresent());
    }

    @Test
    void severalFilesAndADeletionCutoff(@TempDir Path dir) throws IOException {
        Path f1 = dir.resolve("ccipra-v321r0-f1.txt");
        Path f2 = dir.resolve("ccipra-v321r0-f2.txt");
        Files.writeString(f1, TABLE, StandardCharsets.ISO_8859_1);
        Files.writeString(f2, "36415\t36416\t\t20100101\t*\t0\tMutually exclusive procedures\n",
                StandardCharsets.ISO_8859_1);
        NcciPtpTable ptp = NcciPtpTable.load(List.of(f1, f2), LocalDate.of(2024, 1, 1));
        assertEquals(5, ptp.size(), "6 rows less the J3420/96372 edit deleted 2022-12-31");
        assertEquals(1, ptp.history("J3420", "96372").size());
        assertTrue(ptp.edit("36415", "36416", LocalDate.of(2026, 1, 1)).isPresent());
    }

    @Test
    void rejectsABadModifierIndicator() {
        byte[] bad = "11042\t97597\t\t20140101\t*\t2\tx\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(IllegalArgumentException.class, () -> NcciPtpTable.parse(bad, "bad", null));
    }
}
