package io.claimgate.cli;

import io.claimgate.process.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress of {@code process} and {@code validate} on stderr, for a file over {@value #THRESHOLD} claims (a
 * smaller one is done in a few seconds): claims done, claims/s and the ETA from the file's byte position. On a
 * terminal it is one live line, rewritten in place ({@code \r}) at most every {@value #LINE_MILLIS} ms and cleared at
 * the end, so that the result line on stdout is not mixed with it; otherwise (a log file, CI) a log line when the
 * threshold is passed and then every {@value #LOG_MILLIS} ms. Per processor thread one file at a time.
 */
final class TerminalProgress implements ProgressListener {

    /** Claims done before progress shows: about 5 s of work on the 2-core machine (issue 10). */
    static final long THRESHOLD = 10_000;
    static final long LINE_MILLIS = 250;
    static final long LOG_MILLIS = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(TerminalProgress.class);

    /** Where progress goes: a live line on a terminal, a log line, or nowhere. */
    enum Mode {
        TERMINAL, LOG, OFF;

        /** From claimgate.progress: auto is a live line when the JVM has a console (stderr a terminal). */
        static Mode of(String setting, boolean console) {
            return switch (setting.trim()) {
                case "terminal" -> TERMINAL;
                case "log" -> LOG;
                case "off" -> OFF;
                default -> console ? TERMINAL : LOG;
            };
        }
    }

    private final Mode mode;
    private final PrintStream err;
    private final LongSupplier nanos;
    private final long threshold;
    private long size;
    private long startNanos;
    private long lastShown;
    private boolean shown;
    private int width;

    TerminalProgress(Mode mode, PrintStream err, LongSupplier nanos, long threshold) {
        this.mode = mode;
        this.err = err;
        this.nanos = nanos;
        this.threshold = threshold;
    }

    /** The progress of a command run from the shell: claimgate.progress decides the mode. */
    static TerminalProgress of(String setting) {
        return new TerminalProgress(Mode.of(setting, System.console() != null), System.err, System::nanoTime,
                THRESHOLD);
    }

    @Override
    public synchronized void started(String file, long bytes) {
        size = bytes;
        startNanos = nanos.getAsLong();
        shown = false;
        width = 0;
    }

    @Override
    public synchronized void claims(String file, long claims, long position) {
        if (mode == Mode.OFF || claims < threshold) {
            return;
        }
        long now = nanos.getAsLong();
        long interval = (mode == Mode.TERMINAL ? LINE_MILLIS : LOG_MILLIS) * 1_000_000;
        if (shown && now - lastShown < interval) {
            return;
        }
        String text = line(file, claims, (now - startNanos) / 1e9, position, size);
        if (mode == Mode.TERMINAL) {
            // pad over the end of a longer earlier line
            err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
            err.flush();
            width = text.length();
        } else {
            LOG.info("{}", text);
        }
        shown = true;
        lastShown = now;
    }

    @Override
    public synchronized void finished(String file, long claims) {
        if (mode == Mode.TERMINAL && shown) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
        shown = false;
    }

    /**
     * "big.837: 12,345 claims, 2,469 claims/s, 45% read, ETA 0:32". The ETA is the bytes left at the rate the
     * bytes went so far; "ETA ?" before any byte or second has passed.
     */
    static String line(String file, long claims, double seconds, long position, long size) {
        long rate = seconds > 0 ? Math.round(claims / seconds) : 0;
        int percent = size > 0 ? (int) Math.min(100, position * 100 / size) : 0;
        String eta = "?";
        if (seconds > 0 && position > 0) {
            eta = duration(Math.round((size - Math.min(position, size)) * seconds / position));
        }
        return String.format(Locale.ROOT, "%s: %,d claims, %,d claims/s, %d%% read, ETA %s", file, claims, rate,
                percent, eta);
    }

    /** 0:07, 12:34, 1:02:03. */
    static String duration(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d",
                m, s);
    }
}
