package io.claimgate.syntax;

import java.util.List;

/**
 * One 999 IK3 (segment in error) with its IK4 element errors. {@code position} is the segment's ordinal in its
 * transaction set (ST = 1); {@code filePosition} its ordinal in the file; {@code claimId} the CLM01 of the claim it
 * belongs to (the 999 CTX business unit), or "".
 */
public record SegmentError(String segmentId, int position, long filePosition, String loopId, SegmentErrorCode code,
        List<ElementError> elements, String claimId) {
}
