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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CptCodeListTest {

    @Test
    void listWithOptionalDatesAndComments(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("cpt-2026.txt");
        Files.writeString(f, "# site CPT list, codes only\n\n99213\n99214|2021-01-01|   # trailing comment\n"
                + "0001U|2018-02-01|2025-12-31\n1234F\n");
        CptCodeList cpt = CptCodeList.load(f);
        assertEquals(4, cpt.size());
        assertTrue(cpt.contains("99213"));
        assertTrue(cpt.contains("1234f"));
        assertFalse(cpt.contains("99215"));
        assertEquals(CodeStatus.ACTIVE, cpt.statusOn("99213", LocalDate.of(2026, 1, 5)));
        assertEquals(CodeStatus.NOT_YET_EFFECTIVE, cpt.statusOn("99214", LocalDate.of(2020, 12, 31)));
        assertEquals(CodeStatus.ACTIVE, cpt.statusOn("0001U", LocalDate.of(2025, 12, 31)));
        assertEquals(CodeStatus.TERMINATED, cpt.statusOn("0001U", LocalDate.of(2026, 1, 1)));
        assertEquals(CodeStatus.UNKNOWN, cpt.statusOn("99215", LocalDate.of(2026, 1, 1)));
        assertEquals(LocalDate.of(2021, 1, 1), cpt.find("99214").orElseThrow().effective());
    }

    @Test
    void rejectsDescriptorsAndBadLines() {
        assertThrows(IllegalArgumentException.class,
                () -> CptCodeList.parse("99213|||Office visit\n".getBytes(StandardCharsets.UTF_8), "x"));
        assertThrows(IllegalArgumentException.class,
                () -> CptCodeList.parse("J3420\n".getBytes(StandardCharsets.UTF_8), "x"));
        assertThrows(IllegalArgumentException.class,
                () -> CptCodeList.parse("99213|2021/01/01\n".getBytes(StandardCharsets.UTF_8), "x"));
    }
}
