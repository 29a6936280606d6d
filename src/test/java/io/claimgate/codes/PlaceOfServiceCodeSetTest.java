package io.claimgate.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceOfServiceCodeSetTest {

    @Test
    void fshFileHasTheAssignedCodesOnly() {
        PlaceOfServiceCodeSet pos = PlaceOfServiceCodeSet.load(SharedCodesets.file("pos/CodeSystem-CLM-POS-CD.fsh"));
        assertEquals(52, pos.size());
        for (String c : List.of("01", "02", "10", "11", "12", "21", "22", "23", "27", "58", "66", "81", "99")) {
            assertTrue(pos.exists(c), c);
        }
        for (String c : List.of("00", "28", "30", "59", "98", "~", "1", "011")) {
            assertFalse(pos.exists(c), c);
        }
        assertEquals("OUTREACH SITE/STREET (EFF. 10/1/23)", pos.find("27").orElseThrow().name());
        assertTrue(pos.find("11").orElseThrow().name().startsWith("OFFICE - LOCATION"));
    }

    @Test
    void plainListWithCommentsAndOptionalNames() {
        String text = "# header\n\n11|Office\n12 # home, no name\r\n 21 | Inpatient hospital \n";
        PlaceOfServiceCodeSet pos = PlaceOfServiceCodeSet.parseText(text.getBytes(StandardCharsets.UTF_8), "inline");
        assertEquals(List.of("11", "12", "21"), List.copyOf(pos.codes()));
        assertEquals("Office", pos.find("11").orElseThrow().name());
        assertEquals("", pos.find("12").orElseThrow().name());
        assertEquals("Inpatient hospital", pos.find("21").orElseThrow().name());
        assertFalse(pos.exists("00"));
    }

    @Test
    void plainListRejectsNonCodes() {
        byte[] bad = "11\nOffice\n".getBytes(StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> PlaceOfServiceCodeSet.parseText(bad, "bad"));
    }
}
