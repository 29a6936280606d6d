package io.claimgate.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CodeStatusTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate THROUGH = LocalDate.of(2025, 12, 31);

    @Test
    void bothDatesAreDaysTheCodeMayBeBilled() {
        assertEquals(CodeStatus.NOT_YET_EFFECTIVE, CodeStatus.on(LocalDate.of(2024, 12, 31), FROM, THROUGH));
        assertEquals(CodeStatus.ACTIVE, CodeStatus.on(FROM, FROM, THROUGH));
        assertEquals(CodeStatus.ACTIVE, CodeStatus.on(THROUGH, FROM, THROUGH));
        assertEquals(CodeStatus.TERMINATED, CodeStatus.on(LocalDate.of(2026, 1, 1), FROM, THROUGH));
    }

    @Test
    void aMissingDateIsOpenEnded() {
        assertEquals(CodeStatus.ACTIVE, CodeStatus.on(LocalDate.of(1900, 1, 1), null, THROUGH));
        assertEquals(CodeStatus.ACTIVE, CodeStatus.on(LocalDate.of(2999, 1, 1), FROM, null));
        assertEquals(CodeStatus.ACTIVE, CodeStatus.on(LocalDate.of(2999, 1, 1), null, null));
    }

    @Test
    void hcpcsCptAndModifiersAgreeOnTheSameDates() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        var hcpcs = new HcpcsCodeSet.HcpcsCode("J0001", "", FROM, null, THROUGH, "");
        var cpt = new CptCodeList.CptCode("00010", FROM, THROUGH);
        var modifier = new ModifierSet.Modifier("ZZ", ModifierSet.Level.HCPCS_LEVEL_II, FROM, null, THROUGH);
        assertEquals(CodeStatus.TERMINATED, hcpcs.statusOn(day));
        assertEquals(CodeStatus.TERMINATED, cpt.statusOn(day));
        assertFalse(modifier.existsOn(day));
        assertTrue(modifier.existsOn(THROUGH));
    }
}
