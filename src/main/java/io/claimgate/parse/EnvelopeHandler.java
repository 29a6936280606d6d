package io.claimgate.parse;

import io.claimgate.x12.InterchangeHeader;
import io.claimgate.x12.Segment;

/**
 * Receives the envelopes and claims of an 837P file in file order, as {@link InterchangeReader} finds them.
 * Trailers are null when the file lacks them (the reader closes the envelope where the trailer should have been).
 * Every event does nothing by default: a handler overrides the ones it needs.
 */
public interface EnvelopeHandler {

    default void interchangeStart(InterchangeHeader interchange) {
    }

    default void groupStart(Segment gs) {
    }

    /** Every segment of a transaction set, ST and SE included, in order; for the structure checks. */
    default void transactionSegment(Segment segment) {
    }

    default void transactionStart(TransactionHeader transaction) {
    }

    default void claim(RawClaim claim) {
    }

    /** @param segmentCount the segments actually seen from ST to SE inclusive (SE01 should equal it) */
    default void transactionEnd(TransactionHeader transaction, Segment se, int segmentCount) {
    }

    /** @param transactionCount the ST sets actually seen in the group (GE01 should equal it) */
    default void groupEnd(Segment gs, Segment ge, int transactionCount) {
    }

    /** @param groupCount the groups actually seen in the interchange (IEA01 should equal it) */
    default void interchangeEnd(InterchangeHeader interchange, Segment iea, int groupCount) {
    }

    /** A segment outside any transaction set that is not an envelope segment (TA1 note 024). */
    default void outsideTransaction(Segment segment) {
    }

    /** The file ended inside an interchange (TA1 note 023); the open envelopes are closed right after. */
    /** Text after the last IEA that is no interchange ({@link io.claimgate.x12.SegmentReader#trailing()}). */
    default void trailingText(String what) {
    }

    default void prematureEnd(String reason) {
    }
}
