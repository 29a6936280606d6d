package io.claimgate.process;

import io.claimgate.output.AcceptedClaimWriter;
import io.claimgate.output.ClaimReportWriter;
import io.claimgate.commit.CommitPlan;
import io.claimgate.commit.FileOutcome;
import io.claimgate.commit.OutputLayout;
import io.claimgate.output.RejectedClaimWriter;
import io.claimgate.commit.StagedFile;

import io.claimgate.ack.ClaimAcknowledgmentWriter;
import io.claimgate.claim.Claim;
import io.claimgate.claim.ClaimBuilder;
import io.claimgate.edit.ClaimEditor;
import io.claimgate.edit.ClaimResult;
import io.claimgate.edit.EditContext;
import io.claimgate.edit.Finding;
import io.claimgate.edit.RuleCatalog;
import io.claimgate.edit.RuleInfo;
import io.claimgate.edit.Severity;
import io.claimgate.parse.EnvelopeHandler;
import io.claimgate.parse.InterchangeReader;
import io.claimgate.parse.ParsedSegment;
import io.claimgate.parse.RawClaim;
import io.claimgate.parse.ServiceLineParseException;
import io.claimgate.parse.ServiceLineParser;
import io.claimgate.parse.TransactionHeader;
import io.claimgate.ack.ImplementationAcknowledgmentWriter;
import io.claimgate.ack.InterchangeAcknowledgmentWriter;
import io.claimgate.syntax.FileStructure;
import io.claimgate.syntax.FileStructure.GroupCheck;
import io.claimgate.syntax.FileStructure.InterchangeCheck;
import io.claimgate.syntax.FileStructure.TransactionCheck;
import io.claimgate.syntax.ImplementationMap;
import io.claimgate.x12.ControlNumberSequence;
import io.claimgate.x12.Delimiters;
import io.claimgate.x12.InterchangeHeader;
import io.claimgate.x12.Segment;
import io.claimgate.x12.SegmentReader;
import io.claimgate.x12.X12FormatException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes one 837P file from end to end into staged outputs, in two streaming passes. The structure pass checks
 * envelopes and every transaction set against the implementation guide and writes the TA1 and 999. The claim pass
 * splits the claims of the sets the 999 accepted into batches for the thread pool, where Smooks parses their service
 * lines and the editor runs the rules; the results come back in file order to the writers of accepted/, rejected/,
 * acks/ (277CA) and reports/. Claims of rejected sets are reported as rejected and never reach the 277CA or the
 * accepted 837; interchanges a TA1 rejects are not processed at all.
 *
 * <p>Batches of {@value #BATCH} claims amortise the per-call cost of Smooks; at most two batches per thread are in
 * flight, so memory does not depend on the size of the file (docs/architecture.md has the measurements).
 */
public final class ClaimFileProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimFileProcessor.class);
    static final int BATCH = 64;

    private final OutputLayout layout;
    private final ControlNumberSequence controlNumbers;
    private final ServiceLineParser parser;
    private final ClaimEditor editor;
    private final ExecutorService pool;
    private final int threads;
    private final Clock clock;
    private final ImplementationMap implementationMap = ImplementationMap.professional837();

    public ClaimFileProcessor(OutputLayout layout, ControlNumberSequence controlNumbers, ServiceLineParser parser,
            ClaimEditor editor, ExecutorService pool, int threads, Clock clock) {
        this.layout = layout;
        this.controlNumbers = controlNumbers;
        this.parser = parser;
        this.editor = editor;
        this.pool = pool;
        this.threads = threads;
        this.clock = clock;
    }

    public OutputLayout layout() {
        return layout;
    }

    /**
     * Reads, parses and edits the file and writes its outputs into the work folder. Never throws for bad input:
     * a file that is not X12 comes back with {@code isReadable() == false} and a reason.
     *
     * @param keepInput copy the input to archive/ (or error/) instead of moving it
     */
    public StagedFile stage(Path input, boolean keepInput) throws IOException {
        return stage(input, keepInput, Map.of());
    }

    /** As {@link #stage(Path, boolean)}, with how the file arrived written into its report (partner, intake...). */
    public StagedFile stage(Path input, boolean keepInput, Map<String, ?> intake) throws IOException {
        String name = input.getFileName().toString();
        String stem = layout.reserveStem(name);
        Path work = layout.work().resolve(stem);
        try {
            return stageReserved(input, keepInput, intake, name, stem, work);
        } catch (IOException | RuntimeException e) {
            // A stage that throws leaves no work folder: the route retries it under a fresh reservation, then files
            // the input under error/ (camel-routes/claim-files.yaml), so nothing accumulates in .work/.
            CommitPlan.removeFolder(work);
            throw e;
        }
    }

    private StagedFile stageReserved(Path input, boolean keepInput, Map<String, ?> intake, String name, String stem,
            Path work) throws IOException {
        LOG.info("{}: processing as {}", name, stem);
        FileStructure structure;
        try {
            structure = new StructureScanner(implementationMap).scan(input);
        } catch (X12FormatException e) {
            return new StagedFile(layout, input, stem, work, keepInput,
                    new FileOutcome(name, stem, false, 0, 0, 0, e.getMessage()));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        try (Writer ta1 = open(StagedFile.interchangeAckFile(work, stem));
                Writer ack999 = open(StagedFile.implementationAckFile(work, stem))) {
            int ta1s = InterchangeAcknowledgmentWriter.write(ta1, structure, controlNumbers, now);
            int sets = ImplementationAcknowledgmentWriter.write(ack999, structure, controlNumbers, now);
            LOG.info("{}: {} TA1, {} 999 group acknowledgment(s)", name, ta1s, sets);
        }
        FileRun run = new FileRun(name, stem, work, structure, now, intake);
        boolean unreadableIsa = structure.interchanges().stream().anyMatch(i -> i.header() == null);
        try {
            if (!unreadableIsa) { // a file whose first ISA is malformed is answered by its TA1 alone
                try (SegmentReader segments = new SegmentReader(new InputStreamReader(Files.newInputStream(input),
                        StandardCharsets.ISO_8859_1))) {
                    new InterchangeReader(segments, run).read();
                }
            }
            run.finish();
            return new StagedFile(layout, input, stem, work, keepInput, new FileOutcome(name, stem, true,
                    run.report.claims(), run.report.accepted(), run.report.rejected(), structure.rejections()));
        } catch (X12FormatException e) {
            run.abort();
            return new StagedFile(layout, input, stem, work, keepInput,
                    new FileOutcome(name, stem, false, 0, 0, 0, e.getMessage()));
        } catch (RuntimeException e) {
            run.abort();
            LOG.error("{}: internal error while processing", name, e);
            return new StagedFile(layout, input, stem, work, keepInput,
                    new FileOutcome(name, stem, false, 0, 0, 0, "internal error: " + e));
        }
    }

    private static Writer open(Path file) throws IOException {
        return new BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.ISO_8859_1), 1 << 16);
    }

    /** A claim of a transaction set the 999 rejected: reported as rejected, pointing at the 999. */
    private ClaimResult rejectedBySet(RawClaim c, TransactionCheck set) {
        List<ParsedSegment> own = c.lineSegments().stream().map(s -> new ParsedSegment(s.elements())).toList();
        Claim claim = ClaimBuilder.build(c, own);
        boolean syntax = set.setCodes().contains("1") || set.setCodes().contains("I6");
        Segment st = c.transaction().st();
        return new ClaimResult(claim, List.of(new Finding(RuleCatalog.TRANSACTION_SET_REJECTED.id(), syntax ? 1 : 2,
                Severity.ERROR, List.of(), st.id(), st.position(), "Transaction set " + set.controlNumber()
                        + " was rejected by the 999 (IK5 R " + String.join(" ", set.setCodes())
                        + "); its claims are not forwarded or acknowledged in the 277CA. See the 999 for the errors.",
                0)));
    }

    /** Stages and then commits (or files under error/): the whole life of one input. */
    public FileOutcome process(Path input, boolean keepInput) throws IOException {
        StagedFile staged = stage(input, keepInput);
        return staged.isReadable() ? staged.commit() : staged.fail();
    }

    /** Parses and edits a batch of claims: runs on the pool. */
    List<ClaimResult> editBatch(List<RawClaim> batch, EditContext context) {
        Delimiters d = batch.get(0).transaction().interchange().delimiters();
        List<List<Segment>> lines = new ArrayList<>(batch.size());
        for (RawClaim c : batch) {
            lines.add(c.lineSegments());
        }
        List<ClaimResult> results = new ArrayList<>(batch.size());
        try {
            List<List<ParsedSegment>> parsed = parser.parse(d, lines);
            for (int i = 0; i < batch.size(); i++) {
                results.add(editor.edit(ClaimBuilder.build(batch.get(i), parsed.get(i)), context));
            }
        } catch (ServiceLineParseException batchFailure) {
            results.clear();
            for (RawClaim c : batch) {
                results.add(editAlone(c, d, context));
            }
        }
        return results;
    }

    /** After a batch failed in Smooks: parse each claim alone, so only the claim at fault is rejected for it. */
    private ClaimResult editAlone(RawClaim c, Delimiters d, EditContext context) {
        try {
            return editor.edit(ClaimBuilder.build(c, parser.parse(d, List.of(c.lineSegments())).get(0)), context);
        } catch (ServiceLineParseException e) {
            List<ParsedSegment> fallback = c.lineSegments().stream().map(s -> new ParsedSegment(s.elements())).toList();
            Claim claim = ClaimBuilder.build(c, fallback);
            ClaimResult edited = editor.edit(claim, context);
            List<Finding> findings = new ArrayList<>(edited.findings());
            Segment first = c.lineSegments().isEmpty() ? c.clm() : c.lineSegments().get(0);
            RuleInfo syntax = RuleCatalog.SERVICE_LINE_SYNTAX;
            findings.add(0, new Finding(syntax.id(), syntax.snip(), Severity.ERROR, List.of(syntax.status()), first.id(), first.position(), "The service lines could not be parsed: " + e.getMessage(), 0));
            return new ClaimResult(claim, List.copyOf(findings), edited.profile());
        }
    }

    /** The state of one file being processed: the writers and the pipeline feeding them. */
    private final class FileRun implements EnvelopeHandler {

        private final String name;
        private final Path work;
        private final Writer acceptedOut;
        private final Writer ackOut;
        private final Writer reportOut;
        private final Writer rejectedOut;
        private final AcceptedClaimWriter accepted;
        private final ClaimAcknowledgmentWriter ack;
        private final ClaimReportWriter report;
        private final RejectedClaimWriter rejected;
        private final OrderedClaimPipeline<RawClaim, ClaimResult> pipeline;
        private List<RawClaim> batch = new ArrayList<>(BATCH);
        private final FileStructure structure;
        private int interchangeIndex = -1;
        private int groupIndex;
        private int setIndex;
        private InterchangeCheck interchangeCheck;
        private GroupCheck groupCheck;
        private TransactionCheck setCheck;

        FileRun(String name, String stem, Path work, FileStructure structure, LocalDateTime now,
                Map<String, ?> intake) throws IOException {
            this.name = name;
            this.work = work;
            this.structure = structure;
            EditContext context = new EditContext(LocalDate.now(clock));
            acceptedOut = open(StagedFile.acceptedFile(work, stem));
            ackOut = open(StagedFile.ackFile(work, stem));
            reportOut = open(StagedFile.reportFile(work, stem));
            rejectedOut = open(StagedFile.rejectedFile(work, stem));
            accepted = new AcceptedClaimWriter(acceptedOut, controlNumbers, now);
            ack = new ClaimAcknowledgmentWriter(ackOut, work, controlNumbers, now);
            report = new ClaimReportWriter(reportOut, name, intake, structure);
            rejected = new RejectedClaimWriter(rejectedOut, name);
            pipeline = new OrderedClaimPipeline<>(pool, 2 * threads, b -> editBatch(b, context), this::write);
        }

        private void write(ClaimResult result) {
            report.claim(result);
            ack.claim(result);
            if (result.accepted()) {
                accepted.claim(result);
            } else {
                rejected.claim(result);
                LOG.debug("{}: claim {} rejected ({})", name, result.claim().id(), result.findings().stream()
                        .filter(Finding::isError).map(f -> f.status().toString()).distinct().toList());
            }
        }

        /** Claims of a set the 999 rejected go to the report and rejected/ only. */
        private void writeRejectedBySet(ClaimResult result) {
            report.claim(result);
            rejected.claim(result);
        }

        /** The interchange is sound (its TA1, if any, accepts it): its sets are processed. */
        private boolean interchangeOk() {
            return interchangeCheck != null && interchangeCheck.accepted();
        }

        private boolean setOk() {
            return interchangeOk() && setCheck != null && setCheck.accepted();
        }

        @Override
        public void transactionSegment(Segment segment) {
            if (segment.is("ST")) {
                setIndex++;
                setCheck = groupCheck != null && setIndex < groupCheck.transactions().size()
                        ? groupCheck.transactions().get(setIndex) : null;
            }
        }

        private void flush() {
            if (!batch.isEmpty()) {
                pipeline.submit(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        @Override
        public void interchangeStart(InterchangeHeader interchange) {
            interchangeCheck = structure.interchange(++interchangeIndex);
            groupIndex = -1;
            LOG.info("{}: interchange {} from {} to {}{}", name, interchange.controlNumber(), interchange.senderId(),
                    interchange.receiverId(), interchangeOk() ? "" : ": rejected by TA1 note "
                            + (interchangeCheck == null ? "?" : interchangeCheck.ta1Note()));
        }

        @Override
        public void groupStart(Segment gs) {
            groupIndex++;
            groupCheck = interchangeCheck != null && groupIndex < interchangeCheck.groups().size()
                    ? interchangeCheck.groups().get(groupIndex) : null;
            setIndex = -1;
        }

        @Override
        public void transactionStart(TransactionHeader transaction) {
            if (!interchangeOk()) {
                return;
            }
            flush();
            boolean acknowledged = setOk();
            if (!acknowledged) {
                LOG.info("{}: transaction set {} rejected by the 999", name, transaction.controlNumber());
            }
            pipeline.event(() -> {
                if (acknowledged) {
                    ack.transactionStart(transaction);
                }
                report.transactionStart(transaction);
            });
        }

        @Override
        public void claim(RawClaim claim) {
            if (!interchangeOk()) {
                return;
            }
            if (!setOk()) {
                flush();
                TransactionCheck set = setCheck;
                pipeline.event(() -> writeRejectedBySet(rejectedBySet(claim, set)));
                return;
            }
            batch.add(claim);
            if (batch.size() >= BATCH) {
                flush();
            }
        }

        @Override
        public void transactionEnd(TransactionHeader transaction, Segment se, int segmentCount) {
            if (!interchangeOk()) {
                return;
            }
            flush();
            boolean acknowledged = setOk();
            pipeline.event(() -> {
                accepted.transactionEnd(transaction);
                if (acknowledged) {
                    ack.transactionEnd();
                }
            });
        }

        @Override
        public void groupEnd(Segment gs, Segment ge, int transactionCount) {
            flush();
            pipeline.event(() -> {
                accepted.groupEnd(gs);
                ack.groupEnd(gs);
            });
        }

        @Override
        public void interchangeEnd(InterchangeHeader interchange, Segment iea, int groupCount) {
            flush();
            pipeline.event(() -> {
                accepted.interchangeEnd(interchange);
                ack.interchangeEnd(interchange);
            });
        }

        void finish() {
            flush();
            pipeline.finish();
            accepted.finish();
            try {
                ack.close();
                report.close();
                rejected.close();
                acceptedOut.close();
                ackOut.close();
                reportOut.close();
                rejectedOut.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Stops after bad input: waits for running batches, closes and drops the partial outputs. */
        void abort() {
            pipeline.cancel();
            for (Writer w : new Writer[] {acceptedOut, ackOut, reportOut, rejectedOut}) {
                try {
                    w.close();
                } catch (IOException ignored) {
                    // the partial outputs are deleted just below; the reason file says what happened
                }
            }
            for (String suffix : new String[] {".837", ".277", ".999", ".ta1", ".report.json", ".rejected.json"}) {
                try (var files = Files.list(work)) {
                    for (Path p : files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList()) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException ignored) {
                    // StagedFile.fail removes the work folder anyway
                }
            }
        }
    }
}
