package io.claimgate.syntax;

import io.claimgate.syntax.ImplementationMap.Item;
import io.claimgate.syntax.ImplementationMap.LoopDef;
import io.claimgate.syntax.ImplementationMap.SegmentDef;
import io.claimgate.x12.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Checks one 837P transaction set against the implementation map, segment by segment, as it streams by (SNIP 1-2):
 * loop recognition with a stack of open loops, segment order, required segments and loops, maximum use and loop
 * repeats, the HL hierarchy, and element checks. Produces the IK3/IK4 errors of the set's 999.
 *
 * <p>Loop recognition is {@link LoopStack}'s; a segment it cannot place ahead is out of sequence (7) when it is
 * only found earlier in the open loop, else unexpected (2), or not in the transaction set at all (6), or not a
 * segment id (1).
 */
public final class TransactionValidator {

    /** Beyond this many IK3s a set's 999 would only repeat itself; the set is rejected either way. */
    static final int MAX_ERRORS = 200;
    private static final String LINE_LOOP = "2400";

    private final ImplementationMap map;
    private final ElementValidator elements;
    private final char component;
    private final List<SegmentError> errors = new ArrayList<>();
    private int errorCount;
    private final LoopStack loops;
    /** Reports the missing required items of each loop the stack closes; made once, not per segment. */
    private final Consumer<LoopStack.Frame> onClose = this::close;
    private long filePosition;
    private String claimId = "";
    /** The claim the loops a segment closes belong to: the one before it when the segment starts another. */
    private String closingClaimId = "";
    private int position;
    /** The 2400 loop open now has its DTP*472 (service date), which the guide requires on every line. */
    private boolean serviceDate;

    /**
     * The HL path open now: the last billing provider (20) and subscriber (22) ids, and the previous HL, whose HL04
     * is settled when the next HL shows whether it has a child. HL levels are written depth first, so this is all
     * the hierarchy check needs: memory does not grow with the number of levels.
     */
    private String providerId;
    private String subscriberId;
    private Segment previousHl;
    private String previousHlLoop;
    private int previousHlPosition;
    private int hlCount;

    public TransactionValidator(ImplementationMap map, char component) {
        this.map = map;
        this.elements = new ElementValidator(ElementRules.professional837());
        this.component = component;
        this.loops = new LoopStack(map.root());
    }

    /** Checks the next segment of the set (ST first, SE last). */
    public void segment(Segment s, long filePosition) {
        position++;
        this.filePosition = filePosition;
        closingClaimId = claimId;
        if (s.is("CLM")) {
            claimId = s.element(1);
        } else if (s.is("HL")) {
            claimId = "";
        }
        if (!segmentIdForm(s.id())) {
            error(s, loops.top().def.id(), SegmentErrorCode.UNRECOGNIZED_SEGMENT_ID, List.of());
            return;
        }
        if (position == 1) {
            return; // ST opens the root loop
        }
        if (!place(s)) {
            return;
        }
        if (s.is("HL")) {
            checkHierarchy(s);
        } else if (s.is("LX")) {
            serviceDate = false;
        } else if (s.is("DTP") && s.element(1).equals("472") && loops.top().def.id().equals(LINE_LOOP)) {
            serviceDate = true;
        }
        List<ElementError> elementErrors = elements.check(s, loops.top().def.id(), component);
        if (!elementErrors.isEmpty()) {
            error(s, loops.top().def.id(), SegmentErrorCode.DATA_ELEMENT_ERRORS, elementErrors);
        }
    }

    /** Finds where the segment belongs and moves the loop state there; false when it fits nowhere. */
    private boolean place(Segment s) {
        LoopStack.Frame in = loops.place(s, onClose);
        if (in != null) {
            if (in.current() instanceof SegmentDef seg && in.counts[in.pos] > seg.maxUse()) {
                error(s, in.def.id(), SegmentErrorCode.SEGMENT_OVER_MAXIMUM_USE, List.of());
            } else if (in.current() instanceof LoopDef loop && in.counts[in.pos] > loop.maxRepeat()) {
                error(s, loop.id(), SegmentErrorCode.LOOP_OVER_MAXIMUM, List.of());
            }
            return true;
        }
        LoopStack.Frame top = loops.top();
        int earlier = loops.earlierInTop(s);
        if (earlier >= 0) {
            top.counts[earlier]++; // present, only misplaced: not also "missing" when the loop closes
            error(s, top.def.id(), SegmentErrorCode.SEGMENT_OUT_OF_SEQUENCE, List.of());
            return false;
        }
        if (qualifierUnknownWhereIdExpected(s)) {
            String ref = elements.qualifierReference(s.id());
            error(s, top.def.id(), SegmentErrorCode.DATA_ELEMENT_ERRORS, List.of(new ElementError("1", ref,
                    s.element(1).isEmpty() ? ElementErrorCode.REQUIRED_MISSING : ElementErrorCode.INVALID_CODE_VALUE,
                    s.element(1))));
            return false;
        }
        error(s, top.def.id(), map.knows(s.id()) ? SegmentErrorCode.UNEXPECTED_SEGMENT
                : SegmentErrorCode.SEGMENT_NOT_IN_SET, List.of());
        return false;
    }

