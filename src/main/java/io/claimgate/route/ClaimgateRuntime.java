package io.claimgate.route;

import io.claimgate.edit.ClaimEditor;
import io.claimgate.intake.IntakeGate;
import io.claimgate.intake.IntakeMetrics;
import io.claimgate.intake.IntakeRequest;
import io.claimgate.intake.ProcessedFileStore;
import io.claimgate.process.ClaimBatchEditor;
import io.claimgate.process.ClaimFileProcessor;
import io.claimgate.process.cluster.KafkaBatchClient;
import io.claimgate.process.cluster.KafkaBatchWorker;
import io.claimgate.commit.CommitRecovery;
import io.claimgate.commit.FileOutcome;
import io.claimgate.commit.OutputLayout;
import io.claimgate.commit.WorkOwner;
import io.claimgate.parse.ServiceLineParser;
import io.claimgate.x12.Delimiters;
import io.claimgate.x12.FileControlNumberSequence;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assembles claimgate: the processed-file store and start-up recovery, the processor and its thread pool, the one
 * compiled Smooks parser, and Camel Main running the YAML routes. {@code process}, {@code replay} and {@code serve}
 * all use it, so every intake goes through the same routes; what kind of run it is comes with the properties
 * ({@link RunSettings}).
 *
 * <p>Settings: the given properties (Camel override properties), then environment variables, then
 * application.properties, all resolved by Camel's properties component ({@link ClaimgateSettings} for the few Java
 * needs first). application.properties itself maps claimgate.http.* and
 * claimgate.management.* onto Camel's embedded servers (camel.server.* for the replay endpoint, camel.management.*
 * for /observe/health and /observe/metrics).
 */
