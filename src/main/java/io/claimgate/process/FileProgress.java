package io.claimgate.process;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The progress of one file's claim pass: counts the bytes the reader takes from the file and the claims written,
 * and tells the {@link ProgressListener} every {@value #EVERY} claims (so the listener costs nothing per claim).
 */
final class FileProgress {

    /** Claims between two calls of the listener: two batches, a few milliseconds of work. */
    static final int EVERY = 2 * ClaimPass.BATCH;

    private final ProgressListener listener;
    private final String file;
    private volatile long position;
    private long claims;

    FileProgress(ProgressListener listener, String file, long bytes) {
        this.listener = listener;
        this.file = file;
        listener.started(file, bytes);
    }

    /** The file's bytes as the claim pass reads them, counted. */
    InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    position++;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    position += n; // one reader thread writes it; the writer thread only reads it
                }
                return n;
            }
        };
    }

    /** One more claim written (the pipeline's writing thread). */
    void claimWritten() {
        if (++claims % EVERY == 0) {
            listener.claims(file, claims, position);
        }
    }

    void finished() {
        listener.finished(file, claims);
    }
}
