package io.claimgate.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeSetsTest {

    private static CodeSets shared;

    @BeforeAll
    static void loadShared() {
        if (Files.isDirectory(SharedCodesets.DIR)) {
            shared = CodeSets.load(SharedCodesets.DIR);
        }
    }

    @Test
    void sharedFolderLoadsEveryIcd10Year() {
        SharedCodesets.dir();
        assertEquals(List.of(2026, 2027), shared.icd10Sets().stream().map(Icd10CodeSet::fiscalYear).toList());
        assertEquals(List.of(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30)),
                List.of(shared.icd10Sets().get(0).validFrom(), shared.icd10Sets().get(0).validTo()));
        assertTrue(shared.icd10Sets().get(0).isBillable("J069"));
    }

    @Test
    void sharedFolderLoadsOneHcpcsReleaseFromItsThreeCopies() {
        SharedCodesets.dir();
        // loose .txt.gz, the CMS zip and the modifier-only extract are one release: the full file wins.
        assertEquals(1, shared.hcpcsSets().size());
        HcpcsCodeSet h = shared.hcpcsSets().get(0);
        assertEquals(8_623, h.size());
        assertTrue(h.source().endsWith("HCPC2026_JAN_ANWEB_01122026.txt.gz"), h.source());
        assertEquals(CodeStatus.TERMINATED, h.statusOn("J7505", LocalDate.of(2026, 2, 1)));
    }

    @Test
    void sharedFolderLoadsTheJulyCodesOnlyList() {
        SharedCodesets.dir();
        assertEquals(1, shared.hcpcsLists().size());
        HcpcsCodeList july = shared.hcpcsLists().get(0);
        assertEquals(LocalDate.of(2026, 7, 1), july.effectiveDate(), "2026q3 in its name");
        assertEquals(8_725, july.size());
        assertTrue(july.hasCode("A2040"), "added in July");
        assertFalse(july.hasModifiers());
    }

    @Test
    void sharedFolderOtherTables() {
        SharedCodesets.dir();
        MueTable mue = shared.mueTables().get(shared.mueTables().size() - 1);
        assertEquals(OptionalInt.of(250), mue.limit("A0425"));
        assertEquals(OptionalInt.of(1), mue.adjudicationIndicator("A0425"));
        assertTrue(shared.placesOfService().orElseThrow().exists("11"));
        assertFalse(shared.placesOfService().orElseThrow().exists("00"));
        ModifierSet mods = shared.hcpcsSets().get(0).modifiers().withCptLevelI();
        assertEquals(383 + 25, mods.size());
        assertTrue(mods.exists("25", LocalDate.of(2026, 2, 1)));
        assertTrue(mods.exists("KX", LocalDate.of(2026, 2, 1)));
        assertEquals(Optional.empty(), shared.ptp(), "the derived PTP JSON is not loaded");
        assertEquals(Optional.empty(), shared.cpt());
    }

    @Test
    void hcpcsReleasesAreSortedByEffectiveDate() {
        HcpcsCodeSet oct = inlineHcpcs(LocalDate.of(2025, 10, 1));
        HcpcsCodeSet jan = inlineHcpcs(LocalDate.of(2026, 1, 1));
        HcpcsCodeSet apr = inlineHcpcs(LocalDate.of(2026, 4, 1));
        CodeSets sets = new CodeSets(List.of(), List.of(apr, oct, jan), null, List.of(), null, null);
        assertEquals(List.of(oct, jan, apr), sets.hcpcsSets());
    }

    @Test
    void scansAFolderRecursivelyByFileName(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("icd/2025"));
        Files.writeString(dir.resolve("icd/2025/icd10cm_codes_2025.txt"), "J069    Acute URI\r\n");
        Files.writeString(dir.resolve("icd10cm-codes-2026.txt"), "E119    Type 2 diabetes\r\nJ069    URI\r\n");
        Files.writeString(dir.resolve("icd10cm_codes_addenda_2026.txt"), "Add:         X999    not a codes file\r\n");
        Files.writeString(dir.resolve("pos.txt"), "11|Office\n12|Home\n");
        Files.writeString(dir.resolve("cpt-site.txt"), "99213\n");
        Files.writeString(dir.resolve("ccipra-v321r0-f1.txt"), NcciPtpTableTest.TABLE, StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("HCPC2026_APR_ANWEB.txt"),
                HcpcsCodeSetTest.record("G0008", '3', "Admin influenza", "19940101", "19960101", "        ") + "\r\n",
                StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("notes.txt"), "ignored\n");

        CodeSets sets = CodeSets.load(dir);
        assertEquals(List.of(2025, 2026), sets.icd10Sets().stream().map(Icd10CodeSet::fiscalYear).toList());
        assertEquals(1, sets.icd10Sets().get(0).size());
        assertTrue(sets.icd10Sets().get(1).isBillable("E119"));
        assertEquals(Optional.of(LocalDate.of(2026, 4, 1)), sets.hcpcsSets().get(0).effectiveDate());
        assertEquals(2, sets.placesOfService().orElseThrow().size());
        assertTrue(sets.cpt().orElseThrow().contains("99213"));
        assertEquals(5, sets.ptp().orElseThrow().size());
        assertEquals(List.of(), sets.mueTables());
    }

    @Test
    void curatedDefaultKnowsCommonCodes() {
        CodeSets def = CodeSets.curatedDefault();
        LocalDate dos = LocalDate.of(2026, 3, 2);
        Icd10CodeSet icd = def.icd10Sets().get(0);
        assertEquals(2026, icd.fiscalYear());
        assertEquals(39, icd.size());
        for (String c : List.of("J069", "E119", "Z0000", "I10", "M5450", "R051", "J029", "Z23", "E785")) {
            assertTrue(icd.isBillable(c), c);
        }
        assertTrue(icd.isKnownHeader("E11"));
        assertTrue(icd.isKnownHeader("M545"));
        assertTrue(icd.isKnownHeader("R05"));
        assertEquals(1, def.icd10Sets().size());

        assertEquals(1, def.hcpcsSets().size());
        HcpcsCodeSet hcpcs = def.hcpcsSets().get(0);
        assertEquals(13, hcpcs.size());
        assertEquals(CodeStatus.ACTIVE, hcpcs.statusOn("G0008", dos));
        assertEquals(CodeStatus.ACTIVE, hcpcs.statusOn("J3420", dos));
        assertEquals(CodeStatus.ACTIVE, hcpcs.statusOn("A0425", dos));
        assertEquals(CodeStatus.TERMINATED, hcpcs.statusOn("J7505", dos));
        assertEquals(CodeStatus.UNKNOWN, hcpcs.statusOn("Z1234", dos));

        ModifierSet mods = hcpcs.modifiers().withCptLevelI();
        assertTrue(mods.exists("LT", dos));
        assertTrue(mods.exists("25", dos));
        assertFalse(mods.exists("CP", dos));
        assertTrue(def.placesOfService().orElseThrow().exists("11"));
        assertFalse(def.placesOfService().orElseThrow().exists("00"));
        assertEquals(52, def.placesOfService().orElseThrow().size());
        assertEquals(List.of(), def.mueTables());
        assertEquals(Optional.empty(), def.cpt());
    }

    @Test
    void curatedDefaultLinesAreExactOfficialLines() throws IOException {
        Path dir = SharedCodesets.dir();
        assertLinesContained("default/icd10cm-codes-2026.txt", dir.resolve("icd10cm/icd10cm-codes-2026.txt.gz"));
        assertLinesContained("default/HCPC2026_JAN_ANWEB_01122026_curated_subset.txt",
                dir.resolve("hcpcs/HCPC2026_JAN_ANWEB_01122026.txt.gz"));
    }

    private static void assertLinesContained(String resource, Path official) {
        String all = new String(CodeFiles.readAll(official), StandardCharsets.ISO_8859_1);
        java.util.Set<String> lines = new java.util.HashSet<>(List.of(all.split("\r\n")));
        String subset = new String(CodeFiles.resource(resource), StandardCharsets.ISO_8859_1);
        // split on LF too: a git checkout may have normalised the resource's CRLF line ends
        for (String line : subset.split("\r?\n")) {
            assertTrue(lines.contains(line), resource + ": not an official line: " + line);
        }
    }

    private static HcpcsCodeSet inlineHcpcs(LocalDate effective) {
        String rec = HcpcsCodeSetTest.record("G0008", '3', "Admin influenza", "19940101", "19960101", "        ");
        return HcpcsCodeSet.parse(rec.getBytes(StandardCharsets.ISO_8859_1), effective, "inline-" + effective);
    }
}
