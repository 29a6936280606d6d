package io.claimgate.parse;

import io.claimgate.x12.InterchangeHeader;
import io.claimgate.x12.InterchangeNoteCode;
import io.claimgate.x12.Segment;
import io.claimgate.x12.SegmentReader;
import io.claimgate.x12.X12FormatException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The streaming envelope reader: walks ISA/GS/ST/SE/GE/IEA, and inside each transaction set splits the claims
 * (2300 loops) with the HL context they belong to. It holds one claim at a time, so memory does not grow with the
 * file. A claim belongs to the most recent HL: the patient level (23) when one is open, else the subscriber (22).
 *
 * <p>It is lenient about envelopes on purpose: a missing SE, GE or IEA closes what is open (the handler sees a
 * null trailer) so that the structure checks can answer with a 999 or TA1 instead of the file being unreadable.
 * Only input that is not X12 at all (no ISA at the start) fails; text after the last IEA is handed to
 * {@link EnvelopeHandler#trailingText} once the interchanges before it are read.
 */
public final class InterchangeReader {

    private static final Set<String> ENVELOPE = Set.of("ISA", "GS", "ST", "GE", "IEA");

    private final SegmentReader segments;
    private final EnvelopeHandler handler;

    private InterchangeHeader interchange;
    private Segment gs;
    private Segment st;
    private TransactionHeader transaction;
    private List<Segment> transactionHeaderSegments;
    private int groupCount;
    private int transactionCount;
    private int segmentCount;

    private HierarchyLevel currentLevel;
    private HierarchyLevel billingProvider;
    private HierarchyLevel subscriber;
    private HierarchyLevel patient;
    private List<Segment> claimSegments;
    private List<Segment> lineSegments;

    public InterchangeReader(SegmentReader segments, EnvelopeHandler handler) {
        this.segments = segments;
        this.handler = handler;
    }

    /** Reads to the end of the input. */
    public void read() throws IOException, X12FormatException {
        Segment s;
        while (true) {
            try {
                s = segments.next();
            } catch (X12FormatException e) {
                // A truncated interchange is answered (TA1 023); anything else that is not X12 fails the file.
                if (interchange == null || e.ta1Note() != InterchangeNoteCode.PREMATURE_END_OF_FILE) {
                    throw e;
                }
                handler.prematureEnd(e.getMessage());
                truncated = true;
                break;
            }
            if (s == null) {
                break;
            }
            accept(s);
        }
        if (!seenInterchange) {
            throw new X12FormatException("the file holds no interchange");
        }
        if (!segments.trailing().isEmpty()) {
            handler.trailingText(segments.trailing());
        }
        if (st != null) {
            endTransaction(null);
        }
        if (interchange != null) {
            if (!truncated) {
                handler.prematureEnd("interchange " + interchange.controlNumber() + " has no IEA trailer");
            }
            endInterchange(null);
        }
    }

    private boolean truncated;
    private boolean seenInterchange;

    private void accept(Segment s) {
        String id = s.id();
        if (st != null) {
            if (ENVELOPE.contains(id)) {
                endTransaction(null); // SE missing: the set ends where its trailer should have been
            } else {
                segmentCount++;
                handler.transactionSegment(s);
                if (id.equals("SE")) {
                    endTransaction(s);
                } else {
                    inTransaction(s);
                }
                return;
            }
        }
        switch (id) {
            case "ISA" -> {
                if (interchange != null) {
                    endInterchange(null);
                }
                interchange = new InterchangeHeader(s, segments.delimiters());
                seenInterchange = true;
                groupCount = 0;
                handler.interchangeStart(interchange);
            }
            case "GS" -> {
                if (gs != null) {
                    endGroup(null);
                }
                gs = s;
                transactionCount = 0;
                groupCount++;
                handler.groupStart(s);
            }
            case "ST" -> {
                if (gs == null) {
                    handler.outsideTransaction(s);
                }
                transactionCount++;
                segmentCount = 1;
                st = s;
                transactionHeaderSegments = new ArrayList<>();
                handler.transactionSegment(s);
            }
            case "GE" -> {
                if (gs == null) {
                    handler.outsideTransaction(s);
                } else {
                    endGroup(s);
                }
            }
            case "IEA" -> endInterchange(s);
            default -> handler.outsideTransaction(s);
        }
    }

    private void endGroup(Segment ge) {
        handler.groupEnd(gs, ge, transactionCount);
        gs = null;
    }

    private void endInterchange(Segment iea) {
        if (gs != null) {
            endGroup(null);
        }
        handler.interchangeEnd(interchange, iea, groupCount);
        interchange = null;
    }

    private void inTransaction(Segment s) {
        String id = s.id();
        if (id.equals("HL")) {
            openTransaction();
            flushClaim();
            HierarchyLevel level = new HierarchyLevel(s);
            switch (level.levelCode()) {
                case HierarchyLevel.BILLING_PROVIDER -> {
                    billingProvider = level;
                    subscriber = null;
                    patient = null;
                }
                case HierarchyLevel.SUBSCRIBER -> {
                    subscriber = level;
                    patient = null;
                }
                case HierarchyLevel.PATIENT -> patient = level;
                default -> { }
            }
            currentLevel = level;
            return;
        }
        if (transaction == null) {
            transactionHeaderSegments.add(s);
            return;
        }
        if (id.equals("CLM")) {
            flushClaim();
            claimSegments = new ArrayList<>();
            claimSegments.add(s);
            return;
        }
        if (claimSegments != null) {
            if (lineSegments == null && id.equals("LX")) {
                lineSegments = new ArrayList<>();
            }
            (lineSegments != null ? lineSegments : claimSegments).add(s);
        } else if (currentLevel != null) {
            currentLevel.segments().add(s);
        }
    }

    private void openTransaction() {
        if (transaction == null) {
            transaction = new TransactionHeader(interchange, gs, st, List.copyOf(transactionHeaderSegments));
            transactionHeaderSegments = null;
            handler.transactionStart(transaction);
        }
    }

    private void flushClaim() {
        if (claimSegments != null) {
            HierarchyLevel claimPatient = currentLevel == patient ? patient : null;
            handler.claim(new RawClaim(transaction, billingProvider, subscriber, claimPatient, claimSegments,
                    lineSegments == null ? List.of() : lineSegments));
        }
        claimSegments = null;
        lineSegments = null;
    }

    private void endTransaction(Segment se) {
        openTransaction();
        flushClaim();
        handler.transactionEnd(transaction, se, segmentCount);
        st = null;
        transaction = null;
        transactionHeaderSegments = null;
        currentLevel = null;
        billingProvider = null;
        subscriber = null;
        patient = null;
    }
}
