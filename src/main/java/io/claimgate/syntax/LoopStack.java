package io.claimgate.syntax;

import io.claimgate.syntax.ImplementationMap.Item;
import io.claimgate.syntax.ImplementationMap.LoopDef;
import io.claimgate.syntax.ImplementationMap.SegmentDef;
import io.claimgate.x12.Segment;
import java.util.List;
import java.util.function.Consumer;

/**
 * The loops open at a point of a transaction set, innermost on top, and the one way segments are placed in them,
 * shared by {@link TransactionValidator} (which reports what does not fit) and {@link LoopRecognizer} (which only
 * names the loops): a segment is looked for in the open loop at or after the last position used (a loop's own
 * first segment, item 0, starts a new repetition, so it is looked for in the parent), then in each enclosing loop
 * the same way, which closes the loops in between.
 */
final class LoopStack {

    /** One open loop: its definition, the loop it is in, how often each of its items was used, the last used. */
    static final class Frame {
        final LoopDef def;
        final Frame parent;
        final int[] counts;
        int pos;

        private Frame(LoopDef def, Frame parent) {
            this.def = def;
            this.parent = parent;
            this.counts = new int[def.items().size()];
        }

        /** The item used last: a segment of this loop, or the child loop it opened. */
        Item current() {
            return def.items().get(pos);
        }
    }

    private Frame top;

    LoopStack(LoopDef root) {
        top = new Frame(root, null);
    }

    Frame top() {
        return top;
    }

    /**
     * Places the segment: closes the loops above the one it belongs to (handing each to {@code onClose}, innermost
     * first), counts it there and, when it is a loop's first segment, opens that loop.
     *
     * @return the frame whose item it is (see {@link Frame#current()}), or null when it fits nowhere ahead (the
     *     stack is then unchanged)
     */
    Frame place(Segment s, Consumer<Frame> onClose) {
        for (Frame in = top; in != null; in = in.parent) {
            List<Item> items = in.def.items();
            for (int i = Math.max(in.pos, 1); i < items.size(); i++) {
                if (matches(items.get(i), s)) {
                    while (top != in) {
                        onClose.accept(top);
                        top = top.parent;
                    }
                    in.counts[i]++;
                    in.pos = i;
                    if (items.get(i) instanceof LoopDef loop) {
                        top = new Frame(loop, in);
                    }
                    return in;
                }
            }
        }
        return null;
    }

    /** The index of an item of the open loop before its last used position that the segment matches, or -1. */
    int earlierInTop(Segment s) {
        List<Item> items = top.def.items();
        for (int i = 1; i < top.pos; i++) {
            if (matches(items.get(i), s)) {
                return i;
            }
        }
        return -1;
    }

    /** Closes every open loop, innermost first, the root last. */
    void closeAll(Consumer<Frame> onClose) {
        while (top.parent != null) {
            onClose.accept(top);
            top = top.parent;
        }
        onClose.accept(top);
    }

    static boolean matches(Item item, Segment s) {
        return item instanceof SegmentDef seg ? seg.matches(s) : ((LoopDef) item).triggeredBy(s);
    }
}
