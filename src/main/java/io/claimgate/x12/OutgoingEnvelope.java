package io.claimgate.x12;

import java.io.Writer;

/**
 * Keeps an interchange and group that claimgate writes in step with the input interchange and group they forward
 * or answer: opened lazily (only when something goes in them), given fresh control numbers (GS06 repeats ISA13
 * for the first group), and closed with GE01/IEA01 counting what was written. Used by the accepted-837 writer and
 * the 277CA writer, which differ only in how their ISA and GS read ({@link Headers}).
 */
public final class OutgoingEnvelope {

    /** How the outgoing ISA and GS are written. */
    public interface Headers {

        /** Creates the writer of a new outgoing interchange (choosing its delimiters) and writes its ISA. */
        SegmentWriter interchange(Writer out, InterchangeHeader input, long isa13);

        /** Writes the GS of a new outgoing group answering or forwarding {@code inputGs}. */
        void group(SegmentWriter w, Segment inputGs, long gs06);
    }

    private final Writer out;
    private final ControlNumberSequence controlNumbers;
    private final Headers headers;

    private SegmentWriter w;
    private InterchangeHeader interchange;
    private Segment group;
    private long isa13;
    private long gs06;
    private int groups;
    private int sets;

    public OutgoingEnvelope(Writer out, ControlNumberSequence controlNumbers, Headers headers) {
        this.out = out;
        this.controlNumbers = controlNumbers;
        this.headers = headers;
    }

    /** Opens, if not open yet, the outgoing interchange and group for these input ones; returns their writer. */
    public SegmentWriter open(InterchangeHeader input, Segment inputGs) {
        if (interchange != input) {
            closeInterchange();
            interchange = input;
            isa13 = controlNumbers.next();
            w = headers.interchange(out, input, isa13);
            groups = 0;
        }
        if (group != inputGs) {
            closeGroup();
            group = inputGs;
            gs06 = groups == 0 ? isa13 : controlNumbers.next();
            headers.group(w, inputGs, gs06);
            groups++;
            sets = 0;
        }
        return w;
    }

    /** ST02 of the next transaction set in the open group: 0001, 0002... */
    public String nextSetControl() {
        return String.format("%04d", ++sets);
    }

    /** The outgoing group of this input group ends (GE), if one was opened. */
    public void groupEnd(Segment inputGs) {
        if (group == inputGs) {
            closeGroup();
        }
    }

    /** The outgoing interchange of this input interchange ends (GE, IEA), if one was opened. */
    public void interchangeEnd(InterchangeHeader input) {
        if (interchange == input) {
            closeInterchange();
        }
    }

    /** Closes whatever is still open. */
    public void finish() {
        closeInterchange();
    }

    private void closeGroup() {
        if (group != null) {
            w.write("GE", String.valueOf(sets), String.valueOf(gs06));
            group = null;
        }
    }

    private void closeInterchange() {
        closeGroup();
        if (interchange != null) {
            w.write("IEA", String.valueOf(groups), ControlNumberSequence.isa13(isa13));
            interchange = null;
        }
    }
}
