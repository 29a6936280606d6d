package io.claimgate.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.syntax.FileStructure.GroupCheck;
import io.claimgate.syntax.FileStructure.InterchangeCheck;
import io.claimgate.syntax.FileStructure.TransactionCheck;
import io.claimgate.x12.InterchangeNoteCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the TA1s and 999s of a file rejected: in words for the summary line, and as a yes or no for validate. */
class FileStructureTest {

    private static TransactionCheck set(String control, SetErrorCode... codes) {
        return new TransactionCheck("837", control, "005010X222A1", List.of(), 0, List.of(codes));
    }

    private static InterchangeCheck interchange(String control, InterchangeNoteCode note, TransactionCheck... sets) {
        return new InterchangeCheck(null, control, "260101", "1200", note, "", false,
                List.of(new GroupCheck(null, Integer.toString(sets.length), List.of(), List.of(sets))));
    }

    @Test
    void aSetThe999RejectsIsARejection() {
        FileStructure structure = new FileStructure(List.of(interchange("000000001", InterchangeNoteCode.NO_ERROR,
                set("0001"), set("0002", SetErrorCode.SEGMENT_COUNT_MISMATCH))));
        assertTrue(structure.rejectsAny());
        assertEquals("999 rejected 1 of 2 transaction set(s)", structure.rejections());
    }

    @Test
    void anInterchangeTheTa1RejectsIsARejectionWhateverItsSets() {
        FileStructure structure = new FileStructure(List.of(interchange("000000002",
                InterchangeNoteCode.CONTROL_NUMBER_MISMATCH, set("0001"))));
        assertTrue(structure.rejectsAny());
        assertTrue(structure.rejections().startsWith("TA1 " + InterchangeNoteCode.CONTROL_NUMBER_MISMATCH.code()
                + " rejected interchange 000000002"), structure.rejections());
    }

    @Test
    void textAfterTheLastIeaIsNamedButRejectsNothing() {
        FileStructure structure = new FileStructure(List.of(interchange("000000003", InterchangeNoteCode.NO_ERROR,
                set("0001"))), false, "12 characters of text after the last IEA");
        assertFalse(structure.rejectsAny());
        assertEquals("12 characters of text after the last IEA", structure.rejections());
    }
}
