package io.claimgate.route;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox files claimgate could not give an outcome (it could not move them: OUT's error/ folder unusable, the
 * inbox read-only...). Each is reported once, in one line, and not taken again while its size and date stay the
 * same: before, the folder intake took it at every poll and logged a 21-line stack trace every second, forever.
 * A file that changes (dropped again, touched) is taken again, as is every such file after a restart.
 *
 * <p>"unsettledFiles" in camel-routes/claim-files.yaml: the folder intake's {@code filter} and its on-failure step.
 */
public final class UnsettledFiles implements GenericFileFilter<Object> {

    private static final Logger LOG = LoggerFactory.getLogger(UnsettledFiles.class);

    /** Absolute path to "size/last-modified" of the version that failed. */
    private final Map<String, String> failed = new ConcurrentHashMap<>();

    @Override
    public boolean accept(GenericFile<Object> file) {
        if (file.isDirectory()) {
            return true;
        }
        String seen = failed.get(file.getAbsoluteFilePath());
        return seen == null || !seen.equals(version(file.getFileLength(), file.getLastModified()));
    }

    /** Remembers the file of a failed exchange and says so once. */
    public void remember(Exchange exchange) {
        var in = exchange.getMessage();
        String path = in.getHeader(Exchange.FILE_PATH, String.class);
        if (path == null) {
            return;
        }
        String absolute = new java.io.File(path).getAbsolutePath();
        Long length = in.getHeader(Exchange.FILE_LENGTH, Long.class);
        Long modified = in.getHeader(Exchange.FILE_LAST_MODIFIED, Long.class);
        String version = version(length == null ? -1 : length, modified == null ? -1 : modified);
        if (version.equals(failed.put(absolute, version))) {
            return;
        }
        Throwable cause = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        LOG.warn("{}: could not be given an outcome ({}); left in the inbox, and not taken again until it changes or"
                + " claimgate restarts", in.getHeader(Exchange.FILE_NAME, String.class),
                cause == null ? "unknown failure" : cause.toString().lines().findFirst().orElse(""));
    }

    int size() {
        return failed.size();
    }

    private static String version(long length, long modified) {
        return length + "/" + modified;
    }
}
