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
import io.claimgate.codes.HcpcsReleases;
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
    void sharedFolderHcpcsReleaseAnswersForEveryDate() {
        SharedCodesets.dir();
        HcpcsReleases h = shared.hcpcs();
        assertEquals(CodeStatus.TERMINATED, h.codeStatus("J7505", LocalDate.of(2026, 2, 1)));
        assertTrue(h.explainCode("J7505", LocalDate.of(2026, 2, 1)).source()
                .endsWith("HCPC2026_JAN_ANWEB_01122026.txt.gz"));
        // a date before the only full release still gets it (terminated codes keep their dates)
        assertTrue(h.coversCodes(LocalDate.of(2020, 1, 1)));
        assertEquals(CodeStatus.ACTIVE, h.codeStatus("J1030", LocalDate.of(2020, 1, 1)));
        // and so does a date long after it (issue 9: it used to answer only up to the end of its quarter)
        assertEquals(CodeStatus.TERMINATED, h.codeStatus("J7505", LocalDate.of(2027, 6, 1)));
    }

    @Test
    void sharedFolderMueAndModifiersByDate() {
        SharedCodesets.dir();
        assertEquals(OptionalInt.of(250), shared.mue(LocalDate.of(2026, 5, 1)).limit("A0425"));
        assertEquals(OptionalInt.of(1), shared.mue(LocalDate.of(2026, 5, 1)).adjudicationIndicator("A0425"));
        LocalDate feb = LocalDate.of(2026, 2, 1);
        assertTrue(shared.hcpcs().coversModifiers(feb));
        assertEquals(CodeStatus.ACTIVE, shared.hcpcs().modifierStatus("25", feb));
        assertEquals(CodeStatus.ACTIVE, shared.hcpcs().modifierStatus("KX", feb));
        assertEquals(CodeStatus.TERMINATED, shared.hcpcs().modifierStatus("V8", feb));
        assertEquals(CodeStatus.UNKNOWN, shared.hcpcs().modifierStatus("ZZ", feb));
        assertTrue(shared.placesOfService().exists("11"));
        assertNull(shared.ptp(), "the derived PTP JSON is not loaded");
        assertNull(shared.cpt());
    }

    @Test
    void hcpcsNewestReleaseEffectiveOnOrBeforeTheDateThatListsTheCodeAnswersForEveryLaterDate() {
        HcpcsCodeSet oct = inlineHcpcs(LocalDate.of(2025, 10, 1), "        ");
        HcpcsCodeSet jan = inlineHcpcs(LocalDate.of(2026, 1, 1), "20260331");
        HcpcsCodeSet apr = HcpcsCodeSet.parse(HcpcsCodeSetTest.record("J1030", '3', "Methylprednisolone 40 mg",
                "20000101", "20000101", "        ").getBytes(StandardCharsets.ISO_8859_1), LocalDate.of(2026, 4, 1),
                "inline-apr-without-G0008");
        HcpcsReleases codes = new CodeLookup(new CodeSets(List.of(), List.of(apr, oct, jan), null, List.of(), null,
                null)).hcpcs();
        assertEquals(CodeStatus.ACTIVE, codes.codeStatus("G0008", LocalDate.of(2024, 5, 1)), "oldest, earlier date");
        assertEquals(CodeStatus.ACTIVE, codes.codeStatus("G0008", LocalDate.of(2025, 12, 31)), "October release");
        assertEquals(CodeStatus.ACTIVE, codes.codeStatus("G0008", LocalDate.of(2026, 3, 31)), "January: last day");
        assertEquals(CodeStatus.TERMINATED, codes.codeStatus("G0008", LocalDate.of(2026, 6, 30)),
                "April does not list it: January's termination applies");
        assertEquals(CodeStatus.TERMINATED, codes.codeStatus("G0008", LocalDate.of(2027, 1, 1)),
                "after the newest release's quarter too (it used to be no answer and a warning)");
        assertEquals(CodeStatus.UNKNOWN, codes.codeStatus("Z1234", LocalDate.of(2027, 1, 1)));
        assertTrue(codes.coversCodes(LocalDate.of(2027, 1, 1)));
        assertEquals(LocalDate.of(2026, 4, 1), codes.newestCodeRelease());
        assertFalse(codes.codesStale(LocalDate.of(2026, 9, 30)), "one quarter after April");
        assertTrue(codes.codesStale(LocalDate.of(2026, 10, 1)), "two quarters after April");
        assertFalse(CodeLookup.none().hcpcs().coversCodes(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void curatedDefaultAnswersForFy2026AndEveryHcpcsDate() {
        CodeLookup def = new CodeLookup(CodeSets.curatedDefault());
        LocalDate dos = LocalDate.of(2026, 3, 2);
        Icd10CodeSet icd = def.icd10(dos);
        assertEquals(2026, icd.fiscalYear());
        assertEquals(39, icd.size());
        assertNull(def.icd10(LocalDate.of(2026, 10, 15)));

        HcpcsReleases hcpcs = def.hcpcs();
        assertEquals(CodeStatus.ACTIVE, hcpcs.codeStatus("G0008", dos));
        assertEquals(CodeStatus.TERMINATED, hcpcs.codeStatus("J7505", dos));
        assertEquals(CodeStatus.ACTIVE, hcpcs.modifierStatus("LT", dos));
        assertEquals(CodeStatus.ACTIVE, hcpcs.modifierStatus("25", dos));
        assertEquals(CodeStatus.TERMINATED, hcpcs.modifierStatus("CP", dos), "CP ended 2017-12-31");
        assertTrue(def.partial());
        assertNull(def.mue(dos));
        assertNull(def.cpt());
    }

    private static HcpcsCodeSet inlineHcpcs(LocalDate effective, String termination) {
        String rec = HcpcsCodeSetTest.record("G0008", '3', "Admin influenza", "19940101", "19960101", termination);
        return HcpcsCodeSet.parse(rec.getBytes(StandardCharsets.ISO_8859_1), effective, "inline-" + effective);
    }
}
