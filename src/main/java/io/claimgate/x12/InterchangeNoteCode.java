package io.claimgate.x12;

/**
 * TA105, the interchange note code (X12 code list I18), for the notes claimgate writes. Texts are those of the code
 * list (reference §5.4). {@link #NO_ERROR} acknowledges the interchange, every other note rejects it.
 */
public enum InterchangeNoteCode implements X12Code {

    NO_ERROR("000", "No error"),
    CONTROL_NUMBER_MISMATCH("001", "Interchange Control Number in Header and Trailer Do Not Match"),
    VERSION_NOT_SUPPORTED("003", "Version of the controls not supported"),
    INVALID_SEGMENT_TERMINATOR("004", "Segment Terminator is Invalid"),
    INVALID_SENDER_QUALIFIER("005", "Invalid Interchange ID Qualifier for Sender"),
    INVALID_SENDER_ID("006", "Invalid Interchange Sender ID"),
    INVALID_RECEIVER_QUALIFIER("007", "Invalid Interchange ID Qualifier for Receiver"),
    INVALID_RECEIVER_ID("008", "Invalid Interchange Receiver ID"),
    INVALID_AUTHORIZATION_QUALIFIER("010", "Invalid Authorization Information Qualifier Value"),
    INVALID_SECURITY_QUALIFIER("012", "Invalid Security Information Qualifier Value"),
    INVALID_DATE("014", "Invalid Interchange Date Value"),
    INVALID_TIME("015", "Invalid Interchange Time Value"),
    INVALID_VERSION_ID("017", "Invalid Interchange Version ID Value"),
    INVALID_CONTROL_NUMBER("018", "Invalid Interchange Control Number Value"),
    INVALID_ACKNOWLEDGMENT_REQUESTED("019", "Invalid Acknowledgement Requested Value"),
    INVALID_TEST_INDICATOR("020", "Invalid Test Indicator Value"),
    INVALID_GROUP_COUNT("021", "Invalid Number of Included Groups Value"),
    PREMATURE_END_OF_FILE("023", "Improper (Premature) End-of-File"),
    INVALID_CONTENT("024", "Invalid Interchange Content"),
    DUPLICATE_CONTROL_NUMBER("025", "Duplicate Interchange Control Numbers"),
    INVALID_ELEMENT_SEPARATOR("026", "Invalid Data Element Separator"),
    INVALID_COMPONENT_SEPARATOR("027", "Invalid Component Element Separator");

    private final Value value;

    InterchangeNoteCode(String code, String text) {
        this.value = new Value(code, text);
    }

    @Override
    public Value value() {
        return value;
    }

    /** TA104 for a TA1 carrying this note: accepted for 000, rejected for any error. */
    public InterchangeAcknowledgmentCode acknowledgment() {
        return this == NO_ERROR ? InterchangeAcknowledgmentCode.ACCEPTED : InterchangeAcknowledgmentCode.REJECTED;
    }
}
