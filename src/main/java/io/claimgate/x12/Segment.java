package io.claimgate.x12;

import java.util.ArrayList;
import java.util.List;

/**
 * One X12 segment as read: its elements (index 0 is the segment id, so {@code element(1)} is the first data
 * element, matching the X12 reference designators), the raw text between terminators, and its ordinal in the
 * file (1 = the first ISA), which reports use as "position".
 */
public record Segment(String[] elements, String raw, long position) {

    public String id() {
        return elements[0];
    }

    /** The n-th data element (1-based), or "" when absent. */
    public String element(int n) {
        return n < elements.length ? elements[n] : "";
    }

    public boolean is(String id) {
        return elements[0].equals(id);
    }

    /** True for a segment such as {@code DTP*472} or {@code NM1*85}: the id and first element match. */
    public boolean is(String id, String qualifier) {
        return elements[0].equals(id) && element(1).equals(qualifier);
    }

    public int elementCount() {
        return elements.length - 1;
    }

    /** The components of a composite element, split on the component separator; empty list when absent. */
    public List<String> components(int n, char componentSeparator) {
        return splitComponents(element(n), componentSeparator);
    }

    public static List<String> splitComponents(String value, char separator) {
        List<String> parts = new ArrayList<>(4);
        if (value.isEmpty()) {
            return parts;
        }
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == separator) {
                parts.add(value.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(value.substring(start));
        return parts;
    }

    /** Splits raw segment text on the element separator, keeping empty elements (positions matter in X12). */
    public static String[] split(String raw, char elementSeparator) {
        int count = 1;
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == elementSeparator) {
                count++;
            }
        }
        String[] parts = new String[count];
        int start = 0;
        int k = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == elementSeparator) {
                parts[k++] = raw.substring(start, i);
                start = i + 1;
            }
        }
        parts[k] = raw.substring(start);
        return parts;
    }

    /** Builds a segment from elements, for writing (position 0: not from a file). */
    public static Segment of(Delimiters d, String... elements) {
        return new Segment(elements, join(d, elements), 0);
    }

    /** Joins elements with the element separator, dropping trailing empty elements as X12 requires. */
    public static String join(Delimiters d, String... elements) {
        int last = elements.length - 1;
        while (last > 0 && (elements[last] == null || elements[last].isEmpty())) {
            last--;
        }
        StringBuilder sb = new StringBuilder(64);
        for (int i = 0; i <= last; i++) {
            if (i > 0) {
                sb.append(d.element());
            }
            if (elements[i] != null) {
                sb.append(elements[i]);
            }
        }
        return sb.toString();
    }

    /** A copy with some elements replaced (used to renumber HL and control numbers). */
    public Segment withElement(Delimiters d, int n, String value) {
        String[] copy = java.util.Arrays.copyOf(elements, Math.max(elements.length, n + 1));
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null) {
                copy[i] = "";
            }
        }
        copy[n] = value;
        return new Segment(copy, join(d, copy), position);
    }

    @Override
    public String toString() {
        return raw;
    }
}
