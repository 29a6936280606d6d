package io.claimgate.commit;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One input file whose outputs are complete in the work folder and not yet visible. {@link #commit()} renames them
 * into accepted/, rejected/, acks/ and reports/ and only then moves the input to archive/; {@link #fail()} moves
 * the input to error/ with a reason file. Either way the input ends in exactly one place and nothing is deleted
 * but claimgate's own temporary files. Both write a {@link CommitPlan} first, so a crash mid-commit is rolled
 * forward at the next start.
 */
public final class StagedFile {

    private static final Logger LOG = LoggerFactory.getLogger(StagedFile.class);

    private final OutputLayout layout;
    private final Path input;
    private final String stem;
    private final Path work;
    private final boolean keepInput;
    private final FileOutcome outcome;
    private JournalEntry record;
    private OutcomeJournal journal;
    private io.claimgate.edit.api.FileHistory history;

    public StagedFile(OutputLayout layout, Path input, String stem, Path work, boolean keepInput, FileOutcome outcome) {
        this.layout = layout;
        this.input = input;
        this.stem = stem;
        this.work = work;
        this.keepInput = keepInput;
        this.outcome = outcome;
    }

    /** True when the file was read as X12 and has outputs to commit; false when it goes to error/. */
    public boolean isReadable() {
        return outcome.processed();
    }

    public FileOutcome outcome() {
        return outcome;
    }

    public String stem() {
        return stem;
    }

    /**
     * The entry the processed-file store gets when this file's outcome is committed, and who records it. Set by
     * the intake before {@link #commit()} or {@link #fail()}; the entry travels in the commit plan, so a commit
     * interrupted by a crash records it when it is rolled forward.
     */
    public StagedFile recordingTo(JournalEntry entry, OutcomeJournal journal) {
        this.record = entry;
        this.journal = journal;
        return this;
    }

    /**
     * What the file adds to the store's claim history (issue 13: E/M counts, claim fingerprints), recorded with its
     * entry when the outcome is committed; a file that goes to error/ adds nothing.
     */
    public StagedFile withHistory(io.claimgate.edit.api.FileHistory fileHistory) {
        this.history = fileHistory == null || fileHistory.isEmpty() ? null : fileHistory;
        return this;
    }

    /** Makes the outputs visible, records the outcome, then archives the input (see {@link CommitPlan}). */
    public FileOutcome commit() {
        try {
            CommitPlan.settling(work, outputMoves(), input, keepInput, layout.archive(), stem, record,
                    record == null ? null : history).write().apply(journal);
            LOG.debug("{}", outcome.summary());
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the outputs of " + input.getFileName(), e);
        }
    }

    private List<CommitPlan.Move> outputMoves() throws IOException {
        List<CommitPlan.Move> moves = new ArrayList<>();
        for (OutputFile file : OutputFile.values()) {
            Path staged = file.staged(work, stem);
            if (publishes(file, staged)) {
                moves.add(new CommitPlan.Move(staged, file.published(layout, stem)));
            }
        }
        return moves;
    }

    /**
     * {@code validate}: makes a readable file's outputs visible and removes the work folder, leaving the input where
     * it is and recording nothing. No commit plan: a crash leaves a work folder and no outcome, and a check has no
     * outcome to finish (the next check of the file starts again).
     */
    public FileOutcome publish() {
        try {
            if (isReadable()) {
                for (CommitPlan.Move m : outputMoves()) {
                    Files.move(m.from(), m.to(), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
            }
            CommitPlan.removeFolder(work);
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the outputs of " + input.getFileName(), e);
        }
    }

    private boolean publishes(OutputFile file, Path staged) throws IOException {
        return switch (file) {
            case ACCEPTED -> outcome.accepted() > 0;
            case REJECTED -> outcome.rejected() > 0;
            case REPORT, HTML_REPORT -> true;
            // no 277 when the 999 accepted no set, no 999 when a TA1 rejected every interchange, mostly no TA1
            case CLAIM_ACK, IMPLEMENTATION_ACK, INTERCHANGE_ACK -> Files.exists(staged) && Files.size(staged) > 0;
        };
    }

    /** Moves the input to error/ beside S.reason.txt. */
    public FileOutcome fail() {
        try {
            Path reason = work.resolve(stem + ".reason.txt");
            Files.writeString(reason, input.getFileName() + ": " + outcome.reason() + System.lineSeparator(),
                    StandardCharsets.UTF_8);
            settle(List.of(new CommitPlan.Move(reason, layout.error().resolve(stem + ".reason.txt"))), layout.error());
            LOG.debug("{}", outcome.summary());
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + input.getFileName() + " to error/", e);
        }
    }

    private void settle(List<CommitPlan.Move> outputs, Path folder) throws IOException {
        CommitPlan.settling(work, outputs, input, keepInput, folder, stem, record).write().apply(journal);
    }

}
