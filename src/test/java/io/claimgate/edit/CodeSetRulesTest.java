package io.claimgate.edit;

import static io.claimgate.edit.Test837.claim;
import static io.claimgate.edit.Test837.errors;
import static io.claimgate.edit.Test837.notices;
import static io.claimgate.edit.Test837.warnings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.codes.CodeSets;
import io.claimgate.codes.CptCodeList;
import io.claimgate.codes.MueTable;
import io.claimgate.codes.NcciPtpTable;
import io.claimgate.edit.api.ClaimRule;
import io.claimgate.edit.api.Finding;
import io.claimgate.edit.api.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test (or a few) per code-set rule, on small synthetic claims run through the real reader, parser and editor,
 * with the curated default code sets and small tables in the CMS formats.
 */
class CodeSetRulesTest {

    /**
     * The curated files read as if they were the official lists (not partial), so that each rule's rejections can
     * be tested on them; {@link #theCuratedSampleWarnsWhereOnlyTheOfficialListCouldReject} tests the real default.
     */
    static final ClaimEditor CURATED = new ClaimEditor(RuleCatalog.rules(), curatedAsOfficial(), ProfileSet.none());

    static CodeSets curatedAsOfficial() {
        CodeSets c = CodeSets.curatedDefault();
        return new CodeSets(c.icd10Sets(), c.hcpcsSets(), c.placesOfService().orElse(null), List.of(), null, null);
    }
    static final String JAN = "20260105";

    @Test
    void cleanClaimWithCuratedCodesIsAcceptedWithWarningsForTheTablesNotShipped() {
        ClaimResult r = Test837.edit(claim("OK-1").dx("ABK:J069", "ABF:E119").line("HC:99213", "1", JAN)
                .line("HC:G0008", "1", JAN), CURATED);
        assertTrue(r.accepted(), r.findings().toString());
        assertEquals(List.of(), warnings(r));
        assertEquals(List.of("CPT:MISSING", "NCCI_PTP:MISSING", "ADD_ON_CODES:MISSING", "MUE:MISSING"), notices(r),
                "CPT list, PTP, AOC and MUE are not in the curated default: noted for the file, not warned per claim");
    }

    @Test
    void headersAreRejectedAsCategoryHeaders() {
        ClaimResult r = Test837.edit(claim("DX-1").dx("ABK:M545", "ABF:E11", "ABF:R05", "ABF:Q999")
                .line("HC:99213", "1", JAN), CURATED);
        assertEquals(List.of("diagnosis-code-set=A7:254+A7:700", "diagnosis-code-set=A7:255+A7:700",
                "diagnosis-code-set=A7:255+A7:700", "diagnosis-code-set=A7:255+A7:700"), errors(r));
        List<String> messages = r.findings().stream().filter(Finding::isError).map(Finding::message).toList();
        assertTrue(messages.get(0).startsWith("Principal diagnosis 'M545' is an ICD-10-CM category header"),
                messages.get(0));
        assertTrue(messages.get(1).contains("'E11' is an ICD-10-CM category header"));
        assertTrue(messages.get(3).contains("'Q999' is not in the ICD-10-CM code set of FY2026"), messages.get(3));
        assertTrue(r.findings().stream().allMatch(f -> f.line() == 0), "diagnosis findings belong to the claim");
    }

    @Test
    void malformedDiagnosisIsLeftToTheFormRule() {
        ClaimResult r = Test837.edit(claim("DX-2").dx("ABK:J06.9").line("HC:99213", "1", JAN), CURATED);
        assertEquals(List.of("diagnosis-code-form=A7:254"), errors(r));
    }

