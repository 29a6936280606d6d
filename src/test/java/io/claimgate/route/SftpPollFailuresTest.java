package io.claimgate.route;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.jcraft.jsch.JSchChangedHostKeyException;
import com.jcraft.jsch.JSchException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.camel.component.file.GenericFileOperationFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A failing SFTP poll is said once, in one line, in plain words; again only when it changes or REPEAT later. */
class SftpPollFailuresTest {

    final Logger logger = (Logger) LoggerFactory.getLogger(SftpPollFailures.class);
    final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    long now = 1_000_000;
    final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };

    @BeforeEach
    void listen() {
        logs.start();
        logger.addAppender(logs);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(logs);
    }

    static Exception connect(Throwable cause) {
        return new GenericFileOperationFailedException("Cannot connect to sftp://clinic@sftp.example.org:22", cause);
    }

    /** JSch's own exception (its constructor is package-private: JSch alone throws it). */
    static Exception jsch(Class<? extends Exception> type, String message) {
        try {
            var constructor = type.getDeclaredConstructor(String.class);
            constructor.setAccessible(true);
            return constructor.newInstance(message);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    List<String> warnings() {
        return logs.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    @Test
    void aChangedHostKeyIsSaidOnceWhilePollsKeepFailing() {
        SftpPollFailures failures = new SftpPollFailures(clock);
        Exception refused = connect(jsch(JSchChangedHostKeyException.class, "HostKey has been changed: sftp.example.org"));
        for (int poll = 0; poll < 10; poll++) {
            failures.handleException("Failed polling endpoint", null, refused);
            now += 5000;
        }
        assertEquals(List.of("SFTP intake: Cannot connect to sftp://clinic@sftp.example.org:22: the server's host key"
                + " is not the one in known_hosts (claimgate.sftp.known-hosts): refused (HostKey has been changed:"
                + " sftp.example.org); nothing is taken from the server, trying again at the next poll"), warnings());
        assertEquals(null, logs.list.get(0).getThrowableProxy());

        now += SftpPollFailures.REPEAT.toMillis();
        failures.handleException("Failed polling endpoint", null, refused);
        assertEquals(2, warnings().size());
        assertEquals(true, warnings().get(1).endsWith("(still failing: 9 more time(s) since said last)"),
                warnings().get(1));
    }

    @Test
    void aDifferentFailureIsSaidAtOnce() {
        SftpPollFailures failures = new SftpPollFailures(clock);
        failures.handleException(connect(new JSchException("Auth fail for methods 'publickey'")));
        failures.handleException(connect(new java.net.ConnectException("Connection refused")));
        failures.handleException(new IllegalStateException("no cause"));
        assertEquals(List.of(
                "SFTP intake: Cannot connect to sftp://clinic@sftp.example.org:22: the server refused the login"
                        + " (claimgate.sftp.user, password or private-key) (Auth fail for methods 'publickey'); nothing"
                        + " is taken from the server, trying again at the next poll",
                "SFTP intake: Cannot connect to sftp://clinic@sftp.example.org:22: ConnectException (Connection"
                        + " refused); nothing is taken from the server, trying again at the next poll",
                "SFTP intake: no cause; nothing is taken from the server, trying again at the next poll"), warnings());
    }
}
