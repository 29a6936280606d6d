package io.claimgate.process;

import io.claimgate.edit.ClaimResult;
import io.claimgate.edit.FileEditor;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pass 2 over one file: the envelope events of the claim pass. Claims go in batches of {@value #BATCH} to the
 * pipeline, which edits them on the pool, while pass 1 may still be checking the file ({@link StructureFirst}); what
 * pass 1 decided is applied where the results are written, in file order: claims of sets the 999 rejected are
 * reported as such, interchanges a TA1 rejected are skipped. A claim of a rejected set may be anything, so its batch
 * failing to parse or edit only matters when its set is accepted.
 */
final class ClaimPass implements EnvelopeHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimPass.class);
    /** Claims per Smooks call: amortises its per-call cost (docs/architecture.md has the measurements). */
    static final int BATCH = 64;
    /**
     * Batches in flight while pass 1 runs and the writers wait for it: 2,048 claims. With 16 (1,024 claims) the pool
     * finished them in about 0.3 s of the 0.75 s pass 1 took over the benchmark's 20,000-claim file, and waited out
     * the rest (JFR timeline, loaded machine). A bound, as the window is, whatever the size of the file.
     */
    static final int BATCHES_WHILE_SCANNING = 32;

    /** A claim as split, with its batch's edited result or the batch's failure. */
    private record Edited(RawClaim claim, ClaimResult result, RuntimeException failure) {
    }

    private final String name;
    private final StructureFirst structure;
    private final Function<List<RawClaim>, List<ClaimResult>> editBatch;
    private final BiFunction<RawClaim, TransactionCheck, ClaimResult> rejectedBySet;
    private final OrderedClaimPipeline<RawClaim, Edited> pipeline;
    private final FileEditor acrossClaims;
    private final FileProgress progress;
    private List<RawClaim> batch = new ArrayList<>(BATCH);

    /**
     * @param structure pass 1, and the outputs it opens
     * @param editBatch parses and edits a batch of claims (runs on the pool)
     * @param rejectedBySet the result of a claim whose set the 999 rejected
     * @param window batches in flight at most once pass 1 is over
     * @param windowWhileScanning batches in flight at most before ({@link #BATCHES_WHILE_SCANNING} on this node's
     *     pool; the Kafka mode keeps its own window throughout)
     * @param acrossClaims the file's across-claims checks (edit.FileEditor), run in file order before writing
     * @param progress told of each claim written
     */
    ClaimPass(String name, StructureFirst structure, Executor pool, int window, int windowWhileScanning,
            Function<List<RawClaim>, List<ClaimResult>> editBatch,
            BiFunction<RawClaim, TransactionCheck, ClaimResult> rejectedBySet,
            FileEditor acrossClaims, FileProgress progress) {
        this.name = name;
        this.structure = structure;
        this.editBatch = editBatch;
        this.rejectedBySet = rejectedBySet;
        this.acrossClaims = acrossClaims;
        this.progress = progress;
        this.pipeline = new OrderedClaimPipeline<>(pool, () -> structure.scanned() ? window : windowWhileScanning,
                this::edit, this::write);
    }

    private StructureVerdicts verdicts() {
        return structure.opened().verdicts();
    }

    private FileOutputs outputs() {
        return structure.opened().outputs();
    }

    private List<Edited> edit(List<RawClaim> claims) {
        List<Edited> edited = new ArrayList<>(claims.size());
        try {
            List<ClaimResult> results = editBatch.apply(claims);
            if (results.size() != claims.size()) {
                throw new IllegalStateException(claims.size() + " claims edited into " + results.size() + " results");
            }
            for (int i = 0; i < claims.size(); i++) {
                edited.add(new Edited(claims.get(i), results.get(i), null));
            }
        } catch (RuntimeException e) {
            edited.clear();
            claims.forEach(c -> edited.add(new Edited(c, null, e)));
        }
        return edited;
    }

    private void write(Edited edited) {
        TransactionHeader transaction = edited.claim().transaction();
        StructureVerdicts verdicts = verdicts();
        boolean setAccepted = verdicts.transactionAccepted(transaction); // its interchange accepted too
        if (!setAccepted) {
            if (edited.result() != null) {
                acrossClaims.forget(edited.result());
            }
            if (verdicts.interchangeAccepted(transaction.interchange())) {
                outputs().claimOfRejectedSet(rejectedBySet.apply(edited.claim(), verdicts.transaction(transaction)));
                progress.claimWritten();
            }
            return;
        }
        if (edited.failure() != null) {
            throw edited.failure();
        }
        ClaimResult result = acrossClaims.edit(edited.result());
        outputs().claim(result);
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
        pipeline.event(() -> {
            InterchangeCheck check = verdicts().interchange(interchange);
            LOG.info("{}: interchange {} from {} to {}{}", name, interchange.controlNumber(), interchange.senderId(),
                    interchange.receiverId(), verdicts().interchangeAccepted(interchange) ? ""
                            : ": rejected by TA1 note " + (check == null ? "?" : check.ta1Note()));
        });
    }

    @Override
    public void transactionStart(TransactionHeader transaction) {
        flush();
        pipeline.event(() -> {
            if (!verdicts().interchangeAccepted(transaction.interchange())) {
                return;
            }
            boolean acknowledged = verdicts().transactionAccepted(transaction);
            if (!acknowledged) {
                LOG.info("{}: transaction set {} rejected by the 999", name, transaction.controlNumber());
            }
            outputs().transactionStart(transaction, acknowledged);
        });
    }

    @Override
    public void claim(RawClaim claim) {
        batch.add(claim);
        if (batch.size() >= BATCH) {
            flush();
        }
    }

    @Override
    public void transactionEnd(TransactionHeader transaction, Segment se, int segmentCount) {
        flush();
        pipeline.event(() -> {
            if (verdicts().interchangeAccepted(transaction.interchange())) {
                outputs().transactionEnd(transaction, verdicts().transactionAccepted(transaction));
            }
        });
    }

    @Override
    public void groupEnd(Segment gs, Segment ge, int transactionCount) {
        flush();
        pipeline.event(() -> outputs().groupEnd(gs));
    }

    @Override
    public void interchangeEnd(InterchangeHeader interchange, Segment iea, int groupCount) {
        flush();
        pipeline.event(() -> outputs().interchangeEnd(interchange));
    }

    /** Waits for the last batches and closes the outputs. */
    void finish() {
        flush();
        pipeline.finish();
        outputs().finish();
        progress.finished();
    }

    /** Stops after bad input: waits for running batches and for pass 1, closes and drops the partial outputs. */
    void abort() {
        pipeline.cancel();
        structure.abort();
        progress.finished();
    }
}
