package io.claimgate.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.claimgate.x12.InterchangeAcknowledgmentCode;
import io.claimgate.x12.InterchangeNoteCode;
import io.claimgate.x12.X12Code;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The typed TA1/999 vocabulary carries the X12 code lists' codes and texts: each enum is checked against the code
 * tables of ../shared/reference/x12-837p-277ca-999-ta1.md §5 (read in place; skipped when absent).
 */
class AcknowledgmentVocabularyTest {

    private static final Path REFERENCE = Path.of("..", "shared", "reference", "x12-837p-277ca-999-ta1.md");
    private static final Pattern ROW = Pattern.compile("^\\| (\\w{1,3}) \\| (.+?) \\|$");

    /** Code tables by the heading line that precedes them ("**IK304, ...", "TA105 note codes ..."). */
    private static Map<String, Map<String, String>> tables() throws Exception {
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : Files.readAllLines(REFERENCE)) {
            if (line.startsWith("**") || line.startsWith("TA105 note codes")) {
                current = new HashMap<>();
                tables.put(line, current);
            }
            Matcher m = ROW.matcher(line);
            if (current != null && m.matches()) {
                // a trailing parenthesis is the reference editor's note ("(use with IK4)", "(AK901 only)")
                current.put(m.group(1), m.group(2).replaceFirst(" \\([^()]*\\)$", ""));
            }
        }
        return tables;
    }

    private static void assertTable(Map<String, Map<String, String>> tables, String heading, X12Code[] values) {
        Map<String, String> table = tables.entrySet().stream().filter(e -> e.getKey().startsWith(heading))
                .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError("no table " + heading));
        for (X12Code v : values) {
            assertNotNull(table.get(v.code()), heading + " has no code " + v.code());
            assertEquals(table.get(v.code()), v.text(), heading + " " + v.code());
        }
    }

    @Test
    void everyCodeAndTextIsTheCodeListsOwn() throws Exception {
        assumeTrue(Files.isRegularFile(REFERENCE), "../shared/reference is not here");
        Map<String, Map<String, String>> tables = tables();
        assertTable(tables, "TA105", InterchangeNoteCode.values());
        assertTable(tables, "**IK304", SegmentErrorCode.values());
        assertTable(tables, "**IK403", ElementErrorCode.values());
        assertTable(tables, "**IK501", AcknowledgmentCode.values());
        assertTable(tables, "**IK502", SetErrorCode.values());
        assertTable(tables, "**AK905", GroupErrorCode.values());
    }

    @Test
    void aTa1NoteDecidesItsAcknowledgmentCode() {
        assertEquals("A", InterchangeNoteCode.NO_ERROR.acknowledgment().code());
        for (InterchangeNoteCode note : InterchangeNoteCode.values()) {
            if (note != InterchangeNoteCode.NO_ERROR) {
                assertEquals(InterchangeAcknowledgmentCode.REJECTED, note.acknowledgment(), note.code());
            }
        }
    }
}