    @Test
    void externalCauseIsNotPrincipal() {
        ClaimEditor editor = new ClaimEditor(RuleCatalog.rules(), curatedAsOfficial(),
                profiles("CLINIC01", "codes.extra-icd10=W010XXA"));
        ClaimResult r = Test837.edit(claim("EC-1").dx("ABK:W010XXA", "ABF:J069").line("HC:99213", "1", JAN), editor);
        assertEquals(List.of("principal-diagnosis-external-cause=A7:254+A7:509"), errors(r));
        ClaimResult second = Test837.edit(claim("EC-2").dx("ABK:J069", "ABF:W010XXA").line("HC:99213", "1", JAN),
                editor);
        assertTrue(second.accepted(), "an external cause after the principal diagnosis is fine");
    }

    @Test
    void icd9OnlyBeforeOctober2015AndIcd10OnlyFromThen() {
        assertEquals(List.of("diagnosis-qualifier-date=A7:254+A7:508"),
                errors(Test837.edit(claim("Q-1").dx("BK:4019").line("HC:99213", "1", JAN), CURATED)));
        assertEquals(List.of("diagnosis-qualifier-date=A7:254+A7:700"),
                errors(Test837.edit(claim("Q-2").dx("ABK:J069").line("HC:99213", "1", "20150930"), CURATED)));
        ClaimResult icd9 = Test837.edit(claim("Q-3").dx("BK:4019").line("HC:99213", "1", "20150930"), CURATED);
        assertTrue(icd9.accepted(), icd9.findings().toString());
        assertTrue(notices(icd9).contains("ICD9_CM:MISSING"), notices(icd9).toString());
    }

    @Test
    void hcpcsMustBeActiveOnTheDateOfService() {
        ClaimResult terminated = Test837.edit(claim("H-1").dx("ABK:J069").line("HC:J7505", "1", "20260115"), CURATED);
        assertEquals(List.of("hcpcs-code-set=A7:454+A7:507"), errors(terminated));
        Finding f = terminated.findings().get(0);
        assertEquals(1, f.line());
        assertEquals("SV1", f.segment());
        assertTrue(f.message().contains("terminated on 2025-12-31, before the date of service 2026-01-15"));
        assertTrue(Test837.edit(claim("H-2").dx("ABK:J069").line("HC:J7505", "1", "20251215"), CURATED).accepted());
        ClaimResult unknown = Test837.edit(claim("H-3").dx("ABK:J069").line("HC:Z1234", "1", JAN), CURATED);
        assertEquals(List.of("hcpcs-code-set=A7:454+A7:507"), errors(unknown));
        assertTrue(unknown.findings().get(0).message().contains("'Z1234' is not in any loaded HCPCS Level II release"));
    }

    @Test
    void theCuratedSampleWarnsWhereOnlyTheOfficialListCouldReject() {
        ClaimEditor standard = ClaimEditor.standard();
        ClaimResult unknown = Test837.edit(claim("P-1").dx("ABK:J069").dx("ABF:S52501A").line("HC:J7050", "1", JAN)
                .line("HC:G0008:QQ", "1", JAN), standard);
        assertTrue(unknown.accepted(), unknown.findings().toString());
        assertTrue(warnings(unknown).containsAll(List.of("hcpcs-code-set=A7:454+A7:507", "diagnosis-code-set=A7:255+A7:700",
                "modifier-code-set=A7:453")), warnings(unknown).toString());
        ClaimResult header = Test837.edit(claim("P-2").dx("ABK:E11").line("HC:J7505", "1", "20260115"), standard);
        assertEquals(List.of("diagnosis-code-set=A7:254+A7:700", "hcpcs-code-set=A7:454+A7:507"), errors(header),
                "a header and a terminated code are wrong whatever the list's size");
    }

