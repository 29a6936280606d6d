package io.claimgate.route;

import io.claimgate.edit.ClaimEditor;
import io.claimgate.output.ClaimFileProcessor;
import io.claimgate.output.FileOutcome;
import io.claimgate.output.OutputLayout;
import io.claimgate.parse.ServiceLineParser;
import io.claimgate.x12.Delimiters;
import io.claimgate.x12.FileControlNumberSequence;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

/**
 * Assembles claimgate: the processor and its thread pool, the one compiled Smooks parser, and Camel Main running
 * the YAML routes. Both {@code process} and {@code serve} use it, so both go through the same routes.
 */
public final class ClaimgateRuntime implements AutoCloseable {

    private final Main main;
    private final ServiceLineParser parser;
    private final ExecutorService pool;
    private final ClaimFileProcessor processor;
    private ProducerTemplate template;

    /**
     * @param out the output folder (created if needed)
     * @param threads worker threads, 0 for one per core
     * @param properties Camel and claimgate properties that override application.properties
     */
    public ClaimgateRuntime(Path out, int threads, Map<String, String> properties) throws IOException {
        this(out, threads, properties, ClaimEditor::standard);
    }

    /**
     * @param editor makes the claim editor with its code sets and trading-partner profiles (see
     *     {@link ClaimEditor#configured}); called once OUT is known to be writable
     */
    public ClaimgateRuntime(Path out, int threads, Map<String, String> properties,
            java.util.function.Supplier<ClaimEditor> editor) throws IOException {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        OutputLayout layout = new OutputLayout(out);
        layout.create();
        ClaimEditor claimEditor = editor.get();
        parser = new ServiceLineParser();
        parser.warmUp(Delimiters.STANDARD);
        pool = Executors.newFixedThreadPool(n, daemonThreads());
        processor = new ClaimFileProcessor(layout, new FileControlNumberSequence(layout.state().resolve(
                "control-number")), parser, claimEditor, pool, n, Clock.systemDefaultZone());
        main = new Main();
        main.bind("claimFiles", new ClaimFileIntake(processor));
        properties.forEach(main::addOverrideProperty);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "claimgate-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    public ClaimFileProcessor processor() {
        return processor;
    }

    /** Starts Camel and its routes without blocking. */
    public void start() throws Exception {
        main.start();
        CamelContext context = main.getCamelContext();
        template = context.createProducerTemplate();
    }

    /** Runs until the JVM is asked to stop (serve). */
    public void run() throws Exception {
        main.run();
    }

    /** Sends one file through the claim-file route and returns its outcome. */
    public FileOutcome process(Path file, boolean keepInput) {
        return template.requestBodyAndHeader("direct:claim-file", file.toFile(), ClaimFileIntake.KEEP_INPUT,
                keepInput, FileOutcome.class);
    }

    public CamelContext camelContext() {
        return main.getCamelContext();
    }

    @Override
    public void close() throws Exception {
        try {
            if (template != null) {
                template.close();
            }
            main.stop();
        } finally {
            pool.shutdownNow();
            parser.close();
        }
    }
}
