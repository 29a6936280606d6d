package io.claimgate.syntax;

import io.claimgate.process.StructureScanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.claimgate.syntax.FileStructure.InterchangeCheck;
import io.claimgate.syntax.FileStructure.TransactionCheck;
import io.claimgate.x12.X12FormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public corpus in ../shared/corpus (other projects' files, read in place, never copied here): what a correct
 * 837P front end answers for each. Skips when the corpus is absent.
 */
class StructureCorpusIT {

    static final Path CORPUS = Path.of("..", "shared", "corpus");
    static ImplementationMap map;

    @BeforeAll
    static void load() {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is not here");
        map = ImplementationMap.professional837();
    }

    static FileStructure scan(String relative) throws IOException, X12FormatException {
        return new StructureScanner(map).scan(CORPUS.resolve(relative));
    }

    static List<Path> files(String folder, String glob) throws IOException {
        try (Stream<Path> s = Files.list(CORPUS.resolve(folder))) {
            return s.filter(p -> p.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName())).sorted()
                    .toList();
        }
    }

    static List<TransactionCheck> sets(FileStructure fs) {
        return fs.interchanges().stream().flatMap(i -> i.groups().stream()).flatMap(g -> g.transactions().stream())
                .toList();
    }

    static List<SegmentError> errors(FileStructure fs) {
        return sets(fs).stream().flatMap(t -> t.errors().stream()).toList();
    }

    static boolean hasError(FileStructure fs, String segment, String loop, String code) {
        return errors(fs).stream().anyMatch(e -> e.segmentId().equals(segment) && e.loopId().equals(loop)
                && e.code().code().equals(code));
    }

    static boolean hasElementError(FileStructure fs, String segment, String reference, String code) {
        return errors(fs).stream().anyMatch(e -> e.segmentId().equals(segment) && e.elements().stream()
                .anyMatch(el -> el.reference().equals(reference) && el.code().code().equals(code)));
    }

    @Test
    void stupidediPassFilesHaveNoStructuralError() throws Exception {
        List<Path> pass = files("stupidedi", "X222A1*pass*.edi");
        assertEquals(16, pass.size());
        for (Path p : pass) {
            FileStructure fs = new StructureScanner(map).scan(p);
            assertTrue(fs.interchanges().stream().allMatch(InterchangeCheck::accepted), p + " TA1");
            assertEquals(List.of(), errors(fs), p.toString());
            assertTrue(sets(fs).stream().allMatch(TransactionCheck::accepted), p + " IK5");
        }
    }

    /**
     * Files of LinuxForHealth's copy of the TR3 examples that the guide itself says are wrong, with their element
     * errors (segment, loop, IK401, IK403): five separate components with '>' while ISA16 is ':' (the component
     * separator is ISA16's, so "11>B>1" is one 6-character place of service and CLM05-2/-3 are missing); the
     * ambulance example leaves CLM05-2 (Facility Code Qualifier, required, B) empty; COB example 4 uses the 4010 code
     * F2 in 2320 AMT01, which 5010 limits to D, A8 and EAF.
     */
    static final java.util.Map<String, List<String>> LFH_GUIDE_ERRORS = java.util.Map.of(
            "demo.ambulance.example5.837", List.of("CLM 2300 5:2 1"),
            "demo.cob.2ndary.example4.837", List.of("CLM 2300 5:1 5", "CLM 2300 5:2 1", "CLM 2300 5:3 1",
                    "HI 2300 1:1 7", "SV1 2400 1:1 7", "SV1 2400 1:2 1"),
            "demo.cob.example4.837", List.of("AMT 2320 1 7"),
            "demo.example6.837", List.of("CLM 2300 5:1 5", "CLM 2300 5:2 1", "CLM 2300 5:3 1", "HI 2300 1:1 7",
                    "SV1 2400 1:1 7", "SV1 2400 1:2 1"),
            "demo.example9.837", List.of("CLM 2300 5:1 5", "CLM 2300 5:2 1", "CLM 2300 5:3 1", "HI 2300 1:1 7",
                    "SV1 2400 1:1 7", "SV1 2400 1:2 1", "SV1 2400 7:1 7"),
            "demo.example11.837", List.of("CLM 2300 5:1 5", "CLM 2300 5:2 1", "CLM 2300 5:3 1", "HI 2300 1:1 7",
                    "SV1 2400 1:1 7", "SV1 2400 1:2 1", "SV1 2400 7:1 7", "SV1 2400 1:1 7", "SV1 2400 1:2 1"),
            "demo.example12.837", List.of("CLM 2300 5:1 5", "CLM 2300 5:2 1", "CLM 2300 5:3 1", "HI 2300 1:1 7",
                    "SV1 2400 1:1 7", "SV1 2400 1:2 1"));

    @Test
    void linuxForHealth5010FilesHaveNoStructuralErrorButWhereTheGuideSaysSo() throws Exception {
        List<Path> lfh = files("lfh", "837_005010X222A2*");
        assertEquals(18, lfh.size());
        for (Path p : lfh) {
            FileStructure fs = new StructureScanner(map).scan(p);
            String name = p.getFileName().toString().substring("837_005010X222A2__".length());
            List<String> expected = LFH_GUIDE_ERRORS.getOrDefault(name, List.of());
            List<String> found = errors(fs).stream().flatMap(e -> e.elements().isEmpty()
                    ? java.util.stream.Stream.of(e.segmentId() + " " + e.loopId() + " IK3 " + e.code().code())
                    : e.elements().stream().map(el -> e.segmentId() + " " + e.loopId() + " " + el.position() + " "
                            + el.code().code())).toList();
            assertEquals(expected, found, p.toString());
            assertEquals(expected.isEmpty(), sets(fs).stream().allMatch(TransactionCheck::accepted), p + " IK5");
        }
    }

    @Test
    void version4010FilesAreAnsweredAsUnsupported() throws Exception {
        for (Path p : files("lfh", "837_004010X098A1*")) {
            FileStructure fs = new StructureScanner(map).scan(p);
            assertTrue(fs.interchanges().get(0).groups().get(0).groupCodes()
                    .contains(GroupErrorCode.VERSION_NOT_SUPPORTED), p + " AK9 2");
            assertTrue(sets(fs).stream().allMatch(t -> t.setCodes().contains(SetErrorCode.IMPLEMENTATION_NOT_SUPPORTED)
                    && t.errors().isEmpty()), p + " IK5 R I6, not parsed as 837P");
        }
        FileStructure institutional = scan("imsweb/x223-test.txt");
        assertTrue(sets(institutional).stream().allMatch(t -> !t.accepted()
                && t.setCodes().contains(SetErrorCode.IMPLEMENTATION_NOT_SUPPORTED)));
        FileStructure staedi4020 = scan("staedi/sample837-small.edi");
        assertEquals("003", staedi4020.interchanges().get(0).ta1Note().code(), "interchange version 00402");
    }

    @Test
    void otherTransactionsAreAnsweredAsNotSupported() throws Exception {
        for (Path p : files("acks", "*.txt")) {
            FileStructure fs = new StructureScanner(map).scan(p);
            assertTrue(sets(fs).stream().allMatch(t -> t.setCodes().contains(SetErrorCode.NOT_SUPPORTED)),
                    p + " IK5 R 1");
        }
    }

    @Test
    void imswebSeededErrorsGiveTheMatching999Errors() throws Exception {
        assertTrue(hasError(scan("imsweb/x12_loop_errors1_exceeds_max_1_parent.txt"), "NM1", "2010AA", "4"),
                "loop repeat exceeded");
        assertTrue(hasError(scan("imsweb/x12_loop_errors2_exceeds_max_repeats_multiple_parents.txt"), "NM1",
                "2010AA", "4"), "loop repeat exceeded in one of several parents");
        assertTrue(hasError(scan("imsweb/x12_loop_errors3_missing_loops.txt"), "NM1", "2010AA", "3"), "missing loop");
        assertTrue(hasError(scan("imsweb/x12_missing_required_loop_in_one_repeat.txt"), "NM1", "2010BA", "3"),
                "missing loop in one repeat");
        assertTrue(hasError(scan("imsweb/x12_missing_required_loops_mult_repeats.txt"), "LX", "2400", "3"),
                "missing 2400 in a claim");
        FileStructure order = scan("imsweb/x12_segments_out_of_order.txt");
        assertTrue(hasError(order, "N4", "2010AA", "7") && hasError(order, "N3", "2010AB", "7"), "out of order");
        FileStructure ids = scan("imsweb/x12_bad_segment_identifier.txt");
        assertTrue(hasError(ids, "Nd4", "2010AA", "1") && hasError(ids, "NM31", "2000B", "1"), "bad segment id");
        FileStructure missing = scan("imsweb/x12_missing_elements.txt");
        assertTrue(hasElementError(missing, "NM1", "1065", "1"), "NM102 missing");
        assertTrue(hasElementError(missing, "CLM", "C023", "1"), "CLM05 missing");
        assertTrue(hasElementError(scan("imsweb/x12_bad_valid_code.txt"), "NM1", "98", "7"), "NM101 117");
        FileStructure segs = scan("imsweb/x12_segment_errors.txt");
        assertTrue(hasError(segs, "N3", "2010AA", "3") && hasError(segs, "HI", "2300", "3"), "required segments");
        assertEquals("026", scan("imsweb/x12_bad_first_line.txt").interchanges().get(0).ta1Note().code());
    }

    @Test
    void every5010ProfessionalFileIsReadWithoutAnException() throws Exception {
        int read = 0;
        for (String folder : List.of("imsweb", "stupidedi", "lfh", "staedi")) {
            for (Path p : files(folder, "*")) {
                try {
                    FileStructure fs = new StructureScanner(map).scan(p);
                    assertTrue(!fs.interchanges().isEmpty(), p.toString());
                    read++;
                } catch (X12FormatException notX12) {
                    // answered with error/: the file has no ISA at all
                    assertTrue(notX12.getMessage().contains("ISA"), p + ": " + notX12.getMessage());
                }
            }
        }
        assertTrue(read >= 60, "read " + read);
    }
}
