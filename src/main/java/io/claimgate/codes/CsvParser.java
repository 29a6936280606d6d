package io.claimgate.codes;

import java.util.ArrayList;
import java.util.List;

/**
 * Minimal RFC 4180 CSV parser: commas, double-quoted fields that may hold commas, doubled quotes and line breaks,
 * CRLF or LF row ends. Written here rather than pulling a CSV library because the CMS MUE files need exactly this
 * (a multi-line quoted copyright cell and a header cell with an embedded newline) and nothing more.
 */
final class CsvParser {

    private CsvParser() {
    }

    /** One parsed row with the 1-based line number it started on, for error messages. */
    record Row(int line, List<String> cells) {
        String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean rowHasContent = false;
        int line = 1;
        int rowStart = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    rowHasContent = true;
                }
                case ',' -> {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    rowHasContent = true;
                }
                case '\r' -> {
                    // part of CRLF; a lone CR is treated the same as the end of the row below
                    if (i + 1 >= n || text.charAt(i + 1) != '\n') {
                        rowStart = endRow(rows, cells, cell, rowHasContent, rowStart, ++line);
                        rowHasContent = false;
                    }
                }
                case '\n' -> {
                    rowStart = endRow(rows, cells, cell, rowHasContent, rowStart, ++line);
                    rowHasContent = false;
                }
                default -> {
                    cell.append(c);
                    rowHasContent = true;
                }
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("CSV ends inside a quoted field that started on line " + rowStart);
        }
        endRow(rows, cells, cell, rowHasContent || cell.length() > 0, rowStart, line);
        return rows;
    }

    private static int endRow(List<Row> rows, List<String> cells, StringBuilder cell, boolean hasContent,
            int rowStart, int nextLine) {
        if (hasContent) {
            cells.add(cell.toString());
            rows.add(new Row(rowStart, List.copyOf(cells)));
        }
        cells.clear();
        cell.setLength(0);
        return nextLine;
    }
}
