package io.claimgate.route;

import java.time.Clock;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SFTP intake's failures to poll (server unreachable, host key refused, login refused): one line saying what
 * went wrong and what claimgate does about it, instead of Camel's 30-line stack trace at every poll (measured against
 * OpenSSH with a wrong known_hosts: two WARN lines and a 25-line trace every poll, the endpoint URI with every
 * option in each). The same failure is said again only every {@link #REPEAT} while it lasts; /observe/health shows
 * the intake DOWN meanwhile (Camel's consumer check).
 *
 * <p>"sftpPollFailures" in camel-routes/intake-sftp.yaml: the consumer's {@code exceptionHandler}.
 */
public final class SftpPollFailures implements ExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SftpPollFailures.class);
    static final Duration REPEAT = Duration.ofMinutes(15);

    private final Clock clock;
    private String last;
    private long lastLoggedMillis;
    private long repeats;

    public SftpPollFailures(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public synchronized void handleException(String message, Exchange exchange, Throwable exception) {
        // a file's own failure (its move on the server...) names the file; a failed poll has no exchange
        String line = exchange == null ? describe(exception) : exchange.getMessage().getHeader(Exchange.FILE_NAME,
                String.class) + ": " + describe(exception);
        long now = clock.millis();
        if (line.equals(last) && now - lastLoggedMillis < REPEAT.toMillis()) {
            repeats++;
            LOG.debug("{}", line);
            return;
        }
        String again = line.equals(last) ? " (still failing: " + repeats + " more time(s) since said last)" : "";
        LOG.warn("{}; {}{}", line, exchange == null ? "nothing is taken from the server, trying again at the next poll"
                : "left on the server", again);
        last = line;
        lastLoggedMillis = now;
        repeats = 0;
    }

    /** "SFTP intake: Cannot connect to sftp://user@host:port: the server's host key ... (JSch's words)". */
    static String describe(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String top = firstLine(exception);
        if (root == exception) {
            return "SFTP intake: " + top;
        }
        return "SFTP intake: " + top + ": " + meaning(root) + " (" + firstLine(root) + ")";
    }

    /** Plain words for the refusals a clinic's administrator has to act on; the exception's own class otherwise. */
    private static String meaning(Throwable root) {
        String type = root.getClass().getSimpleName();
        String text = String.valueOf(root.getMessage());
        if (type.equals("JSchChangedHostKeyException")) {
            return "the server's host key is not the one in known_hosts (claimgate.sftp.known-hosts): refused";
        }
        if (type.equals("JSchUnknownHostKeyException")) {
            return "the server's host key is not in known_hosts (claimgate.sftp.known-hosts): refused";
        }
        if (text.startsWith("Auth fail")) {
            return "the server refused the login (claimgate.sftp.user, password or private-key)";
        }
        return type;
    }

    private static String firstLine(Throwable t) {
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse("");
    }
}
