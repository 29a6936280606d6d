package io.claimgate.output;

import io.claimgate.edit.ClaimResult;
import io.claimgate.parse.HierarchyLevel;
import io.claimgate.parse.RawClaim;
import io.claimgate.parse.TransactionHeader;
import io.claimgate.x12.ControlNumberSequence;
import io.claimgate.x12.Delimiters;
import io.claimgate.x12.InterchangeHeader;
import io.claimgate.x12.OutgoingEnvelope;
import io.claimgate.x12.Segment;
import io.claimgate.x12.SegmentWriter;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes the accepted claims of a file as a clean 837P for the payer, streaming. Each input interchange, group and
 * transaction set that has at least one accepted claim is re-enveloped with new control numbers (ISA13, GS06, ST02)
 * and correct SE/GE/IEA counts; the HL hierarchy is rebuilt from the levels the accepted claims need and numbered
 * again from 1, so parents and HL04 child codes stay consistent when claims are dropped. The claims' own segments,
 * the header (BHT, 1000A, 1000B) and each level's segments are written exactly as read, with the input's
 * delimiters.
 */
public final class AcceptedClaimWriter {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private final OutgoingEnvelope envelope;
    private SegmentWriter w;
    private TransactionHeader openTransaction;
    private String st02;
    private int claimsWritten;

    private int hlCounter;
    private HierarchyLevel lastProvider;
    private HierarchyLevel lastSubscriber;
    private HierarchyLevel lastPatient;
    private String providerHl;
    private String subscriberHl;
    private boolean subscriberHasChildren;

    public AcceptedClaimWriter(Writer out, ControlNumberSequence controlNumbers, LocalDateTime now) {
        this.envelope = new OutgoingEnvelope(out, controlNumbers, new OutgoingEnvelope.Headers() {
            @Override
            public SegmentWriter interchange(Writer target, InterchangeHeader in, long isa13) {
                // The sender's own ISA and delimiters, with a new control number, date and time.
                Delimiters d = in.delimiters();
                SegmentWriter writer = new SegmentWriter(target, d);
                writer.write(in.isa().withElement(d, 9, now.format(YYMMDD)).withElement(d, 10, now.format(HHMM))
                        .withElement(d, 13, ControlNumberSequence.isa13(isa13)));
                return writer;
            }

            @Override
            public void group(SegmentWriter writer, Segment gs, long gs06) {
                Delimiters d = writer.delimiters();
                writer.write(gs.withElement(d, 4, now.format(CCYYMMDD)).withElement(d, 5, now.format(HHMM))
                        .withElement(d, 6, String.valueOf(gs06)));
            }
        });
    }

    public int claimsWritten() {
        return claimsWritten;
    }

    public void claim(ClaimResult result) {
        RawClaim raw = result.claim().raw();
        open(raw.transaction());
        Delimiters d = w.delimiters();
        if (raw.billingProvider() != lastProvider) {
            lastProvider = raw.billingProvider();
            lastSubscriber = null;
            lastPatient = null;
            providerHl = String.valueOf(++hlCounter);
            writeLevel(d, raw.billingProvider(), providerHl, "", "1");
        }
        boolean hasPatient = raw.patient() != null;
        // A subscriber level is written again when the next claim needs the other HL04 child code.
        if (raw.subscriber() != lastSubscriber || hasPatient != subscriberHasChildren) {
            lastSubscriber = raw.subscriber();
            lastPatient = null;
            subscriberHasChildren = hasPatient;
            subscriberHl = String.valueOf(++hlCounter);
            writeLevel(d, raw.subscriber(), subscriberHl, providerHl, hasPatient ? "1" : "0");
        }
        if (hasPatient && raw.patient() != lastPatient) {
            lastPatient = raw.patient();
            writeLevel(d, raw.patient(), String.valueOf(++hlCounter), subscriberHl, "0");
        }
        for (Segment s : raw.claimSegments()) {
            w.write(s);
        }
        for (Segment s : raw.lineSegments()) {
            w.write(s);
        }
        claimsWritten++;
    }

    private void writeLevel(Delimiters d, HierarchyLevel level, String id, String parent, String childCode) {
        if (level == null) {
            return;
        }
        w.write(level.hl().withElement(d, 1, id).withElement(d, 2, parent).withElement(d, 4, childCode));
        for (Segment s : level.segments()) {
            w.write(s);
        }
    }

    private void open(TransactionHeader tx) {
        if (openTransaction == tx) {
            return;
        }
        closeTransaction();
        w = envelope.open(tx.interchange(), tx.gs());
        openTransaction = tx;
        st02 = envelope.nextSetControl();
        w.resetCount();
        w.write(tx.st().withElement(tx.interchange().delimiters(), 2, st02));
        for (Segment s : tx.segments()) {
            w.write(s);
        }
        hlCounter = 0;
        lastProvider = null;
        lastSubscriber = null;
        lastPatient = null;
    }

    public void transactionEnd(TransactionHeader tx) {
        if (openTransaction == tx) {
            closeTransaction();
        }
    }

    public void groupEnd(Segment gs) {
        closeTransaction();
        envelope.groupEnd(gs);
    }

    public void interchangeEnd(InterchangeHeader interchange) {
        closeTransaction();
        envelope.interchangeEnd(interchange);
    }

    private void closeTransaction() {
        if (openTransaction != null) {
            w.write("SE", String.valueOf(w.count() + 1), st02);
            openTransaction = null;
        }
    }

    public void finish() {
        closeTransaction();
        envelope.finish();
    }
}
