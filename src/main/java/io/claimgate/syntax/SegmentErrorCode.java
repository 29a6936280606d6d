package io.claimgate.syntax;

import io.claimgate.x12.X12Code;

/** IK304, the segment syntax error code (X12 code list 620), for the errors claimgate reports. */
public enum SegmentErrorCode implements X12Code {

    UNRECOGNIZED_SEGMENT_ID("1", "Unrecognized segment ID"),
    UNEXPECTED_SEGMENT("2", "Unexpected segment"),
    REQUIRED_SEGMENT_MISSING("3", "Required Segment Missing"),
    LOOP_OVER_MAXIMUM("4", "Loop Occurs Over Maximum Times"),
    SEGMENT_OVER_MAXIMUM_USE("5", "Segment Exceeds Maximum Use"),
    SEGMENT_NOT_IN_SET("6", "Segment Not in Defined Transaction Set"),
    SEGMENT_OUT_OF_SEQUENCE("7", "Segment Not in Proper Sequence"),
    DATA_ELEMENT_ERRORS("8", "Segment Has Data Element Errors");

    private final Value value;

    SegmentErrorCode(String code, String text) {
        this.value = new Value(code, text);
    }

    @Override
    public Value value() {
        return value;
    }
}
