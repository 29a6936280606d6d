package io.claimgate.parse;

import io.claimgate.x12.Segment;
import java.util.List;

/**
 * One 2300 claim loop as split from the file, before Smooks parses its service lines: its context levels
 * (billing provider, subscriber, and the patient when it is not the subscriber), its claim-level segments
 * (CLM up to the first LX, including 2310x and 2320/2330x) and its service-line segments (the 2400 loops).
 */
public record RawClaim(
        TransactionHeader transaction,
        HierarchyLevel billingProvider,
        HierarchyLevel subscriber,
        HierarchyLevel patient,
        List<Segment> claimSegments,
        List<Segment> lineSegments) {

    public Segment clm() {
        return claimSegments.get(0);
    }

    /** CLM01, the submitter's patient control number: the claim id used in every output and log line. */
    public String id() {
        return clm().element(1);
    }

    /** Number of segments this claim contributes to its transaction set. */
    public int segmentCount() {
        return claimSegments.size() + lineSegments.size();
    }
}
