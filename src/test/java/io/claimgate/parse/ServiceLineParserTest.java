package io.claimgate.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimgate.x12.Delimiters;
import io.claimgate.x12.Segment;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ServiceLineParserTest {

    private static final ServiceLineParser PARSER = new ServiceLineParser();

    @AfterAll
    static void close() {
        PARSER.close();
    }

    private static List<Segment> segments(Delimiters d, String... raws) {
        return java.util.Arrays.stream(raws).map(r -> new Segment(Segment.split(r, d.element()), r, 0)).toList();
    }

    @Test
    void parsesLinesOfSeveralClaimsInOneCallKeepingEmptyElementsAndQuestionMarks() {
        Delimiters d = Delimiters.STANDARD;
        List<List<ParsedSegment>> parsed = PARSER.parse(d, List.of(
                segments(d, "LX*1", "SV1*HC:99213:25*40*UN*1***1:2", "DTP*472*D8*20260105"),
                segments(d, "LX*1", "SV1*HC:J1550*53.37*UN*1*11**1", "NTE*ADD*WHY?")));
        assertEquals(2, parsed.size());
        assertEquals(3, parsed.get(0).size());
        assertArrayEquals(new String[] {"SV1", "HC:99213:25", "40", "UN", "1", "", "", "1:2"},
                parsed.get(0).get(1).elements());
        assertEquals("WHY?", parsed.get(1).get(2).element(2));
        assertEquals("11", parsed.get(1).get(1).element(5));
    }

    @Test
    void parsesOtherDelimiters() {
        Delimiters d = new Delimiters('|', '>', '^', '\n');
        List<List<ParsedSegment>> parsed = PARSER.parse(d, List.of(segments(d, "LX|1", "SV1|HC>99213|40|UN|2")));
        assertEquals("HC>99213", parsed.get(0).get(1).element(1));
        assertEquals("2", parsed.get(0).get(1).element(4));
    }
}
