package io.claimgate.syntax;

import io.claimgate.syntax.ImplementationMap.LoopDef;
import io.claimgate.x12.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells which implementation-guide loop each segment of a claim belongs to (2300, 2310A-F, 2320, 2330A-G, 2400,
 * 2410, 2420A-H, 2430, 2440), with the same {@link LoopStack} as {@link TransactionValidator} but no error
 * reporting: it runs on claims whose transaction set the 999 already accepted. Stateless; share one instance.
 */
public final class LoopRecognizer {

    private final LoopDef claimLoop;

    public LoopRecognizer(ImplementationMap map) {
        this.claimLoop = map.loop("2300");
    }

    /** One loop occurrence: its id and the index of its first segment; a new occurrence starts at each trigger. */
    public record Occurrence(String loopId, int start) {
    }

    /** The loop occurrences of a claim's segments (CLM first), in order; each runs until the next one starts. */
    public List<Occurrence> occurrences(List<Segment> segments) {
        List<Occurrence> out = new ArrayList<>();
        LoopStack loops = new LoopStack(claimLoop);
        out.add(new Occurrence(claimLoop.id(), 0));
        for (int s = 1; s < segments.size(); s++) {
            LoopStack.Frame in = loops.place(segments.get(s), closed -> { });
            if (in == null) {
                continue;
            }
            if (in.current() instanceof LoopDef child) {
                out.add(new Occurrence(child.id(), s));
            } else if (!out.get(out.size() - 1).loopId().equals(in.def.id())) {
                out.add(new Occurrence(in.def.id(), s)); // back in an enclosing loop after a child closed
            }
        }
        return out;
    }
}
