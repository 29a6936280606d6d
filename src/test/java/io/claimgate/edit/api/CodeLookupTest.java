package io.claimgate.edit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.codes.CodeSets;
import io.claimgate.codes.CodeStatus;
import io.claimgate.codes.HcpcsCodeSet;
import io.claimgate.codes.HcpcsCodeSetTest;
import io.claimgate.codes.Icd10CodeSet;
import io.claimgate.codes.ModifierSet;
import io.claimgate.codes.SharedCodesets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which loaded code set answers for a date of service: what the rules see. */
class CodeLookupTest {

    private static CodeLookup shared;

    @BeforeAll
    static void loadShared() {
        if (Files.isDirectory(SharedCodesets.DIR)) {
            shared = new CodeLookup(CodeSets.load(SharedCodesets.DIR));
        }
    }

    @Test
    void sharedFolderPicksTheIcd10YearByDateOfService() {
        SharedCodesets.dir();
        assertEquals(2026, shared.icd10(LocalDate.of(2025, 10, 1)).fiscalYear());
        assertEquals(2026, shared.icd10(LocalDate.of(2026, 9, 30)).fiscalYear());
        assertEquals(2027, shared.icd10(LocalDate.of(2026, 10, 15)).fiscalYear());
        assertNull(shared.icd10(LocalDate.of(2025, 9, 30)));
        assertTrue(shared.icd10(LocalDate.of(2026, 3, 1)).isBillable("J069"));
    }

    @Test
    void sharedFolderHcpcsReleaseAnswersForItsQuarterAndEarlierDates() {
        SharedCodesets.dir();
        HcpcsCodeSet h = shared.hcpcs(LocalDate.of(2026, 2, 1));
        assertEquals(8_623, h.size());
        assertTrue(h.source().endsWith("HCPC2026_JAN_ANWEB_01122026.txt.gz"), h.source());
        assertEquals(CodeStatus.TERMINATED, h.statusOn("J7505", LocalDate.of(2026, 2, 1)));
        // a date before the only release still gets it (terminated codes keep their dates)
        assertEquals(h, shared.hcpcs(LocalDate.of(2020, 1, 1)));
        assertEquals(CodeStatus.ACTIVE, h.statusOn("J1030", LocalDate.of(2020, 1, 1)));
    }

    @Test
    void sharedFolderMueAndModifiersByDate() {
        SharedCodesets.dir();
        assertEquals(OptionalInt.of(250), shared.mue(LocalDate.of(2026, 5, 1)).limit("A0425"));
        assertEquals(OptionalInt.of(1), shared.mue(LocalDate.of(2026, 5, 1)).adjudicationIndicator("A0425"));
        ModifierSet mods = shared.modifiers(LocalDate.of(2026, 2, 1));
        assertEquals(383 + 25, mods.size());
        assertTrue(mods.exists("25", LocalDate.of(2026, 2, 1)));
        assertTrue(mods.exists("KX", LocalDate.of(2026, 2, 1)));
        assertTrue(shared.placesOfService().exists("11"));
        assertNull(shared.ptp(), "the derived PTP JSON is not loaded");
        assertNull(shared.cpt());
    }

    @Test
    void hcpcsChoosesNewestReleaseEffectiveOnOrBeforeTheDateUpToTheEndOfItsQuarter() {
        HcpcsCodeSet oct = inlineHcpcs(LocalDate.of(2025, 10, 1));
        HcpcsCodeSet jan = inlineHcpcs(LocalDate.of(2026, 1, 1));
        HcpcsCodeSet apr = inlineHcpcs(LocalDate.of(2026, 4, 1));
        CodeLookup codes = new CodeLookup(new CodeSets(List.of(), List.of(apr, oct, jan), null, List.of(), null, null));
        assertEquals(oct, codes.hcpcs(LocalDate.of(2024, 5, 1)));
        assertEquals(oct, codes.hcpcs(LocalDate.of(2025, 12, 31)));
        assertEquals(jan, codes.hcpcs(LocalDate.of(2026, 1, 1)));
        assertEquals(jan, codes.hcpcs(LocalDate.of(2026, 3, 31)));
        assertEquals(apr, codes.hcpcs(LocalDate.of(2026, 6, 30)));
        // The deleted CodeSets.hcpcsFor answered apr here too; the product's lookup does not: a date past the
        // newest release's quarter may use codes added since, so no release answers and code-set-missing warns.
        assertNull(codes.hcpcs(LocalDate.of(2027, 1, 1)));
        assertEquals(apr, codes.newestHcpcs());
        assertNull(CodeLookup.none().hcpcs(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void curatedDefaultAnswersForFy2026AndTheJanuaryQuarter() {
        CodeLookup def = new CodeLookup(CodeSets.curatedDefault());
        LocalDate dos = LocalDate.of(2026, 3, 2);
        Icd10CodeSet icd = def.icd10(dos);
        assertEquals(2026, icd.fiscalYear());
        assertEquals(39, icd.size());
        assertNull(def.icd10(LocalDate.of(2026, 10, 15)));

        HcpcsCodeSet hcpcs = def.hcpcs(dos);
        assertEquals(13, hcpcs.size());
        assertEquals(CodeStatus.ACTIVE, hcpcs.statusOn("G0008", dos));
        assertEquals(CodeStatus.TERMINATED, hcpcs.statusOn("J7505", dos));

        ModifierSet mods = def.modifiers(dos);
        assertTrue(mods.exists("LT", dos));
        assertTrue(mods.exists("25", dos));
        assertFalse(mods.exists("CP", dos));
        assertTrue(def.partial());
        assertNull(def.mue(dos));
        assertNull(def.cpt());
    }

    private static HcpcsCodeSet inlineHcpcs(LocalDate effective) {
        String rec = HcpcsCodeSetTest.record("G0008", '3', "Admin influenza", "19940101", "19960101", "        ");
        return HcpcsCodeSet.parse(rec.getBytes(StandardCharsets.ISO_8859_1), effective, "inline-" + effective);
    }
}
