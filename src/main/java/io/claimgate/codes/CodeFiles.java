package io.claimgate.codes;

import io.claimgate.x12.X12Date;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;

/**
 * Shared low-level helpers for the code-set loaders. The official files are large fixed-width ASCII/Latin-1 text,
 * so loaders work on the raw bytes of the whole file and only create Strings for the few columns they keep: that
 * is what keeps a full ICD-10-CM + HCPCS load well under a second.
 */
final class CodeFiles {

    private CodeFiles() {
    }

    /** Receives one line of a byte buffer: {@code [start, end)} without the CR/LF; {@code lineNo} is 1-based. */
    @FunctionalInterface
    interface LineHandler {
        void line(byte[] data, int start, int end, int lineNo);
    }

    /** Reads the whole file, decompressing it when it is gzip (detected by its magic bytes, not its name). */
    static byte[] readAll(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readAll(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Reads a stream fully; gzip content is detected by its two magic bytes so callers need not care. */
    static byte[] readAll(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            try (GZIPInputStream gz = new GZIPInputStream(in, 1 << 16)) {
                return gz.readAllBytes();
            }
        }
        return in.readAllBytes();
    }

    /** Reads a classpath resource next to this class; fails loudly because a missing resource is a build bug. */
    static byte[] resource(String name) {
        try (InputStream in = CodeFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource io/claimgate/codes/" + name);
            }
            return readAll(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + name, e);
        }
    }

    /**
     * Calls {@code handler} for every line, accepting LF or CRLF endings and a last line without one (the HCPCS file
     * ends with a blank record that has no CRLF).
     */
    static void forEachLine(byte[] data, LineHandler handler) {
        int n = data.length;
        int start = 0;
        int lineNo = 0;
        while (start < n) {
            int end = start;
            while (end < n && data[end] != '\n') {
                end++;
            }
            int next = end + 1;
            if (end > start && data[end - 1] == '\r') {
                end--;
            }
            handler.line(data, start, end, ++lineNo);
            start = next;
        }
    }

    /** True when {@code [from, to)} is within the line and only spaces. */
    /** A meaningful line of a simple list file: its 1-based number and its text without comment or padding. */
    record ListLine(int number, String text) {
    }

    /**
     * The lines of a simple list file (UTF-8, one entry a line, {@code #} starts a comment), without comments and
     * blank lines: the format of the licensed CPT list and of a plain place-of-service list.
     */
    static java.util.List<ListLine> listLines(byte[] content) {
        java.util.List<ListLine> out = new java.util.ArrayList<>();
        String[] lines = new String(content, java.nio.charset.StandardCharsets.UTF_8).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            line = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!line.isEmpty()) {
                out.add(new ListLine(i + 1, line));
            }
        }
        return out;
    }

    static boolean blank(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            if (data[i] != ' ' && data[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Column text {@code [from, to)} clipped to the line end, trimmed of spaces; never null. */
    static String field(byte[] data, int lineEnd, int from, int to) {
        int end = Math.min(to, lineEnd);
        int s = from;
        while (s < end && data[s] == ' ') {
            s++;
        }
        while (end > s && data[end - 1] == ' ') {
            end--;
        }
        return s >= end ? "" : new String(data, s, end - s, StandardCharsets.ISO_8859_1);
    }

    /**
     * Parses an 8-digit YYYYMMDD date at {@code from}; blank (or beyond the end of a short line) means "no date" and
     * gives null, because CMS leaves e.g. the termination date empty for live codes.
     */
    static LocalDate yyyymmdd(byte[] data, int lineEnd, int from, int lineNo) {
        if (from + 8 > lineEnd || blank(data, from, from + 8)) {
            return null;
        }
        return ccyymmdd(new String(data, from, 8, StandardCharsets.ISO_8859_1), lineNo);
    }

    /** Parses YYYYMMDD given as text (PTP tables); null for blank or "*" (the CMS "no data" marker). */
    static LocalDate yyyymmdd(String s, int lineNo) {
        String t = s.trim();
        if (t.isEmpty() || t.equals("*")) {
            return null;
        }
        return ccyymmdd(t, lineNo);
    }

    /** A CMS date column is the X12 DT form (CCYYMMDD): read by the one X12 date parser. */
    private static LocalDate ccyymmdd(String text, int lineNo) {
        LocalDate d = X12Date.parse(text);
        if (d == null) {
            throw new IllegalArgumentException("Line " + lineNo + ": bad date '" + text
                    + "' (want a real YYYYMMDD date)");
        }
        return d;
    }

    /** The first day of the month a release name gives, e.g. ("2026", "JUL"); empty for an unknown month. */
    static java.util.Optional<LocalDate> monthStart(String year, String threeLetters) {
        String mon = threeLetters.toUpperCase(java.util.Locale.ROOT);
        for (java.time.Month month : java.time.Month.values()) {
            if (month.name().startsWith(mon)) {
                return java.util.Optional.of(LocalDate.of(Integer.parseInt(year), month, 1));
            }
        }
        return java.util.Optional.empty();
    }

    /** File name without directory, for pattern matching and log messages. */
    static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    /** Milliseconds since {@code startNanos}, for the load-time log lines. */
    static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
