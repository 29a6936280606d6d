package io.claimgate.parse;

import io.claimgate.x12.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * One HL level of an 837P (2000A billing provider "20", 2000B subscriber "22", 2000C patient "23") with the
 * segments of its loop up to the next HL or CLM. Claims under the same level share one instance, which is how
 * writers know when a level changes.
 */
public record HierarchyLevel(Segment hl, List<Segment> segments) {

    public static final String BILLING_PROVIDER = "20";
    public static final String SUBSCRIBER = "22";
    public static final String PATIENT = "23";

    public HierarchyLevel(Segment hl) {
        this(hl, new ArrayList<>());
    }

    public String id() {
        return hl.element(1);
    }

    public String parentId() {
        return hl.element(2);
    }

    public String levelCode() {
        return hl.element(3);
    }

    /** The first segment of this level with the given id and qualifier, e.g. NM1*85; null when absent. */
    public Segment find(String id, String qualifier) {
        for (Segment s : segments) {
            if (s.is(id, qualifier)) {
                return s;
            }
        }
        return null;
    }
}
