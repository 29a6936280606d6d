package io.claimgate.edit;

import static io.claimgate.edit.Test837.claim;
import static io.claimgate.edit.Test837.errors;
import static io.claimgate.edit.Test837.notices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.codes.CodeSets;
import io.claimgate.codes.SharedCodesets;
import io.claimgate.edit.api.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, item 4: the HCPCS releases in ../shared/codesets (the January 2026 CMS file with its modifiers, and the
 * codes-only July 2026 list) answer for a date in every quarter of 2026. Before, a date after 2026-03-31 was
 * checked for form only, so every claim below dated after March was accepted. Skipped without the shared files.
 */
class SharedHcpcsQuartersTest {

    /** One date in each quarter of 2026; Q3 is July, the month. */
    static final Map<String, String> QUARTERS = Map.of("Q1", "20260215", "Q2", "20260515", "Q3", "20260715",
            "Q4", "20261115");
    static final String HCPCS_ERROR = "hcpcs-code-set=A7:454+A7:507";

    @TempDir
    static Path januaryOnly;
    static ClaimEditor shared;
    static ClaimEditor withoutJulyList;

    @BeforeAll
    static void load() throws IOException {
        shared = new ClaimEditor(RuleCatalog.rules(), CodeSets.load(SharedCodesets.dir()), ProfileSet.none());
        Files.copy(SharedCodesets.file("hcpcs/HCPC2026_JAN_ANWEB_01122026.txt.gz"),
                januaryOnly.resolve("HCPC2026_JAN_ANWEB_01122026.txt.gz"));
        Files.copy(SharedCodesets.file("icd10cm/icd10cm-codes-2026.txt.gz"),
                januaryOnly.resolve("icd10cm-codes-2026.txt.gz"));
        withoutJulyList = new ClaimEditor(RuleCatalog.rules(), CodeSets.load(januaryOnly), ProfileSet.none());
    }

    private static ClaimResult edit(ClaimEditor editor, String id, String procedure, String date) {
        return Test837.edit(claim(id).dx("ABK:Z23").line(procedure, "1", date), editor);
    }

    @Test
    void terminatedCodeIsRejectedInEveryQuarterThoughTheJulyListStillHasIt() {
        QUARTERS.forEach((q, date) -> {
            ClaimResult r = edit(shared, "T-" + q, "HC:J7505", date);
            assertEquals(List.of(HCPCS_ERROR), errors(r), q);
            assertTrue(r.findings().get(0).message().contains("was terminated on 2025-12-31"), q);
        });
    }

    @Test
    void invalidModifiersAreRejectedInEveryQuarter() {
        QUARTERS.forEach((q, date) -> {
            ClaimResult unknown = edit(shared, "M-" + q, "HC:G0008:ZZ", date);
            assertEquals(List.of("modifier-code-set=A7:453"), errors(unknown), q);
            ClaimResult terminated = edit(shared, "V-" + q, "HC:G0008:V8", date);
            assertEquals(List.of("modifier-code-set=A7:453"), errors(terminated), q);
            assertTrue(terminated.findings().get(0).message().contains("(terminated on 2012-03-31)"),
                    terminated.findings().get(0).message());
            assertTrue(edit(shared, "K-" + q, "HC:G0008:KX", date).accepted(), q + ": KX is a valid modifier");
        });
    }

    @Test
    void codeInNoReleaseIsRejectedInEveryQuarter() {
        QUARTERS.forEach((q, date) -> {
            ClaimResult r = edit(shared, "U-" + q, "HC:Z1234", date);
            assertEquals(List.of(HCPCS_ERROR), errors(r), q);
            assertTrue(r.findings().get(0).message().contains("is not in any loaded HCPCS Level II release"), q);
            assertTrue(edit(shared, "G-" + q, "HC:G0008", date).accepted(), q + ": G0008 is active");
        });
    }

    @Test
    void codeAddedInJulyIsAcceptedFromJulyWhenTheJulyListIsLoaded() {
        for (String q : List.of("Q1", "Q2")) {
            ClaimResult early = edit(shared, "A-" + q, "HC:A2040", QUARTERS.get(q));
            assertEquals(List.of(HCPCS_ERROR), errors(early), q);
            assertTrue(early.findings().get(0).message().contains("is first listed in the release effective"
                    + " 2026-07-01"), early.findings().get(0).message());
        }
        for (String q : List.of("Q3", "Q4")) {
            ClaimResult r = edit(shared, "A-" + q, "HC:A2040", QUARTERS.get(q));
            assertTrue(r.accepted(), q + " " + r.findings());
        }
        ClaimResult july = edit(withoutJulyList, "A-NOLIST", "HC:A2040", QUARTERS.get("Q3"));
        assertEquals(List.of(HCPCS_ERROR), errors(july), "without the July list, January answers: unknown");
        assertTrue(july.findings().stream().map(Finding::message).allMatch(m -> m.contains("not in any loaded")));
    }

    @Test
    void staleTablesAreNotedNotWarnedPerClaim() {
        // HCPCS codes: the July list is the newest, so even November is only one quarter on. Modifiers: the
        // January file is the newest with modifiers, so July and November are stale for them.
        assertEquals(List.of(), hcpcsNotices(edit(shared, "S-Q2", "HC:G0008:KX", QUARTERS.get("Q2"))));
        assertEquals(List.of("MODIFIERS:STALE"), hcpcsNotices(edit(shared, "S-Q3", "HC:G0008:KX",
                QUARTERS.get("Q3"))));
        assertEquals(List.of("MODIFIERS:STALE"), hcpcsNotices(edit(shared, "S-Q4", "HC:G0008:KX",
                QUARTERS.get("Q4"))));
        ClaimResult noList = edit(withoutJulyList, "S-NOLIST", "HC:G0008:KX", QUARTERS.get("Q3"));
        assertEquals(List.of("HCPCS:STALE", "MODIFIERS:STALE"), hcpcsNotices(noList));
        assertTrue(noList.accepted());
        assertEquals(List.of(), noList.findings().stream().filter(f -> !f.isError()).toList(), "no warnings");
    }

    private static List<String> hcpcsNotices(ClaimResult r) {
        return notices(r).stream().filter(n -> n.startsWith("HCPCS") || n.startsWith("MODIFIERS")).toList();
    }
}
