package io.claimgate.ack;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ServiceLine;
import io.claimgate.edit.ClaimResult;
import io.claimgate.edit.api.Finding;
import io.claimgate.edit.api.StatusCode;
import io.claimgate.parse.HierarchyLevel;
import io.claimgate.parse.TransactionHeader;
import io.claimgate.x12.ControlNumberSequence;
import io.claimgate.x12.Delimiters;
import io.claimgate.x12.InterchangeHeader;
import io.claimgate.x12.OutgoingEnvelope;
import io.claimgate.x12.Segment;
import io.claimgate.x12.SegmentWriter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the 277CA (005010X214) for one input file, as reference §3 lays it out: per 837 transaction set one 277
 * transaction with 2000A (information source: the 837's receiver), 2000B (information receiver: the 837's
 * submitter, TRN02 = BHT03, STC A1:19:PR, QTY 90/AA and AMT YU/YY totals), one 2000C per billing provider (TRN*1*0,
 * STC, QTY QA/QC, AMT YU/YY) and one 2000D per claim (TRN*2 = CLM01, STC A2:20 or the statuses of its findings,
 * REF*1K for accepted claims, REF*D9, DTP*472), with 2220D SVC/STC/REF*FJ/DTP for each rejected line.
 *
 * <p>The 2000B and 2000C totals come before the claims they count, so claims are spooled to a temporary file as
 * they arrive and copied in after the totals: memory stays flat however many claims a file has.
 */
public final class ClaimAcknowledgmentWriter implements Closeable {

    /** The totals of one billing provider's 2000C, in the order the providers' claims arrive. */
    private record ProviderTotals(HierarchyLevel level, StatusTotals totals) {
    }

    private static final String HL_PLACEHOLDER = "\u0001HL";
    private static final String PROVIDER_MARK = "\u0001PROVIDER";

    private final Path spoolDir;
    private final LocalDateTime now;

    private final OutgoingEnvelope envelope;
    private SegmentWriter w;
    private long interchangeControl;

    private Transaction tx;
    private int spoolCount;

    public ClaimAcknowledgmentWriter(Writer out, Path spoolDir, ControlNumberSequence controlNumbers,
            LocalDateTime now) {
        this.spoolDir = spoolDir;
        this.now = now;
        this.envelope = new OutgoingEnvelope(out, controlNumbers, new OutgoingEnvelope.Headers() {
            @Override
            public SegmentWriter interchange(Writer target, InterchangeHeader in, long isa13) {
                SegmentWriter writer = new SegmentWriter(target, AcknowledgmentEnvelope.replyDelimiters(in.delimiters()));
                AcknowledgmentEnvelope.writeIsa(writer, in, isa13, now);
                interchangeControl = isa13;
                return writer;
            }

            @Override
            public void group(SegmentWriter writer, Segment gs, long gs06) {
                AcknowledgmentEnvelope.writeGs(writer, "HN", gs.element(2), gs.element(3), gs06, now, "005010X214");
            }
        });
    }

    /** Per-ST state: the spool of 2000D blocks and the running totals. */
    private static final class Transaction {
        final TransactionHeader header;
        final Path spoolFile;
        final BufferedWriter spool;
        final SegmentWriter spoolWriter;
        final List<ProviderTotals> providers = new ArrayList<>();
        final StatusTotals totals = new StatusTotals();
        HierarchyLevel lastProvider;

        Transaction(TransactionHeader header, Path spoolFile, Delimiters d) throws IOException {
            this.header = header;
            this.spoolFile = spoolFile;
            this.spool = Files.newBufferedWriter(spoolFile, StandardCharsets.ISO_8859_1);
            this.spoolWriter = new SegmentWriter(spool, new Delimiters(d.element(), d.component(), d.repetition(), '\n'));
        }
    }

