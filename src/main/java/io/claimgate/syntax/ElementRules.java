package io.claimgate.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 005010X222A1 element rules as data (SNIP 2): per loop and segment, each element and composite component with
 * its usage, type, length and code list, and the segment's syntax notes. Read from {@code 837p-005010X222A1.elements}
 * beside this class, generated from pyx12's map by {@code src/build/generate_elements.py} (BSD licence notice in
 * {@code NOTICE-pyx12.txt} beside it). Immutable; {@link #professional837()} loads it once per JVM.
 */
public final class ElementRules {

    /** One element or component: reference (e.g. "SV101-01"), position, component (0 for a simple element). */
    public record ElementRule(String reference, int position, int component, String dataElement, char usage,
            String type, int min, int max, Set<String> codes, String name) {

        boolean composite() {
            return type.equals("C");
        }

        /** "5" or "5:1", as IK401 writes it. */
        String ik4Position() {
            return component == 0 ? String.valueOf(position) : position + ":" + component;
        }
    }

    /** A syntax note: P paired, R at least one, E at most one, C if first then all, L if first then one more. */
    public record SyntaxNote(char kind, int[] positions) {
    }

    /**
     * One segment of a loop as the guide gives it; {@code qualifiers} are the codes of element 1 (or its first
     * component) that select it among the loop's same-id segments (empty when it is the only one). {@code elements}
     * is indexed by position (0 unused); {@code components} by position, then component (0 unused).
     */
    public record SegmentRule(String loop, String id, Set<String> qualifiers, List<SyntaxNote> notes,
            ElementRule[] elements, ElementRule[][] components, String name) {
    }

    private final Map<String, Map<String, SegmentRule[]>> byLoop;

    private ElementRules(Map<String, Map<String, SegmentRule[]>> byLoop) {
        this.byLoop = byLoop;
    }

    /** The same-id segments of a loop in guide order, or null when the loop has no such segment. */
    public SegmentRule[] segments(String loop, String segmentId) {
        Map<String, SegmentRule[]> segments = byLoop.get(loop);
        return segments == null ? null : segments.get(segmentId);
    }

    /** Element 1 of a segment id in whichever loop uses it (the same data element in every loop), or null. */
    public ElementRule firstElement(String segmentId) {
        for (Map<String, SegmentRule[]> segments : byLoop.values()) {
            SegmentRule[] rules = segments.get(segmentId);
            if (rules != null && rules[0].elements().length > 1) {
                return rules[0].elements()[1];
            }
        }
        return null;
    }

    private static final class Shared {
        static final ElementRules PROFESSIONAL_837 = load("837p-005010X222A1.elements");
    }

    /** The 005010X222A1 rules shipped with claimgate, loaded on first use and shared (they never change). */
    public static ElementRules professional837() {
        return Shared.PROFESSIONAL_837;
    }

    static ElementRules load(String resource) {
        try (InputStream in = ElementRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ElementRules parse(List<String> lines) {
        Map<String, Set<String>> lists = new HashMap<>();
        for (String line : lines) {
            if (line.startsWith("list ")) {
                String[] f = line.split("\\s+");
                lists.put(f[1], Set.of(java.util.Arrays.copyOfRange(f, 2, f.length)));
            }
        }
        Map<String, Map<String, List<Building>>> loops = new LinkedHashMap<>();
        Building current = null;
        for (String line : lines) {
            if (line.startsWith("seg ")) {
                String[] f = line.split("\\s+", 6);
                current = new Building(f[1], f[2], f[3], notes(f[4]), f.length > 5 ? f[5].strip() : "");
                loops.computeIfAbsent(f[1], k -> new LinkedHashMap<>()).computeIfAbsent(f[2], k -> new ArrayList<>())
                        .add(current);
            } else if (line.startsWith("el ")) {
                current.elements.add(element(line, lists));
            }
        }
        Map<String, Map<String, SegmentRule[]>> byLoop = new HashMap<>();
        loops.forEach((loop, segments) -> {
            Map<String, SegmentRule[]> built = new HashMap<>();
            segments.forEach((id, variants) -> built.put(id, variants.stream()
                    .map(b -> b.build(variants.size() > 1)).toArray(SegmentRule[]::new)));
            byLoop.put(loop, Map.copyOf(built));
        });
        return new ElementRules(Map.copyOf(byLoop));
    }

    private static ElementRule element(String line, Map<String, Set<String>> lists) {
        // el <loop> <seg> <variant> <ref> <de> <usage> <type> <min> <max> <codes> <name>
        String[] f = line.split("\\s+", 12);
        String ref = f[4];
        int dash = ref.indexOf('-');
        String designator = dash < 0 ? ref : ref.substring(0, dash);
        int position = Integer.parseInt(designator.substring(designator.length() - 2));
        int component = dash < 0 ? 0 : Integer.parseInt(ref.substring(dash + 1));
        Set<String> codes = f[10].equals("-") ? null
                : f[10].startsWith("@") ? lists.get(f[10].substring(1)) : Set.of(f[10].split(","));
        if (f[10].startsWith("@") && codes == null) {
            throw new IllegalStateException("no list " + f[10] + ": " + line);
        }
        return new ElementRule(ref, position, component, f[5], f[6].charAt(0), f[7], Integer.parseInt(f[8]),
                Integer.parseInt(f[9]), codes, f.length > 11 ? f[11].strip() : "");
    }

    private static List<SyntaxNote> notes(String field) {
        if (field.equals("-")) {
            return List.of();
        }
        List<SyntaxNote> notes = new ArrayList<>();
        for (String note : field.split(",")) {
            int[] positions = new int[(note.length() - 1) / 2];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = Integer.parseInt(note.substring(1 + 2 * i, 3 + 2 * i));
            }
            notes.add(new SyntaxNote(note.charAt(0), positions));
        }
        return List.copyOf(notes);
    }

    /** A segment rule being read. */
    private static final class Building {
        final String loop;
        final String id;
        final String variant;
        final List<SyntaxNote> notes;
        final String name;
        final List<ElementRule> elements = new ArrayList<>();

        Building(String loop, String id, String variant, List<SyntaxNote> notes, String name) {
            this.loop = loop;
            this.id = id;
            this.variant = variant;
            this.notes = notes;
            this.name = name;
        }

        SegmentRule build(boolean shared) {
            int count = elements.stream().mapToInt(ElementRule::position).max().orElse(0);
            ElementRule[] simple = new ElementRule[count + 1];
            ElementRule[][] components = new ElementRule[count + 1][];
            for (ElementRule e : elements) {
                if (e.component() == 0) {
                    simple[e.position()] = e;
                } else {
                    ElementRule[] c = components[e.position()];
                    int size = Math.max(e.component() + 1, c == null ? 0 : c.length);
                    c = c == null ? new ElementRule[size] : java.util.Arrays.copyOf(c, size);
                    c[e.component()] = e;
                    components[e.position()] = c;
                }
            }
            Set<String> qualifiers = shared && !variant.equals("*") ? Set.of(variant.split(",")) : Set.of();
            return new SegmentRule(loop, id, qualifiers, notes, simple, components, name);
        }
    }
}
