package io.claimgate.x12;

/**
 * Reads what can be read of an ISA that is not the fixed-width 106 characters (a sender id one character short, a
 * missing element): its elements split on its fourth character. The TA1 that rejects it can then still name the
 * sender and receiver (the reply goes back to them) and echo ISA09/ISA10/ISA13 (TA101-TA103). A field that does not
 * look like what the reference allows there is replaced by a neutral value rather than echoed.
 */
public final class LooseIsa {

    private LooseIsa() {
    }

    /** The ISA's fields as far as they look right, with the standard delimiters for the reply. */
    public static InterchangeHeader read(CharSequence text) {
        String raw = text.toString();
        String[] parts = Segment.split(raw, raw.length() > 3 ? raw.charAt(3) : '*');
        String[] isa = {"ISA", "00", "", "00", "", "ZZ", "UNKNOWN", "ZZ", "CLAIMGATE", "", "", "^", "00501",
                "000000000", "0", "P", ":"};
        keep(parts, isa, 5, "[0-9A-Z]{2}");
        keep(parts, isa, 6, "[^\\s].{0,14}");
        keep(parts, isa, 7, "[0-9A-Z]{2}");
        keep(parts, isa, 8, "[^\\s].{0,14}");
        keep(parts, isa, 9, "\\d{6}");
        keep(parts, isa, 10, "\\d{4}");
        keep(parts, isa, 13, "\\d{1,9}");
        keep(parts, isa, 15, "[PTI]");
        return new InterchangeHeader(new Segment(isa, "", 0), Delimiters.STANDARD);
    }

    private static void keep(String[] parts, String[] isa, int i, String pattern) {
        if (i < parts.length && parts[i].strip().matches(pattern)) {
            isa[i] = parts[i].strip();
        }
    }
}
