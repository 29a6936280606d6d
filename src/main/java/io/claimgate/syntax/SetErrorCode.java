package io.claimgate.syntax;

import io.claimgate.x12.X12Code;

/**
 * IK502-IK506, the implementation transaction set syntax error code (X12 code list 618), for the errors claimgate
 * reports.
 */
public enum SetErrorCode implements X12Code {

    NOT_SUPPORTED("1", "Transaction Set Not Supported"),
    TRAILER_MISSING("2", "Trailer Missing"),
    CONTROL_NUMBER_MISMATCH("3", "Control Number in Header and Trailer Do Not Match"),
    SEGMENT_COUNT_MISMATCH("4", "Number of Included Segments Does Not Match Actual Content"),
    SEGMENTS_IN_ERROR("5", "One or More Segments in Error"),
    INVALID_CONTROL_NUMBER("7", "Missing or Invalid Transaction Set Control Number"),
    IMPLEMENTATION_NOT_SUPPORTED("I6", "Implementation Convention Not Supported");

    private final Value value;

    SetErrorCode(String code, String text) {
        this.value = new Value(code, text);
    }

    @Override
    public Value value() {
        return value;
    }
}