    /** A segment whose id is expected next in an open loop but whose qualifier (element 1) is no valid one there. */
    private boolean qualifierUnknownWhereIdExpected(Segment s) {
        for (LoopStack.Frame in = loops.top(); in != null; in = in.parent) {
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

    /**
     * A loop closes: each of its required segments and loops that never came is reported missing (3), in the name
     * of the claim they belonged to. A line (2400) whose dates hold no DTP*472 misses its service date the same way
     * as a line with no date at all: the map's one DTP position counts any qualifier.
     */
    private void close(LoopStack.Frame in) {
        List<Item> items = in.def.items();
        for (int i = 1; i < items.size(); i++) {
            Item item = items.get(i);
            boolean serviceDateMissing = in.def.id().equals(LINE_LOOP) && item instanceof SegmentDef d
                    && d.id().equals("DTP") && !serviceDate;
            String claim = in.def.id().startsWith("23") || in.def.id().startsWith("24") ? closingClaimId : "";
            if (in.counts[i] == 0 || serviceDateMissing) {
                if (item instanceof SegmentDef seg && seg.required()) {
                    errors(new SegmentError(seg.id(), position, filePosition, loopId(in.def.id()),
                            SegmentErrorCode.REQUIRED_SEGMENT_MISSING, List.of(), claim));
                } else if (item instanceof LoopDef loop && loop.required()) {
                    errors(new SegmentError(loop.hlCodes().isEmpty() ? loop.trigger().id() : "HL", position,
                            filePosition, loop.id(), SegmentErrorCode.REQUIRED_SEGMENT_MISSING, List.of(),
                            claim));
                }
            }
        }
    }

    /** IK303: the loop's id, none for the transaction's header (ST, BHT), which is in no loop. */
    private String loopId(String loop) {
        return loop.equals(map.root().id()) ? "" : loop;
    }

    /**
     * HL01 starts at 1 and goes up by one (TR3), HL02 names the open level of the parent kind (22 under the current
     * 20, 23 under the current 22, none for 20), and the previous HL's HL04 said whether this one is its child.
     */
    private void checkHierarchy(Segment hl) {
        String id = hl.element(1);
        String level = hl.element(3);
        String parent = hl.element(2);
        settlePreviousChildCode(parent.equals(previousHl == null ? null : previousHl.element(1)));
        List<ElementError> problems = new ArrayList<>();
        hlCount++;
        if (!id.equals(String.valueOf(hlCount))) {
            problems.add(new ElementError("1", "628",
                    id.isEmpty() ? ElementErrorCode.REQUIRED_MISSING : ElementErrorCode.INVALID_CODE_VALUE, id));
        }
        String expectedParent = switch (level) {
            case "20" -> "";
            case "22" -> providerId;
            case "23" -> subscriberId;
            default -> parent;
        };
        if (!parent.equals(expectedParent)) {
            problems.add(new ElementError("2", "734", parent.isEmpty() ? ElementErrorCode.REQUIRED_MISSING
                    : ElementErrorCode.INVALID_CODE_VALUE, parent));
        }
        if (level.equals("20")) {
            providerId = id;
            subscriberId = null;
        } else if (level.equals("22")) {
            subscriberId = id;
        }
        previousHl = hl;
        previousHlLoop = loops.top().def.id();
        previousHlPosition = position;
        if (!problems.isEmpty()) {
            error(hl, loops.top().def.id(), SegmentErrorCode.DATA_ELEMENT_ERRORS, problems);
        }
    }

    /** HL04 of the previous HL: 1 exactly when the HL that follows it is its child. */
    private void settlePreviousChildCode(boolean hasChild) {
        if (previousHl == null) {
            return;
        }
        String hl04 = previousHl.element(4);
        if (!hl04.isEmpty() && !hl04.equals(hasChild ? "1" : "0")) {
            errors(new SegmentError("HL", previousHlPosition, previousHl.position(), previousHlLoop,
                    SegmentErrorCode.DATA_ELEMENT_ERRORS,
                    List.of(new ElementError("4", "736", ElementErrorCode.INVALID_CODE_VALUE, hl04)), ""));
        }
    }

    /** Ends the set at SE (or where the trailer should have been): closes every loop and checks HL04. */
    public void end(long filePosition) {
        this.filePosition = filePosition;
        closingClaimId = claimId;
        loops.closeAll(onClose);
        settlePreviousChildCode(false);
    }

    private void error(Segment s, String loop, SegmentErrorCode code, List<ElementError> elementErrors) {
        errors(new SegmentError(s.id(), position, filePosition, loopId(loop), code, elementErrors, claimId));
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

    /**
     * [A-Z][A-Z0-9]{1,2}, checked by hand: a regex on every segment of the single-threaded structure pass showed in
     * the profile of the 20,000-claim benchmark (docs/architecture.md).
     */
    static boolean segmentIdForm(String id) {
        if (id.length() < 2 || id.length() > 3 || id.charAt(0) < 'A' || id.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
