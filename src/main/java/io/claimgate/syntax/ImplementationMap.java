package io.claimgate.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 837P implementation guide as data: loops with their triggers and repeat limits, segments in order with usage
 * and maximum use (element checks are in {@link ElementRules}). Read from {@code 837p-005010X222A1.map} beside this class (the format is
 * described at the top of that file). Immutable once loaded; load it once and share it.
 */
public final class ImplementationMap {

    /** A segment slot in a loop: id, optional qualifiers in element 1, required or situational, max use. */
    public record SegmentDef(String id, Set<String> qualifiers, boolean required, int maxUse) implements Item {
        boolean matches(io.claimgate.x12.Segment s) {
            return s.id().equals(id) && (qualifiers.isEmpty() || qualifiers.contains(s.element(1)));
        }
    }

    /** A loop: its first segment (the trigger), repeat limit (MAX_VALUE for ">1"), usage and items in order. */
    public record LoopDef(String id, int maxRepeat, boolean required, SegmentDef trigger, Set<String> hlCodes,
            List<Item> items) implements Item {
        boolean triggeredBy(io.claimgate.x12.Segment s) {
            if (!hlCodes.isEmpty()) {
                return s.id().equals("HL") && hlCodes.contains(s.element(3));
            }
            return trigger.matches(s);
        }
    }

    /** A loop or a segment, in the order the guide gives them. */
    public sealed interface Item permits SegmentDef, LoopDef {
    }

    private final LoopDef root;
    private final Set<String> segmentIds;

    private ImplementationMap(LoopDef root, Set<String> segmentIds) {
        this.root = root;
        this.segmentIds = segmentIds;
    }

    public LoopDef root() {
        return root;
    }

    /** The first loop with this id, depth first (2300 is defined once and used under 2000B and 2000C). */
    public LoopDef loop(String id) {
        LoopDef found = find(root, id);
        if (found == null) {
            throw new IllegalArgumentException("no loop " + id);
        }
        return found;
    }

    private static LoopDef find(LoopDef loop, String id) {
        if (loop.id().equals(id)) {
            return loop;
        }
        for (Item item : loop.items()) {
            if (item instanceof LoopDef child) {
                LoopDef f = find(child, id);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /** True when the segment id is used somewhere in the transaction set. */
    public boolean knows(String segmentId) {
        return segmentIds.contains(segmentId);
    }

    /** Loads the 005010X222A1 map shipped with claimgate. */
    public static ImplementationMap professional837() {
        try (InputStream in = ImplementationMap.class.getResourceAsStream("837p-005010X222A1.map")) {
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImplementationMap parse(List<String> lines) {
        // First pass: split "define" blocks out so that "use" can inline them.
        Map<String, List<String>> defines = new HashMap<>();
        List<String> main = new ArrayList<>();
        List<String> current = main;
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("define ")) {
                current = new ArrayList<>();
                defines.put(t.substring(7).strip(), current);
            } else {
                current.add(line);
            }
        }
        List<String> expanded = expand(main, defines, 0);
        Set<String> ids = new HashSet<>();
        int[] at = {0};
        LoopDef root = loop(expanded, at, -1, ids);
        return new ImplementationMap(root, Set.copyOf(ids));
    }

    private static List<String> expand(List<String> lines, Map<String, List<String>> defines, int depth) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith("use ")) {
                int indent = indent(line);
                for (String d : expand(defines.get(t.substring(4).strip()), defines, depth + 1)) {
                    out.add(" ".repeat(indent - 2) + d);
                }
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Parses the loop whose header is at {@code at[0]} and its indented body. */
    private static LoopDef loop(List<String> lines, int[] at, int parentIndent, Set<String> ids) {
        String header = lines.get(at[0]);
        int indent = indent(header);
        String[] f = header.strip().split("\\s+");
        String id = f[1];
        int max = f[2].equals(">1") ? Integer.MAX_VALUE : Integer.parseInt(f[2]);
        boolean required = f[3].equals("R");
        String trigger = f[4];
        Set<String> hlCodes = trigger.startsWith("HL:") ? Set.of(trigger.substring(3).split("\\|")) : Set.of();
        SegmentDef triggerDef = hlCodes.isEmpty() ? segment(trigger, true, 1) : new SegmentDef("HL", Set.of(), true, 1);
        List<Item> items = new ArrayList<>();
        at[0]++;
        while (at[0] < lines.size() && indent(lines.get(at[0])) > indent) {
            String[] g = lines.get(at[0]).strip().split("\\s+");
            if (g[0].equals("seg")) {
                SegmentDef s = segment(g[1], g[2].equals("R"), Integer.parseInt(g[3]));
                ids.add(s.id());
                items.add(s);
                at[0]++;
            } else if (g[0].equals("loop")) {
                items.add(loop(lines, at, indent, ids));
            } else {
                throw new IllegalArgumentException("bad map line: " + lines.get(at[0]));
            }
        }
        return new LoopDef(id, max, required, triggerDef, hlCodes, List.copyOf(items));
    }

    private static SegmentDef segment(String spec, boolean required, int max) {
        int colon = spec.indexOf(':');
        String id = colon < 0 ? spec : spec.substring(0, colon);
        Set<String> qualifiers = colon < 0 ? Set.of() : Set.of(spec.substring(colon + 1).split("\\|"));
        return new SegmentDef(id, qualifiers, required, max);
    }
}
