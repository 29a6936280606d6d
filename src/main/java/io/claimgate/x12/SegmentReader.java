package io.claimgate.x12;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Streams segments out of an X12 file with constant memory. Delimiters are taken from each ISA (a file may hold
 * several interchanges, each with its own). Whitespace between segments (CR/LF, as many senders add after the
 * terminator) and a leading UTF-8 byte-order mark are skipped; whitespace inside a segment is kept.
 *
 * <p>Read the file as ISO-8859-1 so that every byte maps to one char and is written back unchanged.
 */
public final class SegmentReader implements Closeable {

    private static final int MAX_SEGMENT = 1 << 20;

    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private Delimiters delimiters;
    private long position;
    private boolean expectIsa = true;
    private final StringBuilder text = new StringBuilder(256);
    private String trailing = "";

    public SegmentReader(Reader in) {
        this.in = in;
    }

    /** The delimiters of the interchange being read; null before the first ISA. */
    public Delimiters delimiters() {
        return delimiters;
    }

    /** Ordinal of the last segment returned (1-based over the whole file). */
    public long position() {
        return position;
    }

    /**
     * What followed the last IEA that is no interchange ("" when nothing did): how many characters, after which
     * segment, and the id-like start of it (only letters and digits, at most three: the rest may be patient data).
     * The reader stops there, so the interchanges before it are read as usual.
     */
    public String trailing() {
        return trailing;
    }

    /**
     * The next segment, or null at the end of the input.
     *
     * @throws X12FormatException when the input is not X12 where an ISA is expected, or a segment is not
     *     terminated before the end of the file.
     */
    public Segment next() throws IOException, X12FormatException {
        int c = skipWhitespace();
        if (c < 0) {
            return null;
        }
        if (expectIsa || startsWithIsa()) {
            return readIsa();
        }
        text.setLength(0);
        char terminator = delimiters.segment();
        while (true) {
            if (pos == limit && !fill()) {
                // Many files lose the last terminator (an editor trimmed it): accept a complete-looking IEA.
                String rest = text.toString().strip();
                if (rest.startsWith("IEA" + delimiters.element())) {
                    text.setLength(0);
                    text.append(rest);
                    break;
                }
                throw new X12FormatException("premature end of file inside segment " + preview()
                        + " (segment " + (position + 1) + ")", InterchangeNoteCode.PREMATURE_END_OF_FILE, "");
            }
            char ch = buf[pos++];
            if (ch == terminator) {
                break;
            }
            text.append(ch);
            if (text.length() > MAX_SEGMENT) {
                throw new X12FormatException("segment " + (position + 1) + " is longer than " + MAX_SEGMENT
                        + " characters: the segment terminator '" + terminator + "' is missing");
            }
        }
        String raw = text.toString();
        position++;
        Segment segment = new Segment(Segment.split(raw, delimiters.element()), raw, position);
        if (segment.is("IEA")) {
            expectIsa = true;
        }
        return segment;
    }

    /**
     * The id of the segment being read, for messages. Only the id: the rest may be patient data, and reasons end up
     * in logs.
     */
    private String preview() {
        int end = 0;
        while (end < text.length() && end < 3 && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return end == 0 ? "(no segment id)" : text.substring(0, end);
    }

    private boolean startsWithIsa() throws IOException {
        return ensure(4) && buf[pos] == 'I' && buf[pos + 1] == 'S' && buf[pos + 2] == 'A'
                && !Character.isLetterOrDigit(buf[pos + 3]) && (delimiters == null || buf[pos + 3] != delimiters.segment());
    }

    private Segment readIsa() throws IOException, X12FormatException {
        if (position > 0 && !startsWithIsa()) {
            return skipTrailing();
        }
        if (!ensure(Delimiters.ISA_LENGTH)) {
            if (position == 0) {
                throw new X12FormatException(ensure(3) && buf[pos] == 'I' && buf[pos + 1] == 'S' && buf[pos + 2] == 'A'
                        ? "the file ends inside its ISA header" : "the file does not start with an ISA interchange header");
            }
            return skipTrailing();
        }
        String isa = new String(buf, pos, Delimiters.ISA_LENGTH);
        if (!isa.startsWith("ISA")) {
            throw new X12FormatException("the file does not start with an ISA interchange header");
        }
        try {
            delimiters = Delimiters.fromIsa(isa);
        } catch (X12FormatException e) {
            throw e.answeredBy(e.ta1Note(), LooseIsa.read(isa));
        }
        pos += Delimiters.ISA_LENGTH;
        expectIsa = false;
        position++;
        String raw = isa.substring(0, Delimiters.ISA_LENGTH - 1);
        return new Segment(Segment.split(raw, delimiters.element()), raw, position);
    }

    /** Counts the characters after the last IEA that are no interchange, to the end of the input; returns null. */
    private Segment skipTrailing() throws IOException {
        ensure(3);
        int id = 0;
        while (id < 3 && pos + id < limit && Character.isLetterOrDigit(buf[pos + id])) {
            id++;
        }
        String start = new String(buf, pos, id);
        long count = limit - pos;
        while (fill()) {
            count += limit;
        }
        pos = limit;
        trailing = count + " characters after the last IEA (segment " + position + ") are no interchange"
                + (start.isEmpty() ? "" : ", starting '" + start + "'");
        return null;
    }

    private int skipWhitespace() throws IOException {
        while (true) {
            if (pos == limit && !fill()) {
                return -1;
            }
            char ch = buf[pos];
            // U+FEFF as a decoded BOM; "ï»¿" is the UTF-8 BOM read as ISO-8859-1.
            if (ch == '\r' || ch == '\n' || ch == ' ' || ch == '\t' || ch == '\uFEFF' || ch == '\u00EF'
                    && position == 0 && ensure(3) && buf[pos + 1] == '\u00BB' && buf[pos + 2] == '\u00BF') {
                pos += ch == '\u00EF' ? 3 : 1;
                continue;
            }
            return ch;
        }
    }

    /** Makes sure at least n characters are buffered; false at end of input with fewer left. */
    private boolean ensure(int n) throws IOException {
        while (limit - pos < n) {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                limit -= pos;
                pos = 0;
            }
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                return false;
            }
            limit += r;
        }
        return true;
    }

    private boolean fill() throws IOException {
        pos = 0;
        limit = 0;
        int r;
        do {
            r = in.read(buf, 0, buf.length);
        } while (r == 0);
        if (r < 0) {
            return false;
        }
        limit = r;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
