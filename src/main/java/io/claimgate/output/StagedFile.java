package io.claimgate.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One input file whose outputs are complete in the work folder and not yet visible. {@link #commit()} renames them
 * into accepted/, rejected/, acks/ and reports/ and only then moves the input to archive/; {@link #fail()} moves
 * the input to error/ with a reason file. Either way the input ends in exactly one place and nothing is deleted
 * but claimgate's own temporary files.
 */
public final class StagedFile {

    private static final Logger LOG = LoggerFactory.getLogger(StagedFile.class);

    private final OutputLayout layout;
    private final Path input;
    private final String stem;
    private final Path work;
    private final boolean keepInput;
    private final FileOutcome outcome;

    StagedFile(OutputLayout layout, Path input, String stem, Path work, boolean keepInput, FileOutcome outcome) {
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

    static Path acceptedFile(Path work, String stem) {
        return work.resolve(stem + ".837");
    }

    static Path rejectedFile(Path work, String stem) {
        return work.resolve(stem + ".rejected.json");
    }

    static Path ackFile(Path work, String stem) {
        return work.resolve(stem + ".277");
    }

    static Path implementationAckFile(Path work, String stem) {
        return work.resolve(stem + ".999");
    }

    static Path interchangeAckFile(Path work, String stem) {
        return work.resolve(stem + ".ta1");
    }

    static Path reportFile(Path work, String stem) {
        return work.resolve(stem + ".report.json");
    }

    /** Makes the outputs visible, then archives the input. */
    public FileOutcome commit() {
        try {
            if (outcome.accepted() > 0) {
                publish(acceptedFile(work, stem), layout.accepted().resolve(stem + ".837"));
            }
            if (outcome.rejected() > 0) {
                publish(rejectedFile(work, stem), layout.rejected().resolve(stem + ".json"));
            }
            for (Path ack : new Path[] {ackFile(work, stem), implementationAckFile(work, stem),
                    interchangeAckFile(work, stem)}) {
                if (Files.exists(ack) && Files.size(ack) > 0) { // no 277 when the 999 accepted no set
                    publish(ack, layout.acks().resolve(ack.getFileName()));
                }
            }
            publish(reportFile(work, stem), layout.reports().resolve(stem + ".json"));
            settleInput(layout.archive());
            removeWork();
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
            publish(reason, layout.error().resolve(stem + ".reason.txt"));
            settleInput(layout.error());
            removeWork();
            LOG.debug("{}", outcome.summary());
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + input.getFileName() + " to error/", e);
        }
    }

    private void settleInput(Path folder) throws IOException {
        String name = input.getFileName().toString();
        Path target = folder.resolve(stem + name.substring(OutputLayout.stem(name).length()));
        if (keepInput) {
            Path tmp = work.resolve("input.tmp");
            Files.copy(input, tmp, StandardCopyOption.REPLACE_EXISTING);
            publish(tmp, target);
        } else {
            try {
                Files.move(input, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(input, target);
            }
        }
    }

    private static void publish(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    void removeWork() throws IOException {
        if (Files.exists(work)) {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