    @Test
    void hcpcsAfterTheLoadedQuarterIsAnsweredByTheNewestRelease() {
        // Issue 9: the January release answers for every later date (it used to answer only up to March 31).
        ClaimResult unknown = Test837.edit(claim("H-4").dx("ABK:J069").line("HC:Z1234", "1", "20260415"), CURATED);
        assertEquals(List.of("hcpcs-code-set=A7:454+A7:507"), errors(unknown));
        assertEquals(List.of(), notices(unknown).stream().filter(n -> n.startsWith("HCPCS")).toList(),
                "April is one quarter after January: not stale");
        ClaimResult terminated = Test837.edit(claim("H-5").dx("ABK:J069").line("HC:J7505", "1", "20261115"),
                CURATED);
        assertEquals(List.of("hcpcs-code-set=A7:454+A7:507"), errors(terminated));
        assertTrue(notices(terminated).contains("HCPCS:STALE"), notices(terminated).toString());
        ClaimResult active = Test837.edit(claim("H-6").dx("ABK:J069").line("HC:G0008:ZZ", "1", "20260715"), CURATED);
        assertEquals(List.of("modifier-code-set=A7:453"), errors(active), "G0008 is still active; ZZ is not a modifier");
        assertTrue(notices(active).containsAll(List.of("HCPCS:STALE", "MODIFIERS:STALE")), notices(active).toString());
    }

    @Test
    void cptCodesAreCheckedAgainstALicensedListWhenOneIsLoaded() {
        CptCodeList cpt = CptCodeList.parse("99213\n99214\n".getBytes(StandardCharsets.UTF_8), "site");
        ClaimEditor editor = new ClaimEditor(RuleCatalog.rules(), withCpt(cpt), ProfileSet.none());
        ClaimResult r = Test837.edit(claim("C-1").dx("ABK:J069").line("HC:99213", "1", JAN)
                .line("HC:99999", "1", "20260106"), editor);
        assertEquals(List.of("cpt-code-list=A7:454"), errors(r));
        assertEquals(2, r.findings().stream().filter(Finding::isError).findFirst().orElseThrow().line());
        assertFalse(notices(r).contains("CPT:MISSING"));
    }

    @Test
    void modifiersMustExist() {
        ClaimResult r = Test837.edit(claim("M-1").dx("ABK:J069").line("HC:99213:25:ZZ", "1", JAN)
                .line("HC:G0008:XU", "1", "20260106"), CURATED);
        assertEquals(List.of("modifier-code-set=A7:453"), errors(r));
        assertTrue(r.findings().get(0).message().contains("'ZZ'"));
    }

    @Test
    void placeOfServiceMustBeAssigned() {
        ClaimResult r = Test837.edit(claim("P-1").pos("30").dx("ABK:J069").line("HC:99213", "1", JAN, "98"), CURATED);
        assertEquals(List.of("place-of-service=A7:21+A7:249", "place-of-service=A7:21+A7:249"), errors(r));
        assertEquals(List.of(0, 1), r.findings().stream().filter(Finding::isError).map(Finding::line).toList());
        assertTrue(Test837.edit(claim("P-2").pos("02").dx("ABK:J069").line("HC:99213", "1", JAN, "11"), CURATED)
                .accepted());
    }

    static final String PTP = String.join("\r\n",
            "CPT codes and descriptions only are copyright 2025 American Medical Association.",
            "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\t"
                    + "Modifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale",
            "\t\t\t\t\t\t",
            "99213\t99211\t*\t19960101\t*\t0\tMutually exclusive procedures",
            "99214\t36415\t\t20200101\t*\t1\tMisuse of column two code with column one code",
            "99203\t36415\t\t20200101\t20251231\t0\tStandards of medical / surgical practice",
            "");

    static final String MUE = "\"CPT codes and descriptions only are copyright 2025 American Medical Association.\",,,\r\n"
            + "\"HCPCS/\r\nCPT Code\",Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale\r\n"
            + "G0008,1,2 Date of Service Edit: Policy,Code Descriptor / CPT Instruction\r\n"
            + "99213,1,1 Line Edit,Clinical: Data\r\n";

