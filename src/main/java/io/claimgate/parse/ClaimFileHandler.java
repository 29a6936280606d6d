package io.claimgate.parse;

import io.claimgate.x12.InterchangeHeader;
import io.claimgate.x12.Segment;

/** Receives the envelopes and claims of an 837P file in file order, as {@link InterchangeReader} finds them. */
public interface ClaimFileHandler {

    void interchangeStart(InterchangeHeader interchange);

    void groupStart(Segment gs);

    void transactionStart(TransactionHeader transaction);

    void claim(RawClaim claim);

    /** @param segmentCount the segments actually seen from ST to SE inclusive (SE01 should equal it) */
    void transactionEnd(TransactionHeader transaction, Segment se, int segmentCount);

    /** @param transactionCount the ST sets actually seen in the group (GE01 should equal it) */
    void groupEnd(Segment gs, Segment ge, int transactionCount);

    /** @param groupCount the groups actually seen in the interchange (IEA01 should equal it) */
    void interchangeEnd(InterchangeHeader interchange, Segment iea, int groupCount);
}
