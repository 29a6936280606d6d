package io.claimgate.ack;

import io.claimgate.x12.X12Code;
import java.util.Optional;

/** STC01-1, the claim status category codes a 277CA uses (code source 507), with the code list's text. */
public enum ClaimStatusCategory implements X12Code {

    ACCEPTED("A2", "Acknowledgement/Acceptance into adjudication system"),
    UNPROCESSABLE("A3", "Acknowledgement/Returned as unprocessable claim"),
    MISSING("A6", "Acknowledgement/Rejected for missing information"),
    INVALID("A7", "Acknowledgement/Rejected for invalid information"),
    RELATIONAL("A8", "Acknowledgement/Rejected for relational field in error");

    private final Value value;

    ClaimStatusCategory(String code, String text) {
        this.value = new Value(code, text);
    }

    @Override
    public Value value() {
        return value;
    }

    public static Optional<ClaimStatusCategory> of(String code) {
        return X12Code.byCode(ClaimStatusCategory.class, code);
    }
}
