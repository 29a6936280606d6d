package io.claimgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the logback.xml it replaced said: one pattern on stderr, claimgate at INFO, the libraries at WARN. */
class ConsoleLoggingTest {

    @Test
    void logsOneLinePerEventOnStderrAtTheLevelsOfTheFormerLogbackXml() {
        LoggerContext context = new LoggerContext();
        ConsoleLogging.setUp(context);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertEquals(Level.WARN, root.getLevel());
        ConsoleAppender<?> stderr = (ConsoleAppender<?>) root.getAppender("STDERR");
        assertEquals("System.err", stderr.getTarget());
        assertTrue(stderr.isStarted());
        assertEquals("%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n",
                ((PatternLayoutEncoder) stderr.getEncoder()).getPattern());
        assertEquals(Level.INFO, context.getLogger("io.claimgate").getLevel());
        assertEquals(Level.INFO, context.getLogger("claim-file").getLevel());
        assertEquals(Level.ERROR, context.getLogger(
                "org.apache.camel.component.file.remote.RemoteFilePollingConsumerPollStrategy").getLevel());
        for (String library : List.of("org.apache.camel", "org.smooks", "org.apache.daffodil")) {
            assertEquals(Level.WARN, context.getLogger(library).getLevel(), library);
        }
        assertFalse(context.getLogger("io.claimgate.route").isDebugEnabled());
    }

    @Test
    void aLogbackFileNamedOnTheCommandLineWins() {
        // the test JVM runs with -Dlogback.configurationFile=logback-test.xml (pom.xml): logback's own set-up reads it
        assertEquals(ExecutionStatus.INVOKE_NEXT_IF_ANY, new ConsoleLogging().configure(new LoggerContext()));
    }
}