    ClaimEditor withTables(Path dir) throws IOException {
        Files.writeString(dir.resolve("ccipra-v321r0-f1.txt"), PTP, StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("MCR_MUE_PractitionerServices_Eff_01-01-2026.csv"), MUE,
                StandardCharsets.ISO_8859_1);
        CodeSets curated = curatedAsOfficial();
        CodeSets sets = new CodeSets(curated.icd10Sets(), curated.hcpcsSets(), curated.placesOfService().orElseThrow(),
                List.of(MueTable.load(dir.resolve("MCR_MUE_PractitionerServices_Eff_01-01-2026.csv"))),
                NcciPtpTable.load(dir.resolve("ccipra-v321r0-f1.txt")), null);
        return new ClaimEditor(RuleCatalog.rules(), sets, ProfileSet.none());
    }

    @Test
    void ncciPairOnTheSameDateIsRejectedOnTheColumnTwoLine(@TempDir Path dir) throws IOException {
        ClaimEditor editor = withTables(dir);
        ClaimResult pair = Test837.edit(claim("N-1").dx("ABK:J069").line("HC:99211", "1", JAN)
                .line("HC:99213", "1", JAN), editor);
        assertEquals(List.of("ncci-ptp=A7:732+A7:454"), errors(pair));
        Finding f = pair.findings().stream().filter(Finding::isError).findFirst().orElseThrow();
        assertEquals(1, f.line(), "99211 is the column 2 code");
        assertTrue(f.message().contains("modifier indicator 0"), f.message());
        assertTrue(Test837.edit(claim("N-2").dx("ABK:J069").line("HC:99211", "1", JAN)
                .line("HC:99213", "1", "20260106"), editor).accepted(), "different dates");
        assertEquals(List.of("ncci-ptp=A7:732+A7:454"), errors(Test837.edit(claim("N-3").dx("ABK:J069")
                .line("HC:99211:59", "1", JAN).line("HC:99213", "1", JAN), editor)), "indicator 0: no bypass");
    }

    @Test
    void ncciBypassModifierWhenTheIndicatorAllowsIt(@TempDir Path dir) throws IOException {
        ClaimEditor editor = withTables(dir);
        assertEquals(List.of("ncci-ptp=A7:732+A7:454"), errors(Test837.edit(claim("N-4").dx("ABK:J069")
                .line("HC:99214", "1", JAN).line("HC:36415", "1", JAN), editor)));
        assertTrue(Test837.edit(claim("N-5").dx("ABK:J069").line("HC:99214", "1", JAN)
                .line("HC:36415:XU", "1", JAN), editor).accepted());
        assertTrue(Test837.edit(claim("N-6").dx("ABK:J069").line("HC:99203", "1", JAN)
                .line("HC:36415", "1", JAN), editor).accepted(), "edit deleted 2025-12-31");
    }

    @Test
    void mueUnitsPerDateAndPerLine(@TempDir Path dir) throws IOException {
        ClaimEditor editor = withTables(dir);
        ClaimResult two = Test837.edit(claim("U-1").dx("ABK:J069").line("HC:G0008", "2", JAN), editor);
        assertEquals(List.of("mue-date-of-service=A7:476+A7:732"), errors(two));
        ClaimResult split = Test837.edit(claim("U-2").dx("ABK:J069").line("HC:G0008", "1", JAN)
                .line("HC:G0008", "1", JAN), editor);
        assertEquals(List.of("mue-date-of-service=A7:476+A7:732"), errors(split),
                "date of service edit adds the lines up");
        assertEquals(2, split.findings().get(0).line());
        assertTrue(split.findings().get(0).message().startsWith("Service lines 1, 2: 2 units of G0008"));
        assertTrue(Test837.edit(claim("U-3").dx("ABK:J069").line("HC:G0008", "1", JAN)
                .line("HC:G0008", "1", "20260106"), editor).accepted(), "other date");
        assertTrue(Test837.edit(claim("U-4").dx("ABK:J069").line("HC:99213", "1", JAN)
                .line("HC:99213", "1", JAN), editor).accepted(), "line edit: each line alone");
        assertEquals(List.of(), two.findings().stream().filter(f -> !f.isError()
                && !f.message().startsWith("No NCCI add-on code table")).map(Finding::message)
                .filter(m -> m.contains("MUE") || m.contains("procedure-to-procedure")).toList());
    }

