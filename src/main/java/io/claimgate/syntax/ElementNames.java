package io.claimgate.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The guide's name of an element, for the plain-language report next to an IK4: "SV101-1 Product or Service ID
 * Qualifier". Names come from the element data file ({@code 837p-005010X222A1.elements}, its {@code el} lines:
 * {@code el <loop> <segment> <variant> <ref> <data element> <usage> <type> <min> <max> <codes> <name>}); without
 * it (or for an element it does not list) the name is the reference alone ("SV101-1"). A name is looked up by
 * loop first, because the guide names the same element per loop (NM103 is the billing provider's or the patient's
 * last name), then by segment.
 */
public final class ElementNames {

    static final String RESOURCE = "837p-005010X222A1.elements";

    private final Map<String, String> names;

    private ElementNames(Map<String, String> names) {
        this.names = names;
    }

    /** The names of 005010X222A1, from the element data file when it is on the class path. */
    public static ElementNames professional837() {
        try (InputStream in = ElementNames.class.getResourceAsStream(RESOURCE)) {
            return in == null ? new ElementNames(Map.of())
                    : read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Names from element data lines (other lines are skipped). */
    public static ElementNames read(Reader data) throws IOException {
        Map<String, String> names = new HashMap<>();
        BufferedReader lines = new BufferedReader(data);
        String line;
        while ((line = lines.readLine()) != null) {
            String[] f = line.strip().split("\\s+", 12);
            if (f.length < 12 || !f[0].equals("el") || !f[4].matches("[A-Z][A-Z0-9]{1,2}\\d{2}(-\\d{2})?")) {
                continue;
            }
            String position = position(f[4].substring(f[2].length()));
            if (position == null) {
                continue;
            }
            names.putIfAbsent(f[1] + " " + f[2] + " " + position, f[11].strip());
            names.putIfAbsent(f[2] + " " + position, f[11].strip());
        }
        return new ElementNames(Map.copyOf(names));
    }

    /**
     * "SV101-1 Product or Service ID Qualifier" for segment SV1, position "1:1" (IK4's form) in loop 2400; the
     * reference alone when no name is known.
     */
    public String describe(String loop, String segment, String position) {
        String[] parts = position.split(":");
        String ref = segment + (parts[0].length() == 1 ? "0" : "") + parts[0]
                + (parts.length > 1 ? "-" + parts[1] : "");
        String name = names.get(loop + " " + segment + " " + position);
        if (name == null) {
            name = names.get(segment + " " + position);
        }
        return name == null ? ref : ref + " " + name;
    }

    /** "01-02" to "1:2", "05" to "5"; null when not a reference. */
    private static String position(String digits) {
        String[] parts = digits.split("-");
        try {
            int element = Integer.parseInt(parts[0]);
            return parts.length == 1 ? String.valueOf(element) : element + ":" + Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