    public void transactionStart(TransactionHeader header) {
        try {
            Delimiters d = AcknowledgmentEnvelope.replyDelimiters(header.interchange().delimiters());
            tx = new Transaction(header, spoolDir.resolve("277-spool-" + (++spoolCount) + ".tmp"), d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds one claim's 2000D block; claims of one billing provider arrive together, as the 837 nests them. */
    public void claim(ClaimResult result) {
        Claim claim = result.claim();
        SegmentWriter s = tx.spoolWriter;
        if (tx.lastProvider != claim.raw().billingProvider() || tx.providers.isEmpty()) {
            tx.lastProvider = claim.raw().billingProvider();
            tx.providers.add(new ProviderTotals(tx.lastProvider, new StatusTotals()));
            s.writeRaw(PROVIDER_MARK);
        }
        boolean accepted = result.accepted();
        tx.totals.add(accepted, claim.charge());
        tx.providers.get(tx.providers.size() - 1).totals().add(accepted, claim.charge());

        s.writeRaw(HL_PLACEHOLDER);
        ClaimStatusSegments.writePatientName(s, claim);
        s.write("TRN", "2", claim.id());
        String charge = amount(claim.charge());
        if (accepted) {
            s.write("STC", s.composite("A2", "20", "PR"), AcknowledgmentEnvelope.date(now), "WQ", charge);
            s.write("REF", "1K", payerClaimControlNumber(claim));
        } else {
            ClaimStatusSegments.writeStatuses(s, ClaimStatusSegments.statuses(result.findings()),
                    AcknowledgmentEnvelope.date(now), "U", charge);
        }
        if (!claim.clearinghouseTrace().isEmpty()) {
            s.write("REF", "D9", claim.clearinghouseTrace());
        }
        ClaimStatusSegments.writeClaimServicePeriod(s, claim);
        if (!accepted) {
            for (ServiceLine line : claim.lines()) {
                List<Finding> errors = result.lineFindings(line.number()).stream().filter(Finding::isError).toList();
                if (!errors.isEmpty()) {
                    ClaimStatusSegments.writeRejectedLine(s, line, errors);
                }
            }
        }
    }

    /** REF*1K: the identifier claimgate assigns to an accepted claim: this 277's ST control + the claim id. */
    private String payerClaimControlNumber(Claim claim) {
        return "CG" + tx.header.controlNumber() + "-" + claim.clm().position();
    }

    /** Writes the whole 277 transaction for the 837 transaction that just ended. */
    public void transactionEnd() {
        try {
            tx.spool.close();
            w = envelope.open(tx.header.interchange(), tx.header.gs());
            writeTransaction();
            Files.deleteIfExists(tx.spoolFile);
            tx = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeTransaction() throws IOException {
        TransactionHeader h = tx.header;
        String st02 = envelope.nextSetControl();
        w.resetCount();
        w.write("ST", "277", st02, "005010X214");
        String trace = "CG" + ControlNumberSequence.isa13(interchangeControl) + st02;
        w.write("BHT", "0085", "08", trace, AcknowledgmentEnvelope.date(now), AcknowledgmentEnvelope.time(now), "TH");
        int hl = 1;
        w.write("HL", "1", "", "20", "1");
        Segment receiver = h.receiver();
        w.write("NM1", "PR", "2", receiver == null ? "" : receiver.element(3), "", "", "", "", "46",
                receiver == null ? "" : receiver.element(9));
        w.write("TRN", "1", trace);
        w.write("DTP", "050", "D8", AcknowledgmentEnvelope.date(now));
        w.write("DTP", "009", "D8", AcknowledgmentEnvelope.date(now));
        w.write("HL", String.valueOf(++hl), "1", "21", tx.providers.isEmpty() ? "0" : "1");
        Segment submitter = h.submitter();
        w.write("NM1", "41", submitter == null ? "2" : submitter.element(2), submitter == null ? "" : submitter.element(3),
                submitter == null ? "" : submitter.element(4), submitter == null ? "" : submitter.element(5), "", "",
                "46", submitter == null ? "" : submitter.element(9));
        w.write("TRN", "2", h.batchId().isEmpty() ? "0" : h.batchId());
        w.write("STC", w.composite("A1", "19", "PR"), AcknowledgmentEnvelope.date(now), "WQ", amount(tx.totals.total()));
        writeTotals(tx.totals, "90", "AA");

        try (BufferedReader spool = Files.newBufferedReader(tx.spoolFile, StandardCharsets.ISO_8859_1)) {
            int providerIndex = -1;
            int providerHl = 0;
            String line;
            while ((line = spool.readLine()) != null) {
                if (line.equals(PROVIDER_MARK)) {
                    ProviderTotals p = tx.providers.get(++providerIndex);
                    providerHl = ++hl;
                    writeProvider(p, providerHl);
                } else if (line.equals(HL_PLACEHOLDER)) {
                    w.write("HL", String.valueOf(++hl), String.valueOf(providerHl), "PT");
                } else {
                    w.writeRaw(line);
                }
            }
        }
        w.write("SE", String.valueOf(w.count() + 1), st02);
    }

    private void writeProvider(ProviderTotals p, int hl) {
        w.write("HL", String.valueOf(hl), "2", "19", "1");
        Segment nm1 = p.level() == null ? null : p.level().find("NM1", "85");
        String qualifier = nm1 == null ? "" : nm1.element(8);
        String id = nm1 == null ? "" : nm1.element(9);
        if (id.isEmpty() && p.level() != null) {
            Segment tin = p.level().find("REF", "EI");
            qualifier = tin == null ? "" : "FI";
            id = tin == null ? "" : tin.element(2);
        }
        w.write("NM1", "85", nm1 == null ? "2" : nm1.element(2), nm1 == null ? "" : nm1.element(3),
                nm1 == null ? "" : nm1.element(4), nm1 == null ? "" : nm1.element(5), "",
                nm1 == null ? "" : nm1.element(7), qualifier, id);
        w.write("TRN", "1", "0");
        // 2200C STC02 is not used in either public map; leave it empty (reference §3.4).
        w.write("STC", w.composite("A1", "19", "PR"), "", "WQ", amount(p.totals().total()));
        writeTotals(p.totals(), "QA", "QC");
    }

    /** QTY/AMT totals; zero values are omitted, as eMedNY and the x12.org examples do (reference §3.4). */
    private void writeTotals(StatusTotals t, String acceptedQualifier, String rejectedQualifier) {
        if (t.accepted > 0) {
            w.write("QTY", acceptedQualifier, String.valueOf(t.accepted));
        }
        if (t.rejected > 0) {
            w.write("QTY", rejectedQualifier, String.valueOf(t.rejected));
        }
        if (t.accepted > 0) {
            w.write("AMT", "YU", amount(t.acceptedAmount));
        }
        if (t.rejected > 0) {
            w.write("AMT", "YY", amount(t.rejectedAmount));
        }
    }

    /** Call when the input group ends: closes the 277 group if one is open for it. */
    public void groupEnd(Segment gs) {
        envelope.groupEnd(gs);
    }

    public void interchangeEnd(InterchangeHeader interchange) {
        envelope.interchangeEnd(interchange);
    }

    /** X12 R amounts: plain decimal, no trailing zeros ("100", "65.5"). */
    public static String amount(BigDecimal value) {
        if (value == null) {
            return "0";
        }
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    }

    @Override
    public void close() throws IOException {
        envelope.finish();
        if (tx != null) {
            tx.spool.close();
            Files.deleteIfExists(tx.spoolFile);
        }
    }
}
