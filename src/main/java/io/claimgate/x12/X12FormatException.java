package io.claimgate.x12;

/**
 * The input cannot be read as X12: no ISA, a malformed ISA, or bytes that are not segments. When the input does
 * start with an ISA that is malformed, {@link #ta1Note()} carries the TA1 note code that answers it (026 bad element
 * separator, 027 bad component separator, 004 bad segment terminator) and {@link #controlNumber()} the ISA13 as
 * far as it could be read; otherwise both are empty and the file goes to error/.
 */
public class X12FormatException extends Exception {

    private final String ta1Note;
    private final String controlNumber;

    public X12FormatException(String reason) {
        this(reason, "", "");
    }

    public X12FormatException(String reason, String ta1Note, String controlNumber) {
        super(reason);
        this.ta1Note = ta1Note;
        this.controlNumber = controlNumber;
    }

    public String ta1Note() {
        return ta1Note;
    }

    public String controlNumber() {
        return controlNumber;
    }

    /** A copy of this error naming the TA1 note and ISA13 that answer it. */
    public X12FormatException answeredBy(String note, String isa13) {
        return new X12FormatException(getMessage(), note, isa13);
    }
}
