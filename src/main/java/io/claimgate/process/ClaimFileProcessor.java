package io.claimgate.process;

import io.claimgate.ack.ImplementationAcknowledgmentWriter;
import io.claimgate.ack.InterchangeAcknowledgmentWriter;
import io.claimgate.commit.CommitPlan;
import io.claimgate.claim.Claim;
import io.claimgate.claim.ClaimBuilder;
import io.claimgate.commit.FileOutcome;
import io.claimgate.commit.OutputFile;
import io.claimgate.commit.OutputLayout;
import io.claimgate.commit.StagedFile;
import io.claimgate.edit.ClaimEditor;
import io.claimgate.edit.ClaimResult;
import io.claimgate.edit.EditorFindings;
import io.claimgate.edit.FileEditor;
import io.claimgate.edit.api.ClaimHistory;
import io.claimgate.edit.api.EditContext;
import io.claimgate.output.HtmlReportHeader;
import io.claimgate.parse.InterchangeReader;
import io.claimgate.parse.RawClaim;
import io.claimgate.parse.ServiceLineParser;
import io.claimgate.syntax.FileStructure;
import io.claimgate.syntax.FileStructure.TransactionCheck;
import io.claimgate.syntax.ImplementationMap;
import io.claimgate.x12.ControlNumberSequence;
import io.claimgate.x12.SegmentReader;
import io.claimgate.x12.X12FormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes one 837P file from end to end into staged outputs, in two streaming passes that run side by side. The
 * structure pass checks envelopes and every transaction set against the implementation guide and writes the TA1 and
 * 999. The claim pass splits the claims into batches for the thread pool, where Smooks parses their service
 * lines and the editor runs the rules; the results come back in file order to the writers of accepted/, rejected/,
 * acks/ (277CA) and reports/. Claims of rejected sets are reported as rejected and never reach the 277CA or the
 * accepted 837; interchanges a TA1 rejects have nothing written (their claims may have been edited before pass 1
 * said so, and are dropped).
 *
 * <p>Batches of {@value ClaimPass#BATCH} claims amortise the per-call cost of Smooks; at most two batches per thread
 * are in flight ({@value ClaimPass#BATCHES_WHILE_SCANNING} while pass 1 runs), so memory does not depend on the size
 * of the file (docs/architecture.md has the measurements).
 * {@link StructureScanner} is pass 1 (run by {@link StructureFirst}), {@link ClaimPass} pass 2, {@link FileOutputs}
 * the writers of pass 2, which start once pass 1 is over.
 */
public final class ClaimFileProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimFileProcessor.class);

    private final OutputLayout layout;
    private final ControlNumberSequence controlNumbers;
    private final ServiceLineParser parser;
    private final ClaimEditor editor;
    private final ExecutorService pool;
    private final int threads;
    private final Clock clock;
    private final ClaimHistory claimHistory;
    private final ImplementationMap implementationMap = ImplementationMap.professional837();
    private volatile ProgressListener progress = ProgressListener.NONE;
    private final ClaimBatchEditor batchEditor;
    /** Kafka mode: batches edited by workers (null: on this node's pool). */
    private final BatchEditing remote;

    public ClaimFileProcessor(OutputLayout layout, ControlNumberSequence controlNumbers, ServiceLineParser parser,
            ClaimEditor editor, ExecutorService pool, int threads, Clock clock) {
        this(layout, controlNumbers, parser, editor, pool, threads, clock, ClaimHistory.NONE, null);
    }

    /**
     * @param claimHistory the store's history of earlier files (em-mix-review, duplicate-claim); what each file
     *     adds to it travels in its commit plan ({@link StagedFile#withHistory})
     */
    public ClaimFileProcessor(OutputLayout layout, ControlNumberSequence controlNumbers, ServiceLineParser parser,
            ClaimEditor editor, ExecutorService pool, int threads, Clock clock, ClaimHistory claimHistory) {
        this(layout, controlNumbers, parser, editor, pool, threads, clock, claimHistory, null);
    }

    /** As above, with the claim batches edited by {@code remote} (the Kafka mode) when it is not null. */
    public ClaimFileProcessor(OutputLayout layout, ControlNumberSequence controlNumbers, ServiceLineParser parser,
            ClaimEditor editor, ExecutorService pool, int threads, Clock clock, ClaimHistory claimHistory,
            BatchEditing remote) {
        this.claimHistory = claimHistory;
        this.remote = remote;
        this.batchEditor = new ClaimBatchEditor(parser, editor);
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

    /** Who is told how far each file's claim pass has come (process shows it on the terminal); none by default. */
    public void reportProgressTo(ProgressListener listener) {
        this.progress = listener == null ? ProgressListener.NONE : listener;
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
        return stage(input, keepInput, intake, InterchangeHistory.NONE);
    }

    /** As {@link #stage(Path, boolean, Map)}, with the senders' earlier interchanges for the TA1 025 check. */
    public StagedFile stage(Path input, boolean keepInput, Map<String, ?> intake, InterchangeHistory history)
            throws IOException {
        return stage(input, keepInput, intake, history, null);
    }

    /**
     * As {@link #stage(Path, boolean, Map, InterchangeHistory)}, with the SHA-256 the intake already took of the
     * file (for its HTML page), so a large file is not read once more; null to have it computed here.
     */
    public StagedFile stage(Path input, boolean keepInput, Map<String, ?> intake, InterchangeHistory history,
            String sha256) throws IOException {
        String name = input.getFileName().toString();
        String stem = layout.reserveStem(name);
        Path work = layout.work().resolve(stem);
        try {
            return stageReserved(input, keepInput, intake, history, sha256, name, stem, work);
        } catch (IOException | RuntimeException e) {
            // A stage that throws leaves no work folder: the route retries it under a fresh reservation, then files
            // the input under error/ (camel-routes/claim-files.yaml), so nothing accumulates in .work/.
            CommitPlan.removeFolder(work);
            throw e;
        }
    }

    private StagedFile stageReserved(Path input, boolean keepInput, Map<String, ?> intake,
            InterchangeHistory history, String sha256, String name, String stem, Path work) throws IOException {
        LOG.info("{}: processing as {}", name, stem);
        long size = Files.size(input);
        if (size == 0) {
            return staged(input, stem, work, keepInput, unreadable(name, stem, "the file is empty (0 bytes)"));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String hash = sha256 != null ? sha256 : sha256(input);
        EditContext context = new EditContext(LocalDate.now(clock));
        FileProgress fileProgress = new FileProgress(progress, name, size);
        FileEditor acrossClaims = editor.forFile(context, claimHistory.excluding(hash));
        StructureFirst structure = new StructureFirst(new StructureScanner(implementationMap,
                new ReusedInterchanges(history, editor.profiles(), clock.instant())), input, verdicts -> {
                    acknowledgeStructure(name, stem, work, verdicts.structure(), now);
                    HtmlReportHeader page = new HtmlReportHeader(name, size, hash, intake, verdicts.structure(),
                            editor.codeSetReleases(), HtmlReportHeader.claimgateVersion());
                    FileOutputs outputs = new FileOutputs(work, stem, page, intake, verdicts.structure(),
                            controlNumbers, now);
                    outputs.providerReviews(acrossClaims.emMix());
                    return outputs;
                });
        ClaimPass run = remote == null
                ? new ClaimPass(name, structure, pool, 2 * threads,
                        Math.max(2 * threads, ClaimPass.BATCHES_WHILE_SCANNING),
                        b -> acrossClaims.prepare(editBatch(b, context)), this::rejectedBySet, acrossClaims,
                        fileProgress)
                : new ClaimPass(name, structure, remote.executor(), remote.window(), remote.window(),
                        remote.forFile(context).andThen(acrossClaims::prepare),
                        this::rejectedBySet, acrossClaims, fileProgress);
        try {
            readClaims(input, structure, run, fileProgress);
            run.finish();
            StructureFirst.Opened done = structure.opened();
            return staged(input, stem, work, keepInput, new FileOutcome(name, stem, true, done.outputs().claims(),
                    done.outputs().acceptedClaims(), done.outputs().rejectedClaims(),
                    done.verdicts().structure().rejections(), done.verdicts().structure().rejectsAny()))
                    .withHistory(acrossClaims.history());
        } catch (X12FormatException | StructureFirst.NotX12 e) {
            run.abort();
            return staged(input, stem, work, keepInput, unreadable(name, stem, e.getMessage()));
        } catch (java.io.UncheckedIOException e) {
            run.abort();
            throw e; // as an IOException would: the route retries the file, then files it under error/ with this
        } catch (RuntimeException e) {
            run.abort();
            LOG.error("{}: internal error while processing", name, e);
            return staged(input, stem, work, keepInput, unreadable(name, stem, "internal error: " + e));
        }
    }

    private StagedFile staged(Path input, String stem, Path work, boolean keepInput, FileOutcome outcome) {
        return new StagedFile(layout, input, stem, work, keepInput, outcome);
    }

    private static FileOutcome unreadable(String name, String stem, String reason) {
        return new FileOutcome(name, stem, false, 0, 0, 0, reason);
    }

    /** The file's SHA-256 for its HTML page, when the caller has not taken it already. */
    private static String sha256(Path input) throws IOException {
        try (InputStream in = Files.newInputStream(input)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Pass 1's answers: the TA1s and the 999, written before any claim is read. */
    private void acknowledgeStructure(String name, String stem, Path work, FileStructure structure,
            LocalDateTime now) throws IOException {
        try (Writer ta1 = FileOutputs.open(OutputFile.INTERCHANGE_ACK.staged(work, stem));
                Writer ack999 = FileOutputs.open(OutputFile.IMPLEMENTATION_ACK.staged(work, stem))) {
            int ta1s = InterchangeAcknowledgmentWriter.write(ta1, structure, controlNumbers, now);
            int sets = ImplementationAcknowledgmentWriter.write(ack999, structure, controlNumbers, now);
            LOG.info("{}: {} TA1, {} 999 group acknowledgment(s)", name, ta1s, sets);
        }
    }

    /**
     * Pass 2: streams the claims to the run. A file whose first ISA is malformed stops this reader at once; pass 1
     * answers it by its TA1 alone, and then it has no claims.
     */
    private static void readClaims(Path input, StructureFirst structure, ClaimPass run, FileProgress progress)
            throws IOException, X12FormatException {
        try (SegmentReader segments = new SegmentReader(new InputStreamReader(progress.counting(
                Files.newInputStream(input)),
                StandardCharsets.ISO_8859_1))) {
            new InterchangeReader(segments, run).read();
        } catch (X12FormatException e) {
            if (!structure.verdicts().structure().startUnreadable()) {
                throw e;
            }
        }
    }

    /** A claim of a transaction set the 999 rejected: reported as rejected, pointing at the 999. */
    private ClaimResult rejectedBySet(RawClaim c, TransactionCheck set) {
        Claim claim = ClaimBuilder.build(c, ClaimBatchEditor.unparsed(c));
        return EditorFindings.transactionSetRejected(claim, c.transaction().st(), set.controlNumber(), set.setCodes());
    }

    /** Stages and then commits (or files under error/): the whole life of one input. */
    public FileOutcome process(Path input, boolean keepInput) throws IOException {
        StagedFile staged = stage(input, keepInput);
        return staged.isReadable() ? staged.commit() : staged.fail();
    }

    /** Parses and edits a batch of claims: runs on the pool. */
    List<ClaimResult> editBatch(List<RawClaim> batch, EditContext context) {
        List<ClaimResult> results = new ArrayList<>(batch.size());
        for (ClaimBatchEditor.Edited e : batchEditor.edit(batch, context)) {
            results.add(e.result());
        }
        return results;
    }
}
