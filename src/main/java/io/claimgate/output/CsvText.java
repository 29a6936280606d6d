package io.claimgate.output;

import java.util.List;

/**
 * CSV as RFC 4180 writes it, for the console's exports: fields separated by commas, records ended by CRLF, a field
 * quoted when it holds a comma, a double quote, CR or LF (a quote doubled inside), or starts or ends with a space.
 * No CSV library is a dependency of claimgate and these few lines need none. Text is UTF-8 (the HTTP answer says so).
 * A field starting with =, +, - or @ is prefixed with an apostrophe so a spreadsheet shows it rather than running it
 * as a formula (the console's values are NPIs, rule ids, partner ids and numbers; a partner id is free text).
 */
public final class CsvText {

    private final StringBuilder text = new StringBuilder();

    /** Appends one record. Numbers are written as given (their toString). */
    public CsvText row(List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            Object f = fields.get(i);
            text.append(f instanceof Number ? f.toString() : field(f == null ? "" : f.toString()));
        }
        text.append("\r\n");
        return this;
    }

    public CsvText row(Object... fields) {
        return row(List.of(fields));
    }

    /** One text field, quoted where RFC 4180 needs it. */
    public static String field(String s) {
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0
                || !v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ');
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
