package io.claimgate.x12;

/** TA104, the interchange acknowledgment code (X12 code list I17). claimgate writes A and R. */
public enum InterchangeAcknowledgmentCode implements X12Code {

    ACCEPTED("A", "The Transmitted Interchange Control Structure Header and Trailer Have Been Received and Have No"
            + " Errors"),
    ACCEPTED_WITH_ERRORS("E", "The Transmitted Interchange Control Structure Header and Trailer Have Been Received and"
            + " Are Accepted But Errors Are Noted; the Sender Must Not Resend This Data"),
    REJECTED("R", "The Transmitted Interchange Control Structure Header and Trailer are Rejected Because of Errors");

    private final Value value;

    InterchangeAcknowledgmentCode(String code, String text) {
        this.value = new Value(code, text);
    }

    @Override
    public Value value() {
        return value;
    }
}
