package io.claimgate.syntax;

import io.claimgate.syntax.ImplementationMap.Item;
import io.claimgate.syntax.ImplementationMap.LoopDef;
import io.claimgate.syntax.ImplementationMap.SegmentDef;
import io.claimgate.x12.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks one 837P transaction set against the implementation map, segment by segment, as it streams by (SNIP 1-2):
 * loop recognition with a stack of open loops, segment order, required segments and loops, maximum use and loop
 * repeats, the HL hierarchy, and element checks. Produces the IK3/IK4 errors of the set's 999.
 *
 * <p>Loop recognition: a segment is looked for in the open loop at or after the last position used (a loop's own
 * first segment starts a new repetition, so it is looked for in the parent), then in each enclosing loop the same
 * way (which closes the loops in between); if it is only found earlier in the open loop it is out of sequence (7);
 * if nowhere, unexpected (2), or not in the transaction set at all (6), or not a segment id (1).
 */
public final class TransactionValidator {

    /** Beyond this many IK3s a set's 999 would only repeat itself; the set is rejected either way. */
    static final int MAX_ERRORS = 200;
    private static final Pattern SEGMENT_ID = Pattern.compile("[A-Z][A-Z0-9]{1,2}");

    private final ImplementationMap map;
    private final ElementValidator elements;
    private final char component;
    private final List<SegmentError> errors = new ArrayList<>();
    private int errorCount;
    private Instance top;
    private String claimId = "";
    private int position;

    /**
     * The HL path open now: the last billing provider (20) and subscriber (22) ids, and the previous HL, whose HL04
     * is settled when the next HL shows whether it has a child. HL levels are written depth first, so this is all
     * the hierarchy check needs: memory does not grow with the number of levels.
     */
    private String providerId;
    private String subscriberId;
    private Segment previousHl;
    private int previousHlPosition;
    private int hlCount;

    private static final class Instance {
        final LoopDef def;
        final Instance parent;
        final int[] counts;
        int pos;

        Instance(LoopDef def, Instance parent) {
            this.def = def;
            this.parent = parent;
            this.counts = new int[def.items().size()];
        }
    }

    public TransactionValidator(ImplementationMap map, char component) {
        this.map = map;
        this.elements = new ElementValidator(ElementRules.professional837());
        this.component = component;
        top = new Instance(map.root(), null);
    }

    /** Checks the next segment of the set (ST first, SE last). */
    public void segment(Segment s, long filePosition) {
        position++;
        if (s.is("CLM")) {
            claimId = s.element(1);
        } else if (s.is("HL")) {
            claimId = "";
        }
        if (!SEGMENT_ID.matcher(s.id()).matches()) {
            error(s, filePosition, top.def.id(), "1", List.of());
            return;
        }
        if (position == 1) {
            top.counts[0] = 1; // ST opens the root loop
            return;
        }
        if (!place(s, filePosition)) {
            return;
        }
        if (s.is("HL")) {
            checkHierarchy(s, filePosition);
        }
        List<ElementError> elementErrors = elements.check(s, top.def.id(), component);
        if (!elementErrors.isEmpty()) {
            error(s, filePosition, top.def.id(), "8", elementErrors);
        }
    }

    /** Finds where the segment belongs and moves the loop state there; false when it fits nowhere. */
    private boolean place(Segment s, long filePosition) {
        for (Instance in = top; in != null; in = in.parent) {
            int from = Math.max(in.pos, 1);
            List<Item> items = in.def.items();
            for (int i = from; i < items.size(); i++) {
                if (matches(items.get(i), s)) {
                    closeUpTo(in, s, filePosition);
                    use(in, i, s, filePosition);
                    return true;
                }
            }
        }
        List<Item> items = top.def.items();
        for (int i = 1; i < top.pos; i++) {
            if (matches(items.get(i), s)) {
                top.counts[i]++; // present, only misplaced: not also "missing" when the loop closes
                error(s, filePosition, top.def.id(), "7", List.of());
                return false;
            }
        }
        if (qualifierUnknownWhereIdExpected(s)) {
            String ref = elements.qualifierReference(s.id());
            error(s, filePosition, top.def.id(), "8",
                    List.of(new ElementError("1", ref, s.element(1).isEmpty() ? "1" : "7", s.element(1))));
            return false;
        }
        error(s, filePosition, top.def.id(), map.knows(s.id()) ? "2" : "6", List.of());
        return false;
    }

