package io.claimgate.x12;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** The X12 DT type: CCYYMMDD, a real calendar date (20230229 is not). */
public final class X12Date {

    private static final DateTimeFormatter CCYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private X12Date() {
    }

    /** The date, or null when the text is not a real CCYYMMDD date. */
    public static LocalDate parse(String text) {
        if (text == null || text.length() != 8) {
            return null;
        }
        try {
            return LocalDate.parse(text, CCYYMMDD);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
