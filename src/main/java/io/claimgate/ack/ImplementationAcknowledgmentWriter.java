package io.claimgate.ack;

import io.claimgate.syntax.ElementError;
import io.claimgate.syntax.FileStructure;
import io.claimgate.syntax.FileStructure.GroupCheck;
import io.claimgate.syntax.FileStructure.InterchangeCheck;
import io.claimgate.syntax.FileStructure.TransactionCheck;
import io.claimgate.syntax.SegmentError;
import io.claimgate.x12.ControlNumberSequence;
import io.claimgate.x12.Delimiters;
import io.claimgate.x12.SegmentWriter;
import java.io.Writer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the 999 (005010X231A1) for a file, as reference §5 lays it out: for each interchange its TA1 did not
 * reject, one 999 interchange; in it, per functional group one 999 transaction with AK1 (GS01, GS06, GS08), per
 * transaction set AK2 (ST01, ST02, ST03), IK3 per segment in error (with the loop id, CTX*CLM01 naming the claim,
 * IK4 per element in error) and IK5 (A or R with the set's codes), then AK9 (A, P or R; sets included, received,
 * accepted; group codes). AK9's accepted count equals the number of IK5 A.
 */
public final class ImplementationAcknowledgmentWriter {

    private ImplementationAcknowledgmentWriter() {
    }

    /** @return the number of 999 transaction sets written (0 when every interchange was rejected by a TA1) */
    public static int write(Writer out, FileStructure structure, ControlNumberSequence controlNumbers,
            LocalDateTime now) {
        int written = 0;
        for (InterchangeCheck interchange : structure.interchanges()) {
            if (!interchange.accepted() || interchange.groups().isEmpty()) {
                continue;
            }
            Delimiters d = AcknowledgmentEnvelope.replyDelimiters(interchange.header().delimiters());
            SegmentWriter w = new SegmentWriter(out, d);
            long isa13 = controlNumbers.next();
            AcknowledgmentEnvelope.writeIsa(w, interchange.header(), isa13, now);
            int groups = 0;
            for (GroupCheck group : interchange.groups()) {
                long gs06 = groups == 0 ? isa13 : controlNumbers.next();
                AcknowledgmentEnvelope.writeGs(w, "FA", group.gs().element(2), group.gs().element(3), gs06, now,
                        "005010X231A1");
                writeSet(w, group);
                w.write("GE", "1", String.valueOf(gs06));
                groups++;
                written++;
            }
            w.write("IEA", String.valueOf(groups), ControlNumberSequence.isa13(isa13));
        }
        return written;
    }

    private static void writeSet(SegmentWriter w, GroupCheck group) {
        w.resetCount();
        w.write("ST", "999", "0001", "005010X231A1");
        w.write("AK1", group.gs().element(1), group.gs().element(6), group.gs().element(8));
        for (TransactionCheck set : group.transactions()) {
            w.write("AK2", set.setId(), set.controlNumber(), set.implementation());
            for (SegmentError e : set.errors()) {
                w.write("IK3", e.segmentId(), String.valueOf(e.position()), e.loopId(), e.code().code());
                if (!e.claimId().isEmpty()) {
                    w.write("CTX", "CLM01" + w.delimiters().component() + e.claimId());
                }
                for (ElementError el : e.elements()) {
                    w.write("IK4", el.position().replace(':', w.delimiters().component()), el.reference(),
                            el.code().code(), el.value());
                }
            }
            List<String> ik5 = new ArrayList<>();
            ik5.add("IK5");
            ik5.add(set.status().code());
            set.setCodes().stream().limit(5).forEach(c -> ik5.add(c.code()));
            w.write(ik5.toArray(new String[0]));
        }
        List<String> ak9 = new ArrayList<>(List.of("AK9", group.status().code(), group.declaredCount(),
                String.valueOf(group.transactions().size()), String.valueOf(group.acceptedCount())));
        group.groupCodes().stream().limit(5).forEach(c -> ak9.add(c.code()));
        w.write(ak9.toArray(new String[0]));
        w.write("SE", String.valueOf(w.count() + 1), "0001");
    }
}
