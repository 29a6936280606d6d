package io.claimgate.syntax;

import io.claimgate.x12.X12Code;

/** AK905-AK909, the functional group syntax error code (X12 code list 716), for the errors claimgate reports. */
public enum GroupErrorCode implements X12Code {

    NOT_SUPPORTED("1", "Functional Group Not Supported"),
    VERSION_NOT_SUPPORTED("2", "Functional Group Version Not Supported"),
    TRAILER_MISSING("3", "Functional Group Trailer Missing"),
    CONTROL_NUMBER_MISMATCH("4", "Group Control Number in the Functional Group Header and Trailer Do Not Agree"),
    SET_COUNT_MISMATCH("5", "Number of Included Transaction Sets Does Not Match Actual Count"),
    CONTROL_NUMBER_SYNTAX("6", "Group Control Number Violates Syntax");

    private final Value value;

    GroupErrorCode(String code, String text) {
        this.value = new Value(code, text);
    }

    @Override
    public Value value() {
        return value;
    }
}
