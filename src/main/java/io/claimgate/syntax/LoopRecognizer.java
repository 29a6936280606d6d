package io.claimgate.syntax;

import io.claimgate.syntax.ImplementationMap.Item;
import io.claimgate.syntax.ImplementationMap.LoopDef;
import io.claimgate.syntax.ImplementationMap.SegmentDef;
import io.claimgate.x12.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells which implementation-guide loop each segment of a claim belongs to (2300, 2310A-F, 2320, 2330A-G, 2400,
 * 2410, 2420A-H, 2430, 2440), with the same forward matching as {@link TransactionValidator} but no error
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
        List<LoopDef> defs = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        defs.add(claimLoop);
        positions.add(0);
        out.add(new Occurrence(claimLoop.id(), 0));
        for (int s = 1; s < segments.size(); s++) {
            Segment segment = segments.get(s);
            placing:
            for (int level = defs.size() - 1; level >= 0; level--) {
                List<Item> items = defs.get(level).items();
                for (int i = Math.max(positions.get(level), 1); i < items.size(); i++) {
                    Item item = items.get(i);
                    boolean match = item instanceof SegmentDef seg ? seg.matches(segment)
                            : ((LoopDef) item).triggeredBy(segment);
                    if (match) {
                        while (defs.size() > level + 1) {
                            defs.remove(defs.size() - 1);
                            positions.remove(positions.size() - 1);
                        }
                        positions.set(level, i);
                        if (item instanceof LoopDef child) {
                            defs.add(child);
                            positions.add(0);
                            out.add(new Occurrence(child.id(), s));
                        } else if (level < defs.size() - 1 || !out.get(out.size() - 1).loopId()
                                .equals(defs.get(level).id())) {
                            out.add(new Occurrence(defs.get(level).id(), s));
                        }
                        break placing;
                    }
                }
            }
        }
        return out;
    }
}
