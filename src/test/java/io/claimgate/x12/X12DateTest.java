package io.claimgate.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

class X12DateTest {

    /** What X12Date used before it read digits itself: the answers must not change. */
    private static final DateTimeFormatter STRICT =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private static LocalDate formatter(String text) {
        if (text == null || text.length() != 8) {
            return null;
        }
        try {
            return LocalDate.parse(text, STRICT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Test
    void realDatesAndLeapDays() {
        assertEquals(LocalDate.of(2024, 2, 29), X12Date.parse("20240229"));
        assertEquals(LocalDate.of(2000, 2, 29), X12Date.parse("20000229"));
        assertEquals(LocalDate.of(1999, 12, 31), X12Date.parse("19991231"));
        assertNull(X12Date.parse("20230229"));
        assertNull(X12Date.parse("19000229"));
        assertNull(X12Date.parse("20230431"));
    }

    @Test
    void sameAnswersAsTheStrictFormatterForEveryDayOfMonthAndTheOddCases() {
        int compared = 0;
        for (int year : new int[] {0, 4, 1600, 1899, 1900, 1996, 2000, 2023, 2024, 2100, 9999}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String text = String.format("%04d%02d%02d", year, month, day);
                    assertEquals(formatter(text), X12Date.parse(text), text);
                    compared++;
                }
            }
        }
        for (String odd : List.of("", "2024010", "202401011", "2024-1-1", "+0240101", "-0240101", "2024O101",
                "２０２４０１０１", "2024 101", "00000101", "99991231")) {
            assertEquals(formatter(odd), X12Date.parse(odd), odd);
        }
        assertNull(X12Date.parse(null));
        assertEquals(11 * 14 * 33, compared);
    }
}
