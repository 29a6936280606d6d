package io.claimgate.parse;

import io.claimgate.x12.InterchangeHeader;
import io.claimgate.x12.Segment;
import java.util.List;

/**
 * An ST transaction set's opening: the envelopes it sits in, ST itself, and the header segments before the first
 * HL (BHT, 1000A submitter, 1000B receiver).
 */
public record TransactionHeader(InterchangeHeader interchange, Segment gs, Segment st, List<Segment> segments) {

    public String controlNumber() {
        return st.element(2);
    }

    public String transactionSetId() {
        return st.element(1);
    }

    /** ST03, falling back to GS08 (the implementation convention, e.g. 005010X222A1). */
    public String implementation() {
        return st.element(3).isEmpty() ? gs.element(8) : st.element(3);
    }

    /** BHT03, the originator's batch id, echoed by the 277CA in 2200B TRN02. */
    public String batchId() {
        Segment bht = find("BHT", null);
        return bht == null ? "" : bht.element(3);
    }

    public Segment submitter() {
        return find("NM1", "41");
    }

    public Segment receiver() {
        return find("NM1", "40");
    }

    private Segment find(String id, String qualifier) {
        for (Segment s : segments) {
            if (qualifier == null ? s.is(id) : s.is(id, qualifier)) {
                return s;
            }
        }
        return null;
    }
}