    @Test
    void withoutAnyCodeSetEveryCodeIsCheckedForFormOnlyAndTheClaimIsAccepted() {
        ClaimEditor none = new ClaimEditor(RuleCatalog.rules(), CodeSets.none(), ProfileSet.none());
        ClaimResult r = Test837.edit(claim("W-1").dx("ABK:Q999").line("HC:Z1234:ZZ", "5", JAN)
                .line("HC:99213", "1", JAN), none);
        assertTrue(r.accepted(), r.findings().toString());
        assertEquals(List.of(), r.findings(), "no code set: nothing to find, and no per-claim warning either");
        assertEquals(List.of("ICD10_CM:MISSING", "HCPCS:MISSING", "MODIFIERS:MISSING", "CPT:MISSING",
                "PLACE_OF_SERVICE:MISSING", "NCCI_PTP:MISSING", "ADD_ON_CODES:MISSING", "MUE:MISSING"), notices(r));
    }

    @Test
    void profileTurnsRulesOffLowersThemAndAddsCodes() {
        ProfileSet profiles = profiles("CLINIC01", "rule.hcpcs-code-set=warning\nrule.place-of-service=off\n"
                + "codes.extra-icd10=Q999\nrule.code-set-missing=off");
        ClaimEditor editor = new ClaimEditor(RuleCatalog.rules(), curatedAsOfficial(), profiles);
        ClaimResult r = Test837.edit(claim("PR-1").pos("30").dx("ABK:Q999").line("HC:Z1234", "1", JAN), editor);
        assertTrue(r.accepted(), r.findings().toString());
        assertEquals("CLINIC01", r.profile());
        assertEquals(List.of("hcpcs-code-set=A7:454+A7:507"), warnings(r));
        ClaimResult other = Test837.edit(Test837.file("OTHER", claim("PR-2").pos("30").dx("ABK:Q999")
                .line("HC:Z1234", "1", JAN)), editor).get(0);
        assertEquals("", other.profile());
        assertEquals(3, errors(other).size(), "no profile for another sender");
    }

    @Test
    void profileMatchesTheReceiverAndRefusesTypos() {
        ProfileSet profiles = profiles("CLAIMGATE", "rule.mue-units=off");
        ClaimResult r = Test837.edit(claim("PR-3").dx("ABK:J069").line("HC:99213", "1", JAN),
                new ClaimEditor(RuleCatalog.rules(), curatedAsOfficial(), profiles));
        assertEquals("CLAIMGATE", r.profile(), "matched on ISA08");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> profiles("X", "rule.ncci-pt=off"));
        assertTrue(e.getMessage().contains("unknown rule 'ncci-pt'"));
        assertThrows("rule.ncci-ptp=maybe", "must be off, warning or error");
        assertThrows("codes.extra-drg=1", "unknown code list");
        assertThrows("rules.ncci-ptp=off", "unknown setting");
    }

    @Test
    void exampleProfileShippedWithTheProjectLoads() {
        ProfileSet set = ProfileSet.load(Path.of("docs/profiles"), RuleCatalog.rules());
        assertTrue(set.size() >= 1);
    }

    private static void assertThrows(String properties, String expected) {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> profiles("X", properties));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    static ProfileSet profiles(String id, String properties) {
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(properties));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Set<String> ids = RuleCatalog.rules().stream().map(ClaimRule::id).collect(java.util.stream.Collectors.toSet());
        return ProfileSet.of(Map.of(id, Profile.parse(id, p, ids)));
    }

    private static CodeSets withCpt(CptCodeList cpt) {
        CodeSets c = curatedAsOfficial();
        return new CodeSets(c.icd10Sets(), c.hcpcsSets(), c.placesOfService().orElseThrow(), List.of(), null, cpt);
    }
}
