package io.claimgate.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.X12File;
import io.claimgate.process.StructureScanner;
import io.claimgate.x12.Segment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SNIP 2 element checks driven by 837p-005010X222A1.elements: samples/clean.837 with one segment changed, and the
 * exact IK3 (segment, loop, claim) and IK4s (position, data element, code, copy of the bad value) that answer it.
 * One case per IK4 code and per syntax-note kind, and each case of issue 9.
 */
class ElementChecksTest {

    @TempDir
    Path tmp;
    private final ImplementationMap map = ImplementationMap.professional837();

    /** The IK3/IK4s of the clean sample's first set with the first segment starting with {@code prefix} replaced. */
    private List<String> errors(String prefix, String... replacement) throws Exception {
        List<String> segs = new ArrayList<>(X12File.read(Path.of("samples/clean.837")).segments().stream()
                .map(Segment::raw).toList());
        int at = 0;
        while (!segs.get(at).startsWith(prefix)) {
            at++;
        }
        segs.remove(at);
        segs.addAll(at, List.of(replacement));
        int count = 0;
        for (int i = 0; i < segs.size(); i++) {
            count = segs.get(i).startsWith("ST*") ? 1 : count + 1;
            if (segs.get(i).startsWith("SE*")) {
                segs.set(i, "SE*" + count + "*" + segs.get(i).split("\\*")[2]);
            }
        }
        Path file = tmp.resolve("case.837");
        Files.writeString(file, segs.stream().map(s -> s + "~\n").collect(Collectors.joining()),
                StandardCharsets.ISO_8859_1);
        FileStructure.TransactionCheck set = new StructureScanner(map).scan(file).interchanges().get(0).groups().get(0)
                .transactions().get(0);
        assertEquals(set.errors().isEmpty(), set.accepted(), "a set with errors is rejected");
        return set.errors().stream().map(e -> e.segmentId() + " " + e.loopId() + " " + e.code().code() + " " + e.claimId()
                + e.elements().stream().map(el -> " [" + el.position() + " " + el.reference() + " " + el.code().code() + " "
                        + el.value() + "]").collect(Collectors.joining())).toList();
    }

    @Test
    void theCasesOfIssue9AreInvalidCodeValuesOrTooLong() throws Exception {
        assertEquals(List.of("SV1 2400 8 CLEAN-1001 [1:1 235 7 XX]"),
                errors("SV1*HC:99213", "SV1*XX:90834*125*UN*1***1:2"), "SV101-1 must be ER, HC, IV or WK");
        assertEquals(List.of("CLM 2300 8 CLEAN-1001 [5:2 1332 7 X]"),
                errors("CLM*CLEAN-1001", "CLM*CLEAN-1001*140***11:X:1*Y*A*Y*Y"), "CLM05-2 must be B");
        assertEquals(List.of("CLM 2300 8 CLEAN-1001 [5:3 1325 7 3]"),
                errors("CLM*CLEAN-1001", "CLM*CLEAN-1001*140***11:B:3*Y*A*Y*Y"), "CLM05-3 is 1, 6, 7 or 8");
        String id23 = "CLEAN-1001-ABCDEFGHIJK";
        assertEquals(List.of("CLM 2300 8 " + id23 + " [1 1028 5 " + id23 + "]"),
                errors("CLM*CLEAN-1001", "CLM*" + id23 + "*140***11:B:1*Y*A*Y*Y"), "CLM01 at most 20 (23 here)");
        assertEquals(List.of("PRV 2310B 8 CLEAN-1001 [2 128 7 ZZ]"),
                errors("PRV*PE", "PRV*PE*ZZ*207Q00000X"), "PRV02 must be PXC");
        assertEquals(List.of("SBR 2000B 8  [5 1336 7 CI]"), errors("SBR*P*18", "SBR*P*18*55555**CI"),
                "SBR05 is an insurance type code");
        assertEquals(List.of("N4 2010AA 8  [2 156 7 ZZ]"), errors("N4*SPRINGFIELD", "N4*SPRINGFIELD*ZZ*627010000"),
                "N402 no state or province");
    }

