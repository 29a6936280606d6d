package io.claimgate.route;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camel Main's boot (its configuration, the YAML routes read into its model) on its own thread while the runtime
 * opens the store and runs recovery (issue 10: the first file read within 2 s of JVM start). It needs none of the
 * store, yet ran after it: about 0.44 s after the store's 0.8 s. Side by side, the first file of a 3-claim
 * {@code process} came 0.15-0.2 s sooner (docs/architecture.md, "Start-up"); not the whole 0.44 s, as both steps
 * share two cores with the code sets and the parser.
 *
 * <p>The beans the routes call (which need the store) are bound only after the boot has ended: the routes look them
 * up when Camel starts them, not while they are read, and Main keeps its beans in a {@code SimpleRegistry} (an
 * unsynchronized LinkedHashMap) that its boot reads, so binding during the boot would race. Nothing consumes a file
 * before {@link #booted()}, which the runtime calls only after recovery (start, run), so recovery still finishes
 * before any route runs.
 */
final class CamelBoot {

    private static final Logger LOG = LoggerFactory.getLogger(CamelBoot.class);

    private final Main main;
    private final StartInParallel<Main> boot;
    private final Map<String, Object> beans = new LinkedHashMap<>();
    private boolean bound;

    /**
     * Starts the boot.
     *
     * @param settings Camel's override properties (all of them: the boot reads them)
     * @param started called once Camel and its routes have started
     */
    CamelBoot(Map<String, String> settings, Consumer<CamelContext> started, long t0) {
        main = new Main();
        settings.forEach((k, v) -> main.addOverrideProperty(k, v == null ? "" : v));
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport m) {
                started.accept(m.getCamelContext());
            }
        });
        boot = StartInParallel.start("camel", () -> {
            main.init();
            LOG.info("start-up: Camel booted in {} ms", (System.nanoTime() - t0) / 1_000_000);
            return main;
        });
    }

    /** A bean for the routes, bound once the boot has ended. */
    void bind(String name, Object bean) {
        beans.put(name, bean);
    }

    /** Waits for the boot (its failure thrown here, as Main's start would) and binds the beans, once. */
    synchronized Main booted() {
        boot.join();
        if (!bound) {
            beans.forEach(main::bind);
            bound = true;
        }
        return main;
    }

    /** Waits for the boot to end, failed or not. */
    void awaitBoot() {
        try {
            boot.join();
        } catch (RuntimeException e) {
            LOG.debug("Camel's boot had failed: {}", e.getMessage());
        }
    }

    /** Stops Camel, after its boot has ended (whose failure, if any, {@link #booted()} has reported). */
    void stop() {
        awaitBoot();
        main.stop();
    }
}
