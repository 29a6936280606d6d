package io.claimgate.x12;

/**
 * The four X12 delimiters of one interchange. In 5010 they are declared by the ISA segment itself:
 * the element separator is its 4th character, the repetition separator ISA11, the component separator
 * ISA16 and the segment terminator the character right after ISA16 (reference §1.2).
 */
public record Delimiters(char element, char component, char repetition, char segment) {

    /** The delimiters most files use; also what synthetic files and acknowledgments default to. */
    public static final Delimiters STANDARD = new Delimiters('*', ':', '^', '~');

    /** Fixed length of an ISA segment including its terminator. */
    public static final int ISA_LENGTH = 106;

    /**
     * Reads the delimiters from the first 106 characters of an interchange.
     *
     * @throws X12FormatException when the text is not a well-formed fixed-width ISA: the element separator must
     *     occur exactly 16 times before ISA16 and the delimiters must be distinct (TA1 notes 026/027 later).
     */
    public static Delimiters fromIsa(CharSequence isa) throws X12FormatException {
        if (isa.length() < ISA_LENGTH || !"ISA".contentEquals(isa.subSequence(0, 3))) {
            throw new X12FormatException("the file does not start with an ISA interchange header");
        }
        char element = isa.charAt(3);
        int separators = 0;
        for (int i = 0; i < ISA_LENGTH - 1; i++) {
            if (isa.charAt(i) == element) {
                separators++;
            }
        }
        if (Character.isLetterOrDigit(element) || separators != 16 || isa.charAt(103) != element) {
            throw new X12FormatException("the ISA segment is not 106 characters with 16 element separators",
                    InterchangeNoteCode.INVALID_ELEMENT_SEPARATOR, "");
        }
        Delimiters d = new Delimiters(element, isa.charAt(104), isa.charAt(82), isa.charAt(105));
        if (Character.isLetterOrDigit(d.segment()) || d.segment() == element) {
            throw new X12FormatException("the ISA segment terminator '" + d.segment() + "' is not a delimiter",
                    InterchangeNoteCode.INVALID_SEGMENT_TERMINATOR, "");
        }
        if (Character.isLetterOrDigit(d.component()) || d.component() == element || d.component() == d.segment()) {
            throw new X12FormatException("the ISA component separator '" + d.component() + "' is not a delimiter",
                    InterchangeNoteCode.INVALID_COMPONENT_SEPARATOR, "");
        }
        return d;
    }

    /**
     * The TA1 note for an ISA11 repetition separator that repeats another delimiter (all four must differ, reference
     * §1.2: a repeated delimiter makes the data ambiguous), or null when it is distinct. An alphanumeric ISA11 (4010's
     * standards identifier "U") is no separator and judged by the version check instead. X12 has no TA1 note for the
     * repetition separator itself: the note names the delimiter it collides with.
     */
    public InterchangeNoteCode repetitionClash() {
        if (Character.isLetterOrDigit(repetition)) {
            return null;
        }
        if (repetition == component) {
            return InterchangeNoteCode.INVALID_COMPONENT_SEPARATOR;
        }
        if (repetition == element) {
            return InterchangeNoteCode.INVALID_ELEMENT_SEPARATOR;
        }
        return repetition == segment ? InterchangeNoteCode.INVALID_SEGMENT_TERMINATOR : null;
    }

    /** True when ISA11 is a real repetition separator (5010) rather than a standards identifier such as 'U'. */
    public boolean hasRepetitionSeparator() {
        return !Character.isLetterOrDigit(repetition) && repetition != element && repetition != segment
                && repetition != component;
    }
}
