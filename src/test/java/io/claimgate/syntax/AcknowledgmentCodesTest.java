package io.claimgate.syntax;

import io.claimgate.process.StructureScanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.X12File;
import io.claimgate.x12.Segment;
import io.claimgate.x12.X12Code;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One synthetic case per TA1 note, IK5 code, AK9 code, IK3 code and IK4 code claimgate emits: samples/clean.837 with
 * one defect, and the exact codes that answer it.
 */
class AcknowledgmentCodesTest {

    @TempDir
    Path tmp;
    private final ImplementationMap map = ImplementationMap.professional837();

    /** The clean sample's segments, changed by {@code edit}; SE01 recounted unless {@code keepCounts}. */
    private FileStructure scan(UnaryOperator<List<String>> edit, boolean keepCounts) throws Exception {
        List<String> segs = new ArrayList<>(X12File.read(Path.of("samples/clean.837")).segments().stream()
                .map(Segment::raw).toList());
        segs = edit.apply(segs);
        if (!keepCounts) {
            int count = 0;
            for (int i = 0; i < segs.size(); i++) {
                String s = segs.get(i);
                if (s.startsWith("ST*")) {
                    count = 0;
                }
                count++;
                if (s.startsWith("SE*")) {
                    segs.set(i, "SE*" + count + "*" + s.split("\\*")[2]);
                }
            }
        }
        Path file = tmp.resolve("case.837");
        Files.writeString(file, segs.stream().map(s -> s + "~\n").collect(Collectors.joining()), StandardCharsets.ISO_8859_1);
        return new StructureScanner(map).scan(file);
    }

    private FileStructure scan(UnaryOperator<List<String>> edit) throws Exception {
        return scan(edit, false);
    }

