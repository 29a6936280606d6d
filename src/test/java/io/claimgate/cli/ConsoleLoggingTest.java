package io.claimgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.ConsoleAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
    void claimgatesLevelComesFromItsPropertyAndATypoIsSaidNotTakenForTheDefault() {
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setProperty(ConsoleLogging.LEVEL_PROPERTY, "debug");
            LoggerContext debug = new LoggerContext();
            ConsoleLogging.setUp(debug);
            assertEquals(Level.DEBUG, debug.getLogger("io.claimgate").getLevel());
            assertEquals("", printed.toString(StandardCharsets.UTF_8));

            System.setProperty(ConsoleLogging.LEVEL_PROPERTY, "DEBG");
            LoggerContext typo = new LoggerContext();
            typo.setMDCAdapter(new LogbackMDCAdapter()); // as logback's own start gives its context
            ConsoleLogging.setUp(typo);
            assertEquals(Level.INFO, typo.getLogger("io.claimgate").getLevel());
            String said = printed.toString(StandardCharsets.UTF_8);
            assertTrue(said.endsWith(" WARN  ConsoleLogging - CLAIMGATE_LOG_LEVEL=DEBG is not a log level (TRACE,"
                    + " DEBUG, INFO, WARN, ERROR, OFF): claimgate logs at INFO\n"), said);
        } finally {
            System.clearProperty(ConsoleLogging.LEVEL_PROPERTY);
            System.setErr(err);
        }
    }

    @Test
    void aLogbackFileNamedOnTheCommandLineWins() {
        // the test JVM runs with -Dlogback.configurationFile=logback-test.xml (pom.xml): logback's own set-up reads it
        assertEquals(ExecutionStatus.INVOKE_NEXT_IF_ANY, new ConsoleLogging().configure(new LoggerContext()));
    }
}
