package io.claimgate.syntax;

import io.claimgate.x12.X12Code;

/**
 * IK501, the transaction set acknowledgment code (X12 code list 717), and AK901, the functional group acknowledge
 * code (715): the same values, but P (partially accepted) is for AK901 only. claimgate writes A and R in IK501, A, P
 * and R in AK901.
 */
public enum AcknowledgmentCode implements X12Code {

    ACCEPTED("A", "Accepted"),
    ACCEPTED_WITH_ERRORS("E", "Accepted But Errors Were Noted"),
    REJECTED_MAC_FAILED("M", "Rejected, Message Authentication Code (MAC) Failed"),
    PARTIALLY_ACCEPTED("P", "Partially Accepted, At Least One Transaction Set Was Rejected"),
    REJECTED("R", "Rejected"),
    REJECTED_ASSURANCE_FAILED("W", "Rejected, Assurance Failed Validity Tests"),
    REJECTED_UNDECRYPTABLE("X", "Rejected, Content After Decryption Could Not Be Analyzed");

    private final Value value;

    AcknowledgmentCode(String code, String text) {
        this.value = new Value(code, text);
    }

    @Override
    public Value value() {
        return value;
    }
}
