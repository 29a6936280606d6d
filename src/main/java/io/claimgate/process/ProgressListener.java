package io.claimgate.process;

/**
 * Told how far the claim pass of a file has come, so that a command can show progress on a large file without
 * polling. {@link ClaimFileProcessor} calls it from the thread that writes the file's outputs: once when the claim
 * pass starts, every {@value FileProgress#EVERY} claims written, and once at the end. Implementations are called
 * for one file at a time per processor thread and must be quick (they run on the hot path).
 */
public interface ProgressListener {

    /** Does nothing: the default of every processor (serve, replay, tests). */
    ProgressListener NONE = new ProgressListener() {
    };

    /** The claim pass of {@code file} ({@code bytes} long) starts. */
    default void started(String file, long bytes) {
    }

    /**
     * {@code claims} claims of {@code file} are written; the claim pass has read {@code position} of its bytes
     * (a little ahead of the claims written: the reader fills the batches in flight).
     */
    default void claims(String file, long claims, long position) {
    }

    /** The claim pass of {@code file} ended (completed or stopped by bad input) after {@code claims} claims. */
    default void finished(String file, long claims) {
    }
}
