package io.claimgate.process;

import io.claimgate.x12.X12FormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Pass 1 ({@link StructureScanner}) on a thread of its own while pass 2 already reads, splits and edits the claims.
 * Run one after the other, pass 1 left the pool idle: a JFR timeline of the benchmark's 20,000-claim file showed the
 * workers without a sample for the 0.6-0.7 s of each file's structure pass, about 7% of the file's time (issue 12,
 * item 0). Pass 2 needs the verdicts only where it writes (they say where each claim goes), so its writers start
 * once pass 1 is done, and open the outputs then: the TA1 and 999, and the JSON and HTML reports, which print the
 * verdicts before the claims.
 */
final class StructureFirst {

    /** Pass 1's verdicts and the outputs opened with them. */
    record Opened(StructureVerdicts verdicts, FileOutputs outputs) {
    }

    /** Opens the outputs once the verdicts are known (writes the TA1 and 999 first). */
    interface Opener {
        FileOutputs open(StructureVerdicts verdicts) throws IOException;
    }

    /** Pass 1 found the file is not X12: the file's answer is an error/ entry with this message. */
    static final class NotX12 extends RuntimeException {
        NotX12(X12FormatException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final CompletableFuture<StructureVerdicts> scan = new CompletableFuture<>();
    private final Opener opener;
    private Opened opened;

    StructureFirst(StructureScanner scanner, Path input, Opener opener) {
        this.opener = opener;
        Thread thread = new Thread(() -> {
            try {
                scan.complete(scanner.verdicts(input));
            } catch (Throwable e) {
                scan.completeExceptionally(e);
            }
        }, "claimgate-structure");
        thread.setDaemon(true);
        thread.start();
    }

    /** Pass 1 is over: pass 2's writers no longer wait, so fewer batches need to be in flight. */
    boolean scanned() {
        return scan.isDone();
    }

    /** Pass 1's verdicts, once it is over. */
    StructureVerdicts verdicts() {
        try {
            return scan.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof X12FormatException notX12) {
                throw new NotX12(notX12);
            } else if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            } else if (cause instanceof RuntimeException runtime) {
                throw runtime;
            } else if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The verdicts and the outputs, opened on first use (by the writing thread). */
    Opened opened() {
        if (opened == null) {
            StructureVerdicts verdicts = verdicts();
            try {
                opened = new Opened(verdicts, opener.open(verdicts));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return opened;
    }

    /** After a failure: waits until pass 1 no longer reads the input, then drops the outputs opened. */
    void abort() {
        try {
            scan.join();
        } catch (RuntimeException ignored) {
            // the failure being handled is the one reported
        }
        if (opened != null) {
            opened.outputs().abort();
        }
    }
}