    private static UnaryOperator<List<String>> replace(String prefix, String with) {
        return segs -> {
            List<String> out = new ArrayList<>(segs);
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).startsWith(prefix)) {
                    out.set(i, with == null ? null : out.get(i).startsWith("ISA") ? with : with);
                    break;
                }
            }
            out.removeIf(s -> s == null);
            return out;
        };
    }

    /** Replaces ISA element n, keeping the width of the field. */
    private static UnaryOperator<List<String>> isa(int n, String value) {
        return segs -> {
            List<String> out = new ArrayList<>(segs);
            String[] e = out.get(0).split("\\*", -1);
            e[n] = value;
            out.set(0, String.join("*", e));
            return out;
        };
    }

    private static UnaryOperator<List<String>> insertAfter(String prefix, String segment) {
        return segs -> {
            List<String> out = new ArrayList<>(segs);
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).startsWith(prefix)) {
                    out.add(i + 1, segment);
                    break;
                }
            }
            return out;
        };
    }

    private static String ta1(FileStructure fs) {
        return fs.interchanges().get(0).ta1Note().code();
    }

    private static List<String> setCodes(FileStructure fs) {
        return set(fs).setCodes().stream().map(X12Code::code).toList();
    }

    private static List<String> groupCodes(FileStructure fs) {
        return group(fs).groupCodes().stream().map(X12Code::code).toList();
    }

    private static String ak901(FileStructure fs) {
        return group(fs).status().code();
    }

    private static FileStructure.GroupCheck group(FileStructure fs) {
        return fs.interchanges().get(0).groups().get(0);
    }

    private static FileStructure.TransactionCheck set(FileStructure fs) {
        return group(fs).transactions().get(0);
    }

    private static SegmentError onlyError(FileStructure fs) {
        assertEquals(1, set(fs).errors().size(), () -> set(fs).errors().toString());
        return set(fs).errors().get(0);
    }

    @Test
    void theCleanSampleIsAccepted() throws Exception {
        FileStructure fs = scan(s -> s);
        assertEquals("000", ta1(fs));
        assertEquals("A", ak901(fs));
        assertEquals(List.of(), setCodes(fs));
        assertEquals(List.of(), set(fs).errors());
    }

    @Test
    void ta1NotesForEnvelopeErrors() throws Exception {
        assertEquals("001", ta1(scan(replace("IEA*", "IEA*1*000000999"))));
        assertEquals("021", ta1(scan(replace("IEA*", "IEA*2*000000201"))));
        assertEquals("003", ta1(scan(isa(12, "00401"))));
        assertEquals("017", ta1(scan(isa(12, "0050A"))));
        assertEquals("010", ta1(scan(isa(1, "05"))));
        assertEquals("012", ta1(scan(isa(3, "02"))));
        assertEquals("005", ta1(scan(isa(5, "XX"))));
        assertEquals("006", ta1(scan(isa(6, "               "))));
        assertEquals("007", ta1(scan(isa(7, "XX"))));
        assertEquals("008", ta1(scan(isa(8, "               "))));
        assertEquals("014", ta1(scan(isa(9, "261399"))));
        assertEquals("015", ta1(scan(isa(10, "2561"))));
        assertEquals("018", ta1(scan(isa(13, "00000020A"))));
        assertEquals("019", ta1(scan(isa(14, "2"))));
        assertEquals("020", ta1(scan(isa(15, "X"))));
        assertEquals("023", ta1(scan(segs -> segs.subList(0, segs.size() - 3))), "truncated: no GE/IEA");
        assertEquals("024", ta1(scan(insertAfter("GE*", "NM1*41*2*STRAY"))));
        assertEquals("026", ta1(scan(isa(6, "CLINIC01        "))), "ISA06 one character too long");
        assertEquals("027", ta1(scan(isa(16, "A"))));
    }

    @Test
    void anUnreadableIsaIsAnsweredByATa1AloneWithItsControlNumber() throws Exception {
        String text = Files.readString(Path.of("samples/clean.837"), StandardCharsets.ISO_8859_1);
        Path file = tmp.resolve("letter-terminator.837");
        Files.writeString(file, text.substring(0, 105) + "Q" + text.substring(106), StandardCharsets.ISO_8859_1);
        FileStructure fs = new StructureScanner(map).scan(file);
        assertEquals(1, fs.interchanges().size());
        assertEquals("004", ta1(fs), "segment terminator is a letter");
        assertEquals("000000201", fs.interchanges().get(0).controlNumber());
        assertTrue(fs.startUnreadable(), "the rest of the file is not read");
        assertEquals(List.of("CLINIC01", "260110", "0930"), List.of(fs.interchanges().get(0).header().senderId(),
                fs.interchanges().get(0).date(), fs.interchanges().get(0).time()), "what could be read goes to the TA1");
    }

    @Test
    void ta1IsWrittenForRejectedInterchangesAndWhenRequested() throws Exception {
        FileStructure requested = scan(isa(14, "1"));
        assertTrue(requested.interchanges().get(0).acknowledgmentRequested());
        java.io.StringWriter out = new java.io.StringWriter();
        int written = io.claimgate.ack.InterchangeAcknowledgmentWriter.write(out, requested,
                io.claimgate.x12.ControlNumberSequence.startingAt(7), java.time.LocalDateTime.of(2026, 1, 10, 9, 30));
        assertEquals(1, written);
        assertTrue(out.toString().contains("TA1*000000201*260110*0930*A*000~"), out.toString());
        assertTrue(out.toString().endsWith("IEA*0*000000007~\n"), "IEA01 counts groups only");
    }

    @Test
    void ik5CodesForTransactionSetErrors() throws Exception {
        assertEquals(List.of("4"), setCodes(scan(replace("SE*", "SE*99*0001"), true)));
        assertEquals(List.of("3"), setCodes(scan(replace("SE*", "SE*50*0002"))));
        assertTrue(setCodes(scan(replace("SE*", null))).contains("2"), "SE missing");
        assertEquals(List.of("1"), setCodes(scan(replace("ST*", "ST*835*0001*005010X221A1"))));
        assertEquals(List.of("I6"), setCodes(scan(replace("ST*", "ST*837*0001*005010X223A2"))));
        assertEquals(List.of("7"), setCodes(scan(segs -> {
            List<String> out = replace("ST*", "ST*837*01*005010X222A1").apply(segs);
            return replace("SE*", "SE*50*01").apply(out);
        })));
        assertEquals("R", ak901(scan(replace("SE*", "SE*99*0001"), true)));
    }

    @Test
    void ak9CodesForGroupErrors() throws Exception {
        assertEquals(List.of("5"), groupCodes(scan(replace("GE*", "GE*2*201"))));
        assertEquals(List.of("4"), groupCodes(scan(replace("GE*", "GE*1*999"))));
        assertEquals(List.of("3"), groupCodes(scan(replace("GE*", null))));
        assertEquals(List.of("2"),
                groupCodes(scan(replace("GS*", "GS*HC*CLINIC01*CLAIMGATE*20260110*0930*201*X*004010X098A1"))));
        assertEquals(List.of("1"),
                groupCodes(scan(replace("GS*", "GS*HP*CLINIC01*CLAIMGATE*20260110*0930*201*X*005010X222A1"))));
        assertTrue(groupCodes(scan(replace("GS*", "GS*HC*CLINIC01*CLAIMGATE*20260110*0930*2A1*X*005010X222A1")))
                .contains("6"));
    }

    @Test
    void ik3CodesForSegmentErrors() throws Exception {
        SegmentError bad = onlyError(scan(replace("PRV*BI", "P%V*BI*PXC*207Q00000X")));
        assertEquals("1", bad.code().code());
        SegmentError unexpected = onlyError(scan(insertAfter("BHT*", "LX*1")));
        assertEquals(List.of("LX", "2", ""), List.of(unexpected.segmentId(), unexpected.code().code(),
                unexpected.loopId()));
        SegmentError missing = onlyError(scan(replace("N4*SPRINGFIELD*IL*627010000", null)));
        assertEquals(List.of("N4", "3", "2010AA"), List.of(missing.segmentId(), missing.code().code(),
                missing.loopId()));
        SegmentError loopOver = onlyError(scan(segs -> {
            List<String> out = new ArrayList<>(segs);
            int ref = out.indexOf("REF*EI*990000001");
            out.addAll(ref + 1, List.of("NM1*85*2*SECOND*****XX*1234567893", "N3*1 SIDE ST", "N4*SPRINGFIELD*IL*62701",
                    "REF*EI*990000002"));
            return out;
        }));
        assertEquals(List.of("NM1", "4", "2010AA"), List.of(loopOver.segmentId(), loopOver.code().code(),
                loopOver.loopId()));
        SegmentError overUse = onlyError(scan(insertAfter("BHT*", "BHT*0019*00*AGAIN*20260110*0930*CH")));
        assertEquals(List.of("BHT", "5"), List.of(overUse.segmentId(), overUse.code().code()));
        SegmentError notInSet = onlyError(scan(insertAfter("BHT*", "ZZZ*1")));
        assertEquals("6", notInSet.code().code());
        FileStructure order = scan(segs -> {
            List<String> out = new ArrayList<>(segs);
            int n3 = out.indexOf("N3*100 MAIN STREET");
            out.add(n3, out.remove(n3 + 1)); // N4 before N3
            return out;
        });
        assertEquals("7", onlyError(order).code().code());
        assertEquals("2010AA", onlyError(order).loopId());
    }

    @Test
    void ik4CodesForElementErrorsWithTheClaimNamed() throws Exception {
        assertElement(scan(replace("CLM*CLEAN-1001", "CLM*CLEAN-1001****11:B:1*Y*A*Y*Y")), "CLM", "2", "782", "1");
        assertElement(scan(replace("CLM*CLEAN-1001", "CLM*CLEAN-1001*14O***11:B:1*Y*A*Y*Y")), "CLM", "2", "782", "6");
        assertElement(scan(replace("CLM*CLEAN-1001", "CLM*" + "X".repeat(39) + "*140***11:B:1*Y*A*Y*Y")), "CLM", "1",
                "1028", "5");
        assertElement(scan(replace("CLM*CLEAN-1001", "CLM*CLEAN-1001*140***11:B:1*Q*A*Y*Y")), "CLM", "6", "1073", "7");
        assertElement(scan(replace("DTP*472*D8*20260105", "DTP*472*D8*20260230")), "DTP", "3", "1251", "8");
        assertElement(scan(replace("BHT*", "BHT*0019*00*CLEANBATCH*20260110*2599*CH")), "BHT", "5", "337", "9");
        assertElement(scan(replace("N4*SPRINGFIELD*IL*627010000", "N4*X*IL*627010000")), "N4", "1", "19", "4");
        SegmentError e = onlyError(scan(replace("CLM*CLEAN-1001", "CLM*CLEAN-1001****11:B:1*Y*A*Y*Y")));
        assertEquals("CLEAN-1001", e.claimId(), "CTX*CLM01");
        assertEquals("2300", e.loopId());
    }

    private static void assertElement(FileStructure fs, String segment, String position, String reference,
            String code) {
        SegmentError e = onlyError(fs);
        assertEquals(List.of(segment, "8"), List.of(e.segmentId(), e.code().code()), e.toString());
        assertEquals(1, e.elements().size(), e.toString());
        ElementError el = e.elements().get(0);
        assertEquals(List.of(position, reference, code),
                List.of(el.position(), el.reference(), el.code().code()), el.toString());
        assertEquals(List.of("5"), setCodes(fs));
    }

    /** (segment, IK302, IK303, IK304, CTX claim) of every IK3 of the set. */
    private static List<String> ik3s(FileStructure fs) {
        return set(fs).errors().stream().map(e -> e.segmentId() + "/" + e.position() + "/" + e.loopId() + "/"
                + e.code().code() + "/" + e.claimId()).toList();
    }

    @Test
    void hlErrorsCarryTheirLoopIdAndBhtCarriesNone() throws Exception {
        // HL*2 says it has a child (HL04 = 1), but the next HL is another subscriber: HL04 is settled late
        assertEquals(List.of("HL/12/2000B/8/"), ik3s(scan(replace("HL*2*", "HL*2*1*22*1"))));
        assertEquals(List.of("BHT/2//8/"), ik3s(scan(replace("BHT*", "BHT*0019*77*CLEANBATCH*20260110*0930*CH"))));
    }

    @Test
    void everyIk3OfAClaimNamesItsClaimEvenWhenTheNextClaimOrLevelClosesIt() throws Exception {
        // a claim's missing HI is found when the next HL closes its 2300, which has no claim of its own
        assertEquals(List.of("HI/31/2300/3/CLEAN-1001"), ik3s(scan(replace("HI*ABK:J069", null))));
        assertEquals(List.of("HI/51/2300/3/CLEAN-1002"), ik3s(scan(replace("HI*ABK:J029", null))));
    }

    @Test
    void aMissingServiceDateIsReportedAlikeWhateverOtherLineDatesExist() throws Exception {
        List<String> none = ik3s(scan(replace("DTP*472*D8*20260106", null)));
        List<String> other = ik3s(scan(replace("DTP*472*D8*20260106", "DTP*471*D8*20260106")));
        assertEquals(List.of("DTP/51/2400/3/CLEAN-1002"), none);
        assertEquals(List.of("DTP/52/2400/3/CLEAN-1002"), other, "the same IK3, one segment later (the DTP*471)");
    }
}
