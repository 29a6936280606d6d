package io.claimgate.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    @Test
    void fieldsAreQuotedOnlyWhereRfc4180NeedsIt() {
        assertEquals("plain", CsvText.field("plain"));
        assertEquals("\"a,b\"", CsvText.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvText.field("say \"hi\""));
        assertEquals("\"two\r\nlines\"", CsvText.field("two\r\nlines"));
        assertEquals("\"one\nline\"", CsvText.field("one\nline"));
        assertEquals("\" padded \"", CsvText.field(" padded "));
        assertEquals("Clínica Ñandú 日本", CsvText.field("Clínica Ñandú 日本"));
        assertEquals("\"Clínica, 日本\"", CsvText.field("Clínica, 日本"));
        assertEquals("", CsvText.field(""));
    }

    @Test
    void aFormulaIsWrittenAsText() {
        assertEquals("'=HYPERLINK(1)", CsvText.field("=HYPERLINK(1)"));
        assertEquals("\"'=SUM(A1,B1)\"", CsvText.field("=SUM(A1,B1)"));
        assertEquals("'-5", CsvText.field("-5"));
    }

    @Test
    void recordsEndWithCrlfAndNumbersAreWrittenAsNumbers() {
        String csv = new CsvText().row("npi", "partner", "charges").row(Arrays.asList("1234567893", null,
                new BigDecimal("1015.50"))).row("1912301953", "CLINIC \"01\", east", -3).toString();
        assertEquals("npi,partner,charges\r\n1234567893,,1015.50\r\n1912301953,\"CLINIC \"\"01\"\", east\",-3\r\n",
                csv);
    }
}