    @Test
    void oneCasePerIk4Code() throws Exception {
        assertEquals(List.of("REF 2010AA 8  [2 127 1 ]"), errors("REF*EI", "REF*EI*"), "1: empty required element");
        assertEquals(List.of("NM1 2300 8 CLEAN-1001 [1 98 1 ]", "PRV 2300 2 CLEAN-1001"),
                errors("NM1*82", "NM1**1*TESTDOC*JORDAN****XX*1912301953"),
                "1, not 7: an empty qualifier (the PRV after it then belongs to no loop)");
        assertEquals(List.of("NM1 2310B 8 CLEAN-1001 [9 67 2 ]"), errors("NM1*82", "NM1*82*1*TESTDOC*JORDAN****XX"),
                "2: NM108 without NM109 (P0809)");
        assertEquals(List.of("N3 2010AA 8  [3  3 X]"), errors("N3*100 MAIN", "N3*100 MAIN STREET**X"),
                "3: N3 has two elements");
        assertEquals(List.of("NM1 2010AA 8  [9 67 4 1]"), errors("NM1*85", "NM1*85*2*SUNRISE FAMILY CLINIC*****XX*1"),
                "4: NM109 at least 2");
        assertEquals(List.of("SV1 2400 8 CLEAN-1001 [2 782 6 12A]"), errors("SV1*HC:99213", "SV1*HC:99213*12A*UN*1***1:2"),
                "6: not a number");
        assertEquals(List.of("DMG 2010BA 8  [2 1251 8 19800231]"), errors("DMG*D8", "DMG*D8*19800231*F"),
                "8: DMG02 is a D8 date");
        assertEquals(List.of("DTP 2400 8 CLEAN-1001 [3 1251 8 20260101-2026011]"),
                errors("DTP*472", "DTP*472*RD8*20260101-2026011"), "8: RD8 is CCYYMMDD-CCYYMMDD");
        List<String> bht = errors("BHT*", "BHT*0019*00*CLEANBATCH*20260110*2460*CH");
        assertEquals(1, bht.size(), bht::toString);
        assertTrue(bht.get(0).startsWith("BHT ") && bht.get(0).endsWith(" 8  [5 337 9 2460]"), "9: no such time " + bht);
        assertEquals(List.of("N4 2010AA 8  [5 309 I10 X]"), errors("N4*SPRINGFIELD", "N4*SPRINGFIELD*IL*627010000**X"),
                "I10: N405 is Not Used");
        assertEquals(List.of("SV1 2400 8 CLEAN-1001 [1:9 C003 13 X]"),
                errors("SV1*HC:99213", "SV1*HC:99213:::::::X*125*UN*1***1:2"), "13: C003 has eight components");
    }

    @Test
    void oneCasePerSyntaxNoteKind() throws Exception {
        assertEquals(List.of("N4 2010AA 8  [7 1715 10 ON] [4 26 2 ]"),
                errors("N4*SPRINGFIELD", "N4*SPRINGFIELD*IL*627010000****ON"),
                "E0207: N402 or N407, not both (10); C0704: N407 needs N404 (2)");
        assertEquals(List.of("NM1 2310B 8 CLEAN-1001 [8 66 2 ]"),
                errors("NM1*82", "NM1*82*1*TESTDOC*JORDAN*****1912301953"), "P0809: NM109 needs NM108");
        assertEquals(List.of("QTY 2400 8 CLEAN-1001 [2 380 1 ]"),
                errors("DTP*472", "DTP*472*D8*20260105", "QTY*PT"),
                "R0204: at least one of QTY02, QTY04; QTY02 is required anyway: reported once, as 1");
        assertEquals(List.of("CAS 2320 8 CLEAN-1001 [6 782 2 ]"), errors("LX*1", "SBR*S*18*GRP2******CI",
                "CAS*PR*1*20**2", "OI***Y***Y", "NM1*IL*1*TESTPATIENT1*ALEX****MI*MBR001",
                "NM1*PR*2*OTHER PLAN*****PI*PAYER02", "LX*1"), "L050607: CAS05 needs CAS06 or CAS07");
    }

    @Test
    void everySegmentOfTheMapHasElementRulesInEachLoopAndTheLicenceTravelsWithThem() throws Exception {
        ElementRules rules = ElementRules.professional837();
        List<String> missing = new ArrayList<>();
        covered(map.root(), rules, missing);
        assertEquals(List.of(), missing);
        assertNotNull(ElementRules.class.getResourceAsStream("NOTICE-pyx12.txt"), "pyx12 BSD notice beside the data");
        ElementRules.ElementRule[] clm05 = rules.segments("2300", "CLM")[0].components()[5];
        assertEquals(List.of("CLM05-01", "CLM05-02", "CLM05-03"),
                List.of(clm05[1].reference(), clm05[2].reference(), clm05[3].reference()));
        assertEquals(java.util.Set.of("B"), clm05[2].codes());
        assertEquals(20, rules.segments("2300", "CLM")[0].elements()[1].max(), "CLM01 at most 20 (TR3), not 38");
    }

    private static void covered(ImplementationMap.LoopDef loop, ElementRules rules, List<String> missing) {
        for (ImplementationMap.Item item : loop.items()) {
            if (item instanceof ImplementationMap.LoopDef child) {
                covered(child, rules, missing);
            } else if (item instanceof ImplementationMap.SegmentDef seg && !seg.id().equals("ST")
                    && !seg.id().equals("SE") && rules.segments(loop.id(), seg.id()) == null) {
                missing.add(loop.id() + " " + seg.id());
            }
        }
    }

    @Test
    void theUnchangedSampleHasNoElementError() throws Exception {
        assertEquals(List.of(), errors("REF*EI", "REF*EI*990000001"));
        assertEquals(List.of(), errors("SV1*HC:99213", "SV1*HC:99213*125.00*UN*1E0***1:2"), "R: decimals, exponent");
        assertEquals(List.of(), errors("N4*SPRINGFIELD", "N4*MONTREAL*QC*H2X1Y4*CA"), "a Canadian province, a country");
        assertEquals(List.of("SV1 2400 8 CLEAN-1001 [4 380 6 1E]"), errors("SV1*HC:99213", "SV1*HC:99213*125*UN*1E***1:2"),
                "an exponent needs digits");
    }
}
