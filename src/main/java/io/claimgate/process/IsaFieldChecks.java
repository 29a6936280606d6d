package io.claimgate.process;

import io.claimgate.x12.InterchangeNoteCode;
import io.claimgate.x12.Segment;
import io.claimgate.x12.X12Date;
import io.claimgate.x12.X12Time;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The field checks of an ISA that was read (reference §5.4's TA1 notes 003, 005-008, 010, 012, 014, 015, 017-020):
 * each problem is handed to {@code ta1} with its note and a reason; the scanner keeps the first.
 */
final class IsaFieldChecks {

    private static final Set<String> ID_QUALIFIERS = Set.of("01", "14", "20", "27", "28", "29", "30", "33", "ZZ");

    private IsaFieldChecks() {
    }

    static void check(Segment isa, BiConsumer<InterchangeNoteCode, String> ta1) {
        // The version first: another version's fields are not ours to judge.
        if (!isa.element(12).matches("\\d{5}")) {
            ta1.accept(InterchangeNoteCode.INVALID_VERSION_ID, "ISA12 version '" + isa.element(12) + "' is not valid");
        } else if (!isa.element(12).equals("00501")) {
            ta1.accept(InterchangeNoteCode.VERSION_NOT_SUPPORTED,
                    "interchange version " + isa.element(12)
                    + " is not supported: claimgate reads only 837P professional claims, 005010X222A1, in version"
                    + " 00501 interchanges");
        }
        if (!isa.element(1).equals("00") && !isa.element(1).equals("03")) {
            ta1.accept(InterchangeNoteCode.INVALID_AUTHORIZATION_QUALIFIER,
                    "ISA01 authorization qualifier '" + isa.element(1) + "' is not 00 or 03");
        }
        if (!isa.element(3).equals("00") && !isa.element(3).equals("01")) {
            ta1.accept(InterchangeNoteCode.INVALID_SECURITY_QUALIFIER,
                    "ISA03 security qualifier '" + isa.element(3) + "' is not 00 or 01");
        }
        if (!ID_QUALIFIERS.contains(isa.element(5))) {
            ta1.accept(InterchangeNoteCode.INVALID_SENDER_QUALIFIER,
                    "ISA05 sender id qualifier '" + isa.element(5) + "' is not valid");
        }
        if (isa.element(6).isBlank()) {
            ta1.accept(InterchangeNoteCode.INVALID_SENDER_ID, "ISA06 sender id is blank");
        }
        if (!ID_QUALIFIERS.contains(isa.element(7))) {
            ta1.accept(InterchangeNoteCode.INVALID_RECEIVER_QUALIFIER,
                    "ISA07 receiver id qualifier '" + isa.element(7) + "' is not valid");
        }
        if (isa.element(8).isBlank()) {
            ta1.accept(InterchangeNoteCode.INVALID_RECEIVER_ID, "ISA08 receiver id is blank");
        }
        if (!isa.element(9).matches("\\d{6}") || X12Date.parse("20" + isa.element(9)) == null) {
            ta1.accept(InterchangeNoteCode.INVALID_DATE,
                    "ISA09 interchange date '" + isa.element(9) + "' is not a valid YYMMDD date");
        }
        if (!isa.element(10).matches("\\d{4}") || !X12Time.valid(isa.element(10))) {
            ta1.accept(InterchangeNoteCode.INVALID_TIME,
                    "ISA10 interchange time '" + isa.element(10) + "' is not a valid HHMM time");
        }
        if (!isa.element(13).matches("\\d{9}")) {
            ta1.accept(InterchangeNoteCode.INVALID_CONTROL_NUMBER,
                    "ISA13 control number '" + isa.element(13) + "' is not nine digits");
        }
        if (!isa.element(14).equals("0") && !isa.element(14).equals("1")) {
            ta1.accept(InterchangeNoteCode.INVALID_ACKNOWLEDGMENT_REQUESTED,
                    "ISA14 acknowledgment requested '" + isa.element(14) + "' is not 0 or 1");
        }
        if (!Set.of("P", "T", "I").contains(isa.element(15))) {
            ta1.accept(InterchangeNoteCode.INVALID_TEST_INDICATOR,
                    "ISA15 usage indicator '" + isa.element(15) + "' is not P or T");
        }
    }
}
