package io.claimgate.cli;

import io.claimgate.commit.FileOutcome;
import io.claimgate.commit.OutputLayout;
import io.claimgate.commit.StagedFile;
import io.claimgate.edit.ClaimEditor;
import io.claimgate.parse.ServiceLineParser;
import io.claimgate.process.ClaimFileProcessor;
import io.claimgate.process.InterchangeHistory;
import io.claimgate.process.ProgressListener;
import io.claimgate.x12.ControlNumberSequence;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What {@code validate} runs instead of the routes: the same {@link ClaimFileProcessor} (the same structure pass,
 * claim pass, editor, profiles and code sets, the same writers) without the intake gate, the processed-file store,
 * start-up recovery or Camel. The outputs are published into OUT; the input is never moved or copied, nothing is
 * recorded, and no interchange history is consulted (a check is not a submission, so it cannot reuse an ISA13).
 * Control numbers come from a sequence in memory starting at 1: no state file is written into OUT either.
 */
final class FileValidator implements AutoCloseable {

    private final OutputLayout layout;
    private final ServiceLineParser parser = new ServiceLineParser();
    private final ExecutorService pool;
    private final ClaimFileProcessor processor;

    /** @throws IOException when OUT's output folders cannot be created */
    FileValidator(Path out, ClaimEditor editor, int threads, ProgressListener progress) throws IOException {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        layout = new OutputLayout(out);
        layout.createOutputsOnly();
        pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "claimgate-validate");
            t.setDaemon(true);
            return t;
        });
        processor = new ClaimFileProcessor(layout, ControlNumberSequence.startingAt(1), parser, editor, pool, n,
                Clock.systemDefaultZone());
        processor.reportProgressTo(progress);
    }

    OutputLayout layout() {
        return layout;
    }

    /** Checks one file and publishes its outputs (none for a file that is not X12). */
    FileOutcome validate(Path file) throws IOException {
        StagedFile staged = processor.stage(file, true, Map.of("intake", "validate"), InterchangeHistory.NONE, null);
        return staged.publish();
    }

    @Override
    public void close() throws Exception {
        pool.shutdownNow();
        try {
            parser.close();
        } finally {
            try {
                java.nio.file.Files.deleteIfExists(layout.work()); // empty once every file is published
            } catch (java.nio.file.DirectoryNotEmptyException ignored) {
                // another process's work in this folder: not ours to remove
            }
        }
    }
}
