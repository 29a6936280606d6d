package io.claimgate.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModifierSetTest {

    private static final LocalDate DOS = LocalDate.of(2026, 2, 1);

    @Test
    void curatedCptLevelIModifiersAreCodesOnly() {
        ModifierSet cpt = ModifierSet.cptLevelI();
        assertEquals(25, cpt.size());
        for (String m : List.of("22", "25", "26", "59", "76", "91", "95", "99")) {
            assertTrue(cpt.exists(m, DOS), m);
        }
        assertFalse(cpt.exists("23", DOS));
        assertFalse(cpt.exists("LT", DOS));
        assertEquals(ModifierSet.Level.CPT_LEVEL_I, cpt.find("25").orElseThrow().level());
    }

    @Test
    void mergesLevelIIWithCptAndRespectsDates() {
        ModifierSet level2 = ModifierSet.of(List.of(
                new ModifierSet.Modifier("XU", ModifierSet.Level.HCPCS_LEVEL_II, LocalDate.of(2015, 1, 1), null, null),
                new ModifierSet.Modifier("CP", ModifierSet.Level.HCPCS_LEVEL_II, LocalDate.of(2016, 1, 1), null,
                        LocalDate.of(2017, 12, 31))));
        ModifierSet all = level2.withCptLevelI();
        assertEquals(27, all.size());
        assertTrue(all.exists("XU", DOS));
        assertTrue(all.exists("59", DOS));
        assertFalse(all.exists("XU", LocalDate.of(2014, 12, 31)));
        assertFalse(all.exists("CP", DOS));
        assertFalse(all.exists(null, DOS));
    }

    @Test
    void sharedModifierRecordsFile() {
        ModifierSet mods = HcpcsCodeSet.load(
                SharedCodesets.file("modifiers/HCPC2026_JAN_ANWEB_01122026_modifier_records.txt")).modifiers();
        assertEquals(383, mods.size());
        assertTrue(mods.exists("GA", DOS));
        assertTrue(mods.exists("P1", DOS));
        assertEquals(LocalDate.of(2020, 1, 1), mods.find("GD").orElseThrow().actionEffective());
        assertEquals(LocalDate.of(2019, 12, 31), mods.find("GD").orElseThrow().termination());
        assertFalse(mods.exists("GD", DOS));
    }
}