public final class ClaimgateRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimgateRuntime.class);

    private final CamelBoot camel;
    private final ServiceLineParser parser;
    private final ExecutorService pool;
    private final ClaimFileProcessor processor;
    private final KafkaBatchClient kafka;
    private final ProcessedFileStore store;
    private final CommitRecovery.Result recovery;
    private final WorkOwner owner;
    private final ClusterNode cluster;
    /** This process's upload and download folders, removed at a clean stop when nothing is left in them. */
    private final List<Path> scratch;
    private volatile long readyMillis = -1;
    private ProducerTemplate template;
    private final HttpGate httpGate;
    private final java.util.concurrent.atomic.AtomicBoolean gateInstalled = new java.util.concurrent.atomic
            .AtomicBoolean();

    /**
     * @param out the output folder (created if needed)
     * @param threads worker threads, 0 for one per core
     * @param properties Camel and claimgate properties that override the environment and application.properties
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
        // Camel reads application.properties and the environment itself; it gets only what is decided here.
        ClaimgateSettings defaults = new ClaimgateSettings();
        Map<String, String> settings = new HashMap<>(properties);
        settings.put("claimgate.out", out.toString());
        OutputLayout shared = new OutputLayout(out);
        shared.create();
        // this process's mark on its work, so that another process on the same OUT never recovers it (WorkOwner)
        owner = WorkOwner.claim(shared, StoreSetup.nodeName(defaults, settings));
        OutputLayout layout = shared.ownedBy(owner);
        Path uploads = layout.state().resolve("uploads").resolve(owner.id());
        String localWork = defaults.get("claimgate.sftp.local-work", settings.get("claimgate.sftp.local-work"));
        Path sftpWork = blank(localWork) ? layout.state().resolve("sftp-download") : Path.of(localWork);
        Path downloads = sftpWork.resolve(owner.id());
        settings.put("claimgate.sftp.local-work", downloads.toString());
        scratch = List.of(uploads, downloads);
        if (blank(defaults.get("claimgate.sftp.known-hosts", settings.get("claimgate.sftp.known-hosts")))) {
            settings.put("claimgate.sftp.known-hosts", Path.of(System.getProperty("user.home"), ".ssh", "known_hosts")
                    .toString());
        }
        // Every setting was checked at the command; the runtime reads the credentials for the HTTP gate.
        Map<String, String> checked = SettingsCheck.check(properties);
        httpGate = new HttpGate(HttpAccess.from(checked), Long.parseLong(checked.get(
                "claimgate.http.max-body-size")));
        settings.put("kafka.worker.consumers", Integer.toString(n));
        // application.properties maps claimgate.http.* and claimgate.management.* onto Camel's servers
        // (camel.server.port = {{claimgate.http.port}}...): one place for their defaults, resolved by Camel.
        if ("false".equals(checked.get("claimgate.http.enabled"))) {
            settings.put("claimgate.console.enabled", "false"); // the console lives on that HTTP server
        }
        settings.putIfAbsent("camel.health.excludePattern", RunSettings.disabledIntakes(defaults, settings));
        // Start-up in parallel (issue 10): Camel's boot (CamelBoot), the code sets and the store open at once, then
        // the Smooks parser (reloading Daffodil's processor) once Camel has booted: the first file waits for the
        // parser only when it reaches its service lines, and four busy threads on two cores slowed the store's path
        // (3-claim process, 7 runs each, side by side: first file 1,250-1,374 ms instead of 1,301-1,536 ms).
        long t0 = System.nanoTime();
        camel = new CamelBoot(settings, this::started, t0);
        try {
            StartInParallel<ClaimEditor> loadingEditor = StartInParallel.start("codesets", editor);
            // processors for delimiters other than the jar's are cached in OUT, which the process can always write
            // (checked at start), unlike a home folder a service user may not have
            parser = new ServiceLineParser(layout.state().resolve("dfdl-cache"));
            StartInParallel.start("parser", () -> {
                camel.awaitBoot();
                parser.warmUp(Delimiters.STANDARD);
                LOG.info("start-up: service-line parser ready in {} ms", (System.nanoTime() - t0) / 1_000_000);
                return parser;
            });
            io.claimgate.intake.JdbcFileStore jdbcStore = StoreSetup.open(layout, defaults, settings);
            store = jdbcStore;
            // a member of the processes on this store (one, or a cluster): its lease, and recovery of gone owners only
            cluster = new ClusterNode(new io.claimgate.intake.ClusterLeases(jdbcStore.database(), owner.id(),
                    StoreSetup.lease(defaults, settings), Clock.systemUTC()), layout, store,
                    List.of(uploads.getParent(), sftpWork));
            recovery = cluster.start();
            ClaimEditor claimEditor = loadingEditor.join();
            LOG.info("start-up: store, recovery and code sets ready in {} ms", (System.nanoTime() - t0) / 1_000_000);
            pool = Executors.newFixedThreadPool(n, daemonThreads());
            FileControlNumberSequence controlNumbers = new FileControlNumberSequence(layout.state().resolve(
                    "control-number"));
            // Kafka mode (claimgate.kafka.*): this node's claim batches are edited by workers; and this node may be one
            kafka = KafkaSetup.client(defaults, settings);
            KafkaSetup.worker(defaults, settings);
            processor = new ClaimFileProcessor(layout, controlNumbers, parser, claimEditor, pool, n,
                    Clock.systemDefaultZone(), jdbcStore.claimHistory(
                            Integer.parseInt(defaults.get("claimgate.em-mix.window-days",
                                    settings.get("claimgate.em-mix.window-days")).trim()),
                            Integer.parseInt(defaults.get("claimgate.duplicate-claim.window-days",
                                    settings.get("claimgate.duplicate-claim.window-days")).trim())), kafka);
            IntakeGate gate = new IntakeGate(layout, store, controlNumbers, Clock.systemDefaultZone(),
                    claimEditor.profiles()).claimingIn(cluster.leases());
            IntakeMetrics metrics = new IntakeMetrics(this::meterRegistry);
            camel.bind("claimFiles", new ClaimFileIntake(processor, gate, metrics, cluster::checkLease));
            camel.bind("httpReplay", new HttpReplay(layout.root(), uploads, httpGate.nonce()));
            camel.bind("console", new Console(new ConsoleData(layout, store), Clock.systemUTC()));
            camel.bind("unsettledFiles", new UnsettledFiles());
            camel.bind("sftpPollFailures", new SftpPollFailures(Clock.systemUTC()));
            camel.bind("sftpClaims", SftpClaims.on(jdbcStore.database(), owner.id()));
            camel.bind("kafkaWorker", new KafkaBatchWorker(new ClaimBatchEditor(parser, claimEditor)));
        } catch (IOException | RuntimeException | Error e) {
            camel.stop(); // a store or code sets that fail to open: no Camel left booted behind
            throw e;
        }
    }

    private void started(CamelContext context) {
        installGate(context);
        readyMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.info("claimgate started: routes running {} ms after the JVM started (recovery {} ms: {} commit(s)"
                + " finished, {} discarded)", readyMillis, recovery.millis(), recovery.rolledForward(),
                recovery.discarded());
    }

    /**
     * Puts the HTTP gate first on every router of Camel's HTTP servers (the replay endpoint, the operator view, the
     * management endpoints), once, as soon as Camel has started.
     */
    private void installGate(CamelContext context) {
        if (gateInstalled.compareAndSet(false, true)) {
            context.getRegistry().findByType(org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter
                    .class).forEach(r -> r.route().order(-1000).handler(httpGate));
        }
    }

    /**
     * A folder of this process's left behind would read as a dead owner's work at the next start, and recovery would
     * log that it took over the work of a node that had only stopped; one with files in it is kept, for recovery.
     */
    private static void removeIfEmpty(List<Path> folders) {
        for (Path folder : folders) {
            try {
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                LOG.debug("{} kept: {}", folder, e.getClass().getSimpleName()); // not empty: recovery's to take
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private MeterRegistry meterRegistry() {
        CamelContext context = camel.booted().getCamelContext();
        return context == null ? null : context.getRegistry().findSingleByType(MeterRegistry.class);
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

    /** Camel's context once started (tests: which routes run). */
    CamelContext camel() {
        return camel.booted().getCamelContext();
    }

    public ProcessedFileStore store() {
        return store;
    }

    public CommitRecovery.Result recovery() {
        return recovery;
    }

    /** Starts Camel and its routes without blocking. */
    public void start() throws Exception {
        Main main = camel.booted();
        main.start();
        CamelContext context = main.getCamelContext();
        installGate(context);
        template = context.createProducerTemplate();
    }

    /**
     * Runs until SIGTERM or SIGINT (serve, worker), then stops the routes and returns, for the caller to close this
     * runtime before the JVM ends ({@link OrderlyStop}).
     */
    public void run() throws Exception {
        Main main = camel.booted();
        OrderlyStop.on(main::completed);
        main.run();
    }

    /** Sends one file through the claim-file route and returns its outcome (the {@code process} command). */
    public FileOutcome process(Path file, boolean keepInput) {
        return submit(file, new IntakeRequest("process", null, false, keepInput)).outcome();
    }

    /** Sends one file through the claim-file route as the given intake and returns the committed result. */
    public FileResult submit(Path file, IntakeRequest request) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(ClaimFileIntake.INTAKE, request.intake());
        headers.put(ClaimFileIntake.KEEP_INPUT, request.keepInput());
        headers.put(ClaimFileIntake.FORCE, request.force());
        if (request.partner() != null) {
            headers.put(ClaimFileIntake.PARTNER, request.partner());
        }
        return template.requestBodyAndHeaders("direct:claim-file", file.toFile(), headers, FileResult.class);
    }

    @Override
    public void close() throws Exception {
        try {
            if (template != null) {
                template.close();
            }
            camel.stop();
        } finally {
            pool.shutdownNow();
            try {
                if (kafka != null) {
                    kafka.close();
                }
                parser.close();
            } finally {
                // the routes have stopped, so no work of this process is live: give up the owner lock before the
                // store's (slower) shutdown
                removeIfEmpty(scratch);
                cluster.close();
                owner.close();
                store.close();
            }
        }
    }
}
