package io.claimgate.parse;

import io.claimgate.x12.InterchangeHeader;
import io.claimgate.x12.Segment;
import io.claimgate.x12.SegmentReader;
import io.claimgate.x12.X12FormatException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The streaming envelope reader: walks ISA/GS/ST/SE/GE/IEA, and inside each 837 transaction set splits the claims
 * (2300 loops) with the HL context they belong to. It holds one claim at a time, so memory does not grow with the
 * file. A claim belongs to the most recent HL: the patient level (23) when one is open, else the subscriber (22).
 */
public final class InterchangeReader {

    private final SegmentReader segments;
    private final ClaimFileHandler handler;

    private InterchangeHeader interchange;
    private Segment gs;
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

    public InterchangeReader(SegmentReader segments, ClaimFileHandler handler) {
        this.segments = segments;
        this.handler = handler;
    }

    /** Reads to the end of the input. */
    public void read() throws IOException, X12FormatException {
        Segment s;
        while ((s = segments.next()) != null) {
            accept(s);
        }
        if (interchange == null) {
            throw new X12FormatException("the file holds no interchange");
        }
        if (transaction != null || gs != null || !ended) {
            throw new X12FormatException("premature end of file: interchange " + interchange.controlNumber()
                    + " has no IEA trailer");
        }
    }

    private boolean ended;

    private void accept(Segment s) throws X12FormatException {
        String id = s.id();
        if (transaction != null || transactionHeaderSegments != null) {
            segmentCount++;
            if (id.equals("SE")) {
                endTransaction(s);
            } else {
                inTransaction(s);
            }
            return;
        }
        switch (id) {
            case "ISA" -> {
                if (interchange != null && !ended) {
                    throw new X12FormatException("interchange " + interchange.controlNumber()
                            + " has no IEA before the next ISA (segment " + s.position() + ")");
                }
                interchange = new InterchangeHeader(s, segments.delimiters());
                ended = false;
                groupCount = 0;
                handler.interchangeStart(interchange);
            }
            case "GS" -> {
                requireOpenInterchange(s);
                if (gs != null) {
                    throw new X12FormatException("group " + gs.element(6) + " has no GE before segment " + s.position());
                }
                gs = s;
                transactionCount = 0;
                groupCount++;
                handler.groupStart(s);
            }
            case "ST" -> {
                if (gs == null) {
                    throw new X12FormatException("ST outside a functional group (segment " + s.position() + ")");
                }
                transactionCount++;
                segmentCount = 1;
                transactionHeaderSegments = new ArrayList<>();
                stSegment = s;
            }
            case "GE" -> {
                if (gs == null) {
                    throw new X12FormatException("GE without GS (segment " + s.position() + ")");
                }
                handler.groupEnd(gs, s, transactionCount);
                gs = null;
            }
            case "IEA" -> {
                requireOpenInterchange(s);
                if (gs != null) {
                    throw new X12FormatException("group " + gs.element(6) + " has no GE before IEA");
                }
                handler.interchangeEnd(interchange, s, groupCount);
                ended = true;
            }
            default -> throw new X12FormatException("segment " + id + " outside a transaction set (segment "
                    + s.position() + ")");
        }
    }

    private Segment stSegment;

    private void requireOpenInterchange(Segment s) throws X12FormatException {
        if (interchange == null || ended) {
            throw new X12FormatException(s.id() + " outside an interchange (segment " + s.position() + ")");
        }
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
            transaction = new TransactionHeader(interchange, gs, stSegment, List.copyOf(transactionHeaderSegments));
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
        transaction = null;
        transactionHeaderSegments = null;
        currentLevel = null;
        billingProvider = null;
        subscriber = null;
        patient = null;
    }
}
