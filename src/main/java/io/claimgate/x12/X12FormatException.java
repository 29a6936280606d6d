package io.claimgate.x12;

/**
 * The input cannot be read as X12: no ISA, a malformed ISA, or bytes that are not segments. When the input does
 * start with an ISA that is malformed, {@link #ta1Note()} carries the TA1 note code that answers it (026 bad element
 * separator, 027 bad component separator, 004 bad segment terminator; 023 for a file that ends inside a segment) and
 * {@link #controlNumber()} the ISA13 as far as it could be read; otherwise the note is null, the control number
 * empty, and the file goes to error/.
 */
public class X12FormatException extends Exception {

    private final InterchangeNoteCode ta1Note;
    private final String controlNumber;
    private final InterchangeHeader looseHeader;

    public X12FormatException(String reason) {
        this(reason, null, "");
    }

    public X12FormatException(String reason, InterchangeNoteCode ta1Note, String controlNumber) {
        this(reason, ta1Note, controlNumber, null);
    }

    private X12FormatException(String reason, InterchangeNoteCode ta1Note, String controlNumber,
            InterchangeHeader looseHeader) {
        super(reason);
        this.ta1Note = ta1Note;
        this.controlNumber = controlNumber;
        this.looseHeader = looseHeader;
    }

    /** The TA1 note that answers this error, or null when the file goes to error/. */
    public InterchangeNoteCode ta1Note() {
        return ta1Note;
    }

    public String controlNumber() {
        return controlNumber;
    }

    /**
     * The malformed ISA's parties, date and time as far as they could be read (see {@link LooseIsa}), for the TA1
     * that answers it; null when there was no ISA to read.
     */
    public InterchangeHeader looseHeader() {
        return looseHeader;
    }

    /** A copy of this error naming the TA1 note, and the malformed ISA as far as it could be read. */
    public X12FormatException answeredBy(InterchangeNoteCode note, InterchangeHeader loose) {
        return new X12FormatException(getMessage(), note, loose.controlNumber(), loose);
    }
}
