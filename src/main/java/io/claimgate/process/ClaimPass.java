package io.claimgate.process;

import io.claimgate.edit.ClaimResult;
import io.claimgate.edit.api.Finding;
import io.claimgate.parse.EnvelopeHandler;
import io.claimgate.parse.RawClaim;
import io.claimgate.parse.TransactionHeader;
import io.claimgate.syntax.FileStructure.InterchangeCheck;
import io.claimgate.syntax.FileStructure.TransactionCheck;
import io.claimgate.x12.InterchangeHeader;
import io.claimgate.x12.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pass 2 over one file: the envelope events of the claim pass. Claims of sets pass 1 accepted go in batches of
 * {@value #BATCH} to the pipeline, which edits them on the pool; claims of sets the 999 rejected are reported as
 * such; interchanges a TA1 rejected are skipped. Every output event goes through the pipeline, so the writers see
 * claims and envelope ends in file order.
 */
final class ClaimPass implements EnvelopeHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimPass.class);
    /** Claims per Smooks call: amortises its per-call cost (docs/architecture.md has the measurements). */
    static final int BATCH = 64;

    private final String name;
    private final StructureVerdicts verdicts;
    private final FileOutputs outputs;
    private final BiFunction<RawClaim, TransactionCheck, ClaimResult> rejectedBySet;
    private final OrderedClaimPipeline<RawClaim, ClaimResult> pipeline;
    private final UnaryOperator<ClaimResult> acrossClaims;
    private final FileProgress progress;
    private List<RawClaim> batch = new ArrayList<>(BATCH);

    /**
     * @param editBatch parses and edits a batch of claims (runs on the pool)
     * @param rejectedBySet the result of a claim whose set the 999 rejected
     * @param window batches in flight at most
     * @param acrossClaims the file's across-claims checks (edit.FileEditor), run in file order before writing
     * @param progress told of each claim written
     */
    ClaimPass(String name, StructureVerdicts verdicts, FileOutputs outputs, Executor pool, int window,
            Function<List<RawClaim>, List<ClaimResult>> editBatch,
            BiFunction<RawClaim, TransactionCheck, ClaimResult> rejectedBySet,
            UnaryOperator<ClaimResult> acrossClaims, FileProgress progress) {
        this.name = name;
        this.verdicts = verdicts;
        this.outputs = outputs;
        this.rejectedBySet = rejectedBySet;
        this.acrossClaims = acrossClaims;
        this.progress = progress;
        this.pipeline = new OrderedClaimPipeline<>(pool, window, editBatch, this::write);
    }

    private void write(ClaimResult edited) {
        ClaimResult result = acrossClaims.apply(edited);
        outputs.claim(result);
        progress.claimWritten();
        if (!result.accepted()) {
            LOG.debug("{}: claim {} rejected ({})", name, result.claim().id(), result.findings().stream()
                    .filter(Finding::isError).map(f -> f.status().toString()).distinct().toList());
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
        InterchangeCheck check = verdicts.interchange(interchange);
        LOG.info("{}: interchange {} from {} to {}{}", name, interchange.controlNumber(), interchange.senderId(),
                interchange.receiverId(), verdicts.interchangeAccepted(interchange) ? ""
                        : ": rejected by TA1 note " + (check == null ? "?" : check.ta1Note()));
    }

    @Override
    public void transactionStart(TransactionHeader transaction) {
        if (!verdicts.interchangeAccepted(transaction.interchange())) {
            return;
        }
        flush();
        boolean acknowledged = verdicts.transactionAccepted(transaction);
        if (!acknowledged) {
            LOG.info("{}: transaction set {} rejected by the 999", name, transaction.controlNumber());
        }
        pipeline.event(() -> outputs.transactionStart(transaction, acknowledged));
    }

    @Override
    public void claim(RawClaim claim) {
        TransactionHeader transaction = claim.transaction();
        if (!verdicts.interchangeAccepted(transaction.interchange())) {
            return;
        }
        if (!verdicts.transactionAccepted(transaction)) {
            flush();
            TransactionCheck set = verdicts.transaction(transaction);
            pipeline.event(() -> {
                outputs.claimOfRejectedSet(rejectedBySet.apply(claim, set));
                progress.claimWritten();
            });
            return;
        }
        batch.add(claim);
        if (batch.size() >= BATCH) {
            flush();
        }
    }

    @Override
    public void transactionEnd(TransactionHeader transaction, Segment se, int segmentCount) {
        if (!verdicts.interchangeAccepted(transaction.interchange())) {
            return;
        }
        flush();
        boolean acknowledged = verdicts.transactionAccepted(transaction);
        pipeline.event(() -> outputs.transactionEnd(transaction, acknowledged));
    }

    @Override
    public void groupEnd(Segment gs, Segment ge, int transactionCount) {
        flush();
        pipeline.event(() -> outputs.groupEnd(gs));
    }

    @Override
    public void interchangeEnd(InterchangeHeader interchange, Segment iea, int groupCount) {
        flush();
        pipeline.event(() -> outputs.interchangeEnd(interchange));
    }

    /** Waits for the last batches and closes the outputs. */
    void finish() {
        flush();
        pipeline.finish();
        outputs.finish();
        progress.finished();
    }

    /** Stops after bad input: waits for running batches, closes and drops the partial outputs. */
    void abort() {
        pipeline.cancel();
        outputs.abort();
        progress.finished();
    }
}