    /** A segment whose id is expected next in an open loop but whose qualifier (element 1) is no valid one there. */
    private boolean qualifierUnknownWhereIdExpected(Segment s) {
        for (Instance in = top; in != null; in = in.parent) {
            for (int i = Math.max(in.pos, 1); i < in.def.items().size(); i++) {
                Item item = in.def.items().get(i);
                SegmentDef def = item instanceof SegmentDef seg ? seg : ((LoopDef) item).trigger();
                if (def.id().equals(s.id()) && !def.qualifiers().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(Item item, Segment s) {
        return item instanceof SegmentDef seg ? seg.matches(s) : ((LoopDef) item).triggeredBy(s);
    }

    private void use(Instance in, int index, Segment s, long filePosition) {
        Item item = in.def.items().get(index);
        in.counts[index]++;
        in.pos = index;
        if (item instanceof SegmentDef seg) {
            if (in.counts[index] > seg.maxUse()) {
                error(s, filePosition, in.def.id(), "5", List.of());
            }
        } else {
            LoopDef loop = (LoopDef) item;
            if (in.counts[index] > loop.maxRepeat()) {
                error(s, filePosition, loop.id(), "4", List.of());
            }
            Instance child = new Instance(loop, in);
            child.counts[0] = 1;
            top = child;
        }
    }

    /** Closes the open loops above {@code keep}, reporting their missing required segments and loops. */
    private void closeUpTo(Instance keep, Segment next, long filePosition) {
        while (top != keep) {
            close(top, next, filePosition);
            top = top.parent;
        }
    }

    private void close(Instance in, Segment next, long filePosition) {
        List<Item> items = in.def.items();
        for (int i = 1; i < items.size(); i++) {
            if (in.counts[i] == 0) {
                Item item = items.get(i);
                if (item instanceof SegmentDef seg && seg.required()) {
                    errors(new SegmentError(seg.id(), position, filePosition, in.def.id(), "3", List.of(), claimId));
                } else if (item instanceof LoopDef loop && loop.required()) {
                    errors(new SegmentError(loop.hlCodes().isEmpty() ? loop.trigger().id() : "HL", position,
                            filePosition, loop.id(), "3", List.of(), claimId));
                }
            }
        }
    }

    /**
     * HL01 starts at 1 and goes up by one (TR3), HL02 names the open level of the parent kind (22 under the current
     * 20, 23 under the current 22, none for 20), and the previous HL's HL04 said whether this one is its child.
     */
    private void checkHierarchy(Segment hl, long filePosition) {
        String id = hl.element(1);
        String level = hl.element(3);
        String parent = hl.element(2);
        settlePreviousChildCode(parent.equals(previousHl == null ? null : previousHl.element(1)));
        List<ElementError> problems = new ArrayList<>();
        hlCount++;
        if (!id.equals(String.valueOf(hlCount))) {
            problems.add(new ElementError("1", "628", id.isEmpty() ? "1" : "7", id));
        }
        String expectedParent = switch (level) {
            case "20" -> "";
            case "22" -> providerId;
            case "23" -> subscriberId;
            default -> parent;
        };
        if (!parent.equals(expectedParent)) {
            problems.add(new ElementError("2", "734", parent.isEmpty() ? "1" : "7", parent));
        }
        if (level.equals("20")) {
            providerId = id;
            subscriberId = null;
        } else if (level.equals("22")) {
            subscriberId = id;
        }
        previousHl = hl;
        previousHlPosition = position;
        if (!problems.isEmpty()) {
            error(hl, filePosition, top.def.id(), "8", problems);
        }
    }

    /** HL04 of the previous HL: 1 exactly when the HL that follows it is its child. */
    private void settlePreviousChildCode(boolean hasChild) {
        if (previousHl == null) {
            return;
        }
        String hl04 = previousHl.element(4);
        if (!hl04.isEmpty() && !hl04.equals(hasChild ? "1" : "0")) {
            errors(new SegmentError("HL", previousHlPosition, previousHl.position(), "", "8",
                    List.of(new ElementError("4", "736", "7", hl04)), ""));
        }
    }

    /** Ends the set at SE (or where the trailer should have been): closes every loop and checks HL04. */
    public void end(long filePosition) {
        while (top.parent != null) {
            close(top, null, filePosition);
            top = top.parent;
        }
        close(top, null, filePosition);
        settlePreviousChildCode(false);
    }

    private void error(Segment s, long filePosition, String loop, String code, List<ElementError> elementErrors) {
        errors(new SegmentError(s.id(), position, filePosition, loop, code, elementErrors, claimId));
    }

    private void errors(SegmentError e) {
        errorCount++;
        if (errors.size() < MAX_ERRORS) {
            errors.add(e);
        }
    }

    public List<SegmentError> errors() {
        return errors;
    }

    /** Every error seen, including those beyond {@link #MAX_ERRORS}. */
    public int errorCount() {
        return errorCount;
    }
}
