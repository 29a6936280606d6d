package io.claimgate.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * claimgate's logging, set up in code (logback finds it through {@code META-INF/services}): one line per event on
 * stderr, so that {@code claimgate process} can print its results on stdout. What is logged: file names, control
 * numbers, claim ids (CLM01) and counts; never patient data.
 *
 * <p>In code rather than a {@code logback.xml}: reading the XML (logback's Joran, and the Xerces parser it finds on
 * the classpath) took about 0.2 s of the main thread before anything else starts (class-load log of
 * {@code claimgate -V}, 0.50-0.70 s of its 0.72 s), and every command pays it (issue 10, item 5). A file named by
 * {@code -Dlogback.configurationFile} still wins: then this steps aside (the test JVMs name {@code logback-test.xml}
 * so, in pom.xml; the claimgate processes the tests start log as the product does). {@code -DCLAIMGATE_LOG_LEVEL=DEBUG}
 * sets claimgate's own level.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class ConsoleLogging extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n";
    /** The system property of claimgate's own level ({@code JAVA_OPTS=-DCLAIMGATE_LOG_LEVEL=DEBUG}). */
    static final String LEVEL_PROPERTY = "CLAIMGATE_LOG_LEVEL";

    /** Levels of the libraries' loggers; everything else logs warnings and errors only. */
    private static final Map<String, Level> LEVELS = Map.of(
            "org.apache.camel", Level.WARN,
            // says "Trying to recover by force disconnecting" at every failed SFTP poll; route.SftpPollFailures says
            // it once
            "org.apache.camel.component.file.remote.RemoteFilePollingConsumerPollStrategy", Level.ERROR,
            "claim-file", Level.INFO,
            "org.smooks", Level.WARN,
            "org.apache.daffodil", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        setUp(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The appender on stderr and the levels. */
    static void setUp(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        String asked = System.getProperty(LEVEL_PROPERTY);
        Level level = Level.toLevel(asked, null);
        context.getLogger("io.claimgate").setLevel(level == null ? Level.INFO : level);
        if (asked != null && level == null) {
            // a typo must not pass for the default in silence
            context.getLogger(ConsoleLogging.class).warn("{}={} is not a log level (TRACE, DEBUG, INFO, WARN, ERROR,"
                    + " OFF): claimgate logs at INFO", LEVEL_PROPERTY, asked);
        }
    }
}
