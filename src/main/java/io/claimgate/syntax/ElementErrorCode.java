package io.claimgate.syntax;

import io.claimgate.x12.X12Code;

/** IK403, the implementation data element syntax error code (X12 code list 621), for the errors claimgate reports. */
public enum ElementErrorCode implements X12Code {

    REQUIRED_MISSING("1", "Required Data Element Missing"),
    CONDITIONAL_MISSING("2", "Conditional Required Data Element Missing"),
    TOO_MANY_ELEMENTS("3", "Too Many Data Elements"),
    TOO_SHORT("4", "Data Element Too Short"),
    TOO_LONG("5", "Data Element Too Long"),
    INVALID_CHARACTER("6", "Invalid Character In Data Element"),
    INVALID_CODE_VALUE("7", "Invalid Code Value"),
    INVALID_DATE("8", "Invalid Date"),
    INVALID_TIME("9", "Invalid Time"),
    EXCLUSION_VIOLATED("10", "Exclusion Condition Violated"),
    TOO_MANY_COMPONENTS("13", "Too Many Components"),
    NOT_USED_PRESENT("I10", "Implementation \"Not Used\" Data Element Present");

    private final Value value;

    ElementErrorCode(String code, String text) {
        this.value = new Value(code, text);
    }

    @Override
    public Value value() {
        return value;
    }
}
