package io.claimgate.x12;

import java.time.LocalDate;
import java.time.Year;

/** The X12 DT type: CCYYMMDD, a real calendar date (20230229 is not). */
public final class X12Date {

    private X12Date() {
    }

    /**
     * The date, or null when the text is not a real CCYYMMDD date. Read digit by digit rather than with a
     * {@code DateTimeFormatter}: the structure pass checks every DTP date on the single reading thread, and the
     * formatter's parse-and-resolve took about 5% of that thread in a profile of the 20,000-claim benchmark
     * (docs/architecture.md). Same answers: eight ASCII digits, month 1-12, day within the month, year 0000-9999.
     */
    public static LocalDate parse(String text) {
        if (text == null || text.length() != 8) {
            return null;
        }
        int value = 0;
        for (int i = 0; i < 8; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            value = value * 10 + (c - '0');
        }
        int year = value / 10_000;
        int month = value / 100 % 100;
        int day = value % 100;
        if (month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }
}
