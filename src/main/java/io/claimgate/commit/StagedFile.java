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

    public static Path acceptedFile(Path work, String stem) {
        return work.resolve(stem + ".837");
    }

    public static Path rejectedFile(Path work, String stem) {
        return work.resolve(stem + ".rejected.json");
    }

    public static Path ackFile(Path work, String stem) {
        return work.resolve(stem + ".277");
    }

    public static Path implementationAckFile(Path work, String stem) {
        return work.resolve(stem + ".999");
    }

    public static Path interchangeAckFile(Path work, String stem) {
        return work.resolve(stem + ".ta1");
    }

    public static Path reportFile(Path work, String stem) {
        return work.resolve(stem + ".report.json");
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

    /** Makes the outputs visible, records the outcome, then archives the input (see {@link CommitPlan}). */
    public FileOutcome commit() {
        try {
            List<CommitPlan.Move> moves = new ArrayList<>();
            if (outcome.accepted() > 0) {
                moves.add(new CommitPlan.Move(acceptedFile(work, stem), layout.accepted().resolve(stem + ".837")));
            }
            if (outcome.rejected() > 0) {
                moves.add(new CommitPlan.Move(rejectedFile(work, stem), layout.rejected().resolve(stem + ".json")));
            }
            for (Path ack : new Path[] {ackFile(work, stem), implementationAckFile(work, stem),
                    interchangeAckFile(work, stem)}) {
                if (Files.exists(ack) && Files.size(ack) > 0) { // no 277 when the 999 accepted no set
                    moves.add(new CommitPlan.Move(ack, layout.acks().resolve(ack.getFileName())));
                }
            }
            moves.add(new CommitPlan.Move(reportFile(work, stem), layout.reports().resolve(stem + ".json")));
            settle(moves, layout.archive());
            LOG.debug("{}", outcome.summary());
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the outputs of " + input.getFileName(), e);
        }
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
