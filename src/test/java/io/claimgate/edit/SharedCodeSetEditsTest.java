package io.claimgate.edit;

import static io.claimgate.edit.Test837.claim;
import static io.claimgate.edit.Test837.errors;
import static io.claimgate.edit.Test837.warnings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.codes.CodeSets;
import io.claimgate.codes.SharedCodesets;
import io.claimgate.edit.api.CodeSetNotice;
import io.claimgate.edit.api.CodeSystem;
import io.claimgate.edit.api.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance cases against the official files in ../shared/codesets (skipped when absent). */
class SharedCodeSetEditsTest {

    static ClaimEditor shared;

    @BeforeAll
    static void load() {
        shared = new ClaimEditor(RuleCatalog.rules(), CodeSets.load(SharedCodesets.dir()), ProfileSet.none());
    }

    @Test
    void billableCodesAreAccepted() {
        ClaimResult r = Test837.edit(claim("S-1").dx("ABK:J069", "ABF:E119", "ABF:Z0000").line("HC:99213", "1",
                "20260105"), shared);
        assertTrue(r.accepted(), r.findings().toString());
    }

    @Test
    void headersAreRejected() {
        ClaimResult r = Test837.edit(claim("S-2").dx("ABK:M545", "ABF:R05", "ABF:E11").line("HC:99213", "1",
                "20260105"), shared);
        assertEquals(List.of("diagnosis-code-set=A7:254+A7:700", "diagnosis-code-set=A7:255+A7:700",
                "diagnosis-code-set=A7:255+A7:700"), errors(r));
        assertTrue(r.findings().stream().filter(Finding::isError)
                .allMatch(f -> f.message().contains("is an ICD-10-CM category header")));
    }

    @Test
    void terminatedHcpcsRejectedAfterItsTerminationAndAcceptedBefore() {
        assertEquals(List.of("hcpcs-code-set=A7:454+A7:507"), errors(Test837.edit(claim("S-3").dx("ABK:J069")
                .line("HC:J7505", "1", "20260115"), shared)));
        ClaimResult before = Test837.edit(claim("S-4").dx("ABK:J069").line("HC:J7505", "1", "20251215"), shared);
        assertTrue(before.accepted(), before.findings().toString());
        assertEquals(List.of("hcpcs-code-set=A7:454+A7:507"), errors(Test837.edit(claim("S-5").dx("ABK:J069")
                .line("HC:Z1234", "1", "20260115"), shared)));
    }

    @Test
    void october2026IsCheckedAgainstFy2027WhenLoaded() {
        ClaimResult added = Test837.edit(claim("S-6").dx("ABK:C7831").line("HC:99213", "1", "20261015"), shared);
        assertTrue(added.accepted(), "C7831 is new in FY2027: " + added.findings());
        assertEquals(List.of(), warnings(added).stream().filter(w -> w.endsWith("A7:255")).toList());
        assertEquals(List.of("diagnosis-code-set=A7:254+A7:700"), errors(Test837.edit(claim("S-7").dx("ABK:D691")
                .line("HC:99213", "1", "20261015"), shared)), "D691 was deleted for FY2027");
        assertEquals(List.of("diagnosis-code-set=A7:254+A7:700"), errors(Test837.edit(claim("S-8").dx("ABK:C7831")
                .line("HC:99213", "1", "20260915"), shared)), "C7831 is not in FY2026");
    }

    @Test
    void october2026IsCheckedForFormOnlyWithAWarningWithoutFy2027(@TempDir Path dir) throws IOException {
        Files.copy(SharedCodesets.file("icd10cm/icd10cm-codes-2026.txt.gz"), dir.resolve("icd10cm-codes-2026.txt.gz"));
        ClaimEditor fy2026 = new ClaimEditor(RuleCatalog.rules(), CodeSets.load(dir), ProfileSet.none());
        ClaimResult r = Test837.edit(claim("S-9").dx("ABK:D691", "ABF:Q999").line("HC:99213", "1", "20261015"),
                fy2026);
        assertTrue(r.accepted(), r.findings().toString());
        assertEquals(List.of(), warnings(r), "no per-claim warning: the report says it once per file");
        assertEquals(List.of(new CodeSetNotice(CodeSystem.ICD10_CM, CodeSetNotice.Kind.MISSING,
                java.time.LocalDate.of(2026, 10, 15), "FY2027")), r.notices().stream()
                .filter(n -> n.system() == CodeSystem.ICD10_CM).toList());
    }
}
