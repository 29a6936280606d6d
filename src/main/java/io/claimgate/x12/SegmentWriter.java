package io.claimgate.x12;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes segments with one interchange's delimiters, one segment a line, and counts them so that SE01 can be
 * written right. Raw segments from the input are written unchanged.
 */
public final class SegmentWriter {

    private final Writer out;
    private final Delimiters delimiters;
    private final String afterTerminator;
    private int counted;

    public SegmentWriter(Writer out, Delimiters delimiters) {
        this.out = out;
        this.delimiters = delimiters;
        // A newline after each terminator keeps files readable; not when the terminator is itself a line break.
        this.afterTerminator = delimiters.segment() == '\n' || delimiters.segment() == '\r' ? "" : "\n";
    }

    public Delimiters delimiters() {
        return delimiters;
    }

    public void write(String... elements) {
        writeRaw(Segment.join(delimiters, elements));
    }

    public void write(Segment segment) {
        writeRaw(segment.raw());
    }

    public void writeRaw(String raw) {
        try {
            out.write(raw);
            out.write(delimiters.segment());
            out.write(afterTerminator);
            counted++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Segments written since the last {@link #resetCount()}. */
    public int count() {
        return counted;
    }

    public void resetCount() {
        counted = 0;
    }

    /** Joins the components of a composite with this interchange's component separator. */
    public String composite(String... components) {
        int last = components.length - 1;
        while (last > 0 && (components[last] == null || components[last].isEmpty())) {
            last--;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= last; i++) {
            if (i > 0) {
                sb.append(delimiters.component());
            }
            if (components[i] != null) {
                sb.append(components[i]);
            }
        }
        return sb.toString();
    }
}
