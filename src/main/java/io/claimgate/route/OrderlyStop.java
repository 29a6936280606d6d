package io.claimgate.route;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * SIGTERM and SIGINT stop a running {@code serve} or {@code worker} in order: the routes stop, letting the files in
 * flight finish, the runtime closes (its lease given up, its owner lock deleted, the store closed), and only then
 * does the JVM end. Left to the JVM, a signal starts every shutdown hook at once, and H2's closed the embedded store
 * while Camel's was still letting files finish: their commits failed ("Database is already closed", the file put in
 * error/), and so did the statements of the other process on the same OUT that the store was served to. H2's
 * DB_CLOSE_ON_EXIT=FALSE would keep its hook out, but AUTO_SERVER, which lets two processes share the store, refuses
 * it. Java has no public API for signals: sun.misc.Signal is in jdk.unsupported, kept for this use (javac warns that
 * it is internal).
 */
final class OrderlyStop {

    private static final Logger LOG = LoggerFactory.getLogger(OrderlyStop.class);

    private OrderlyStop() {
    }

    /** From now on SIGTERM and SIGINT run {@code stop}, which ends what keeps the process running (Main.run). */
    static void on(Runnable stop) {
        for (String name : List.of("TERM", "INT")) {
            try {
                Signal.handle(new Signal(name), s -> {
                    LOG.info("SIG{}: stopping: the files in flight first, then the store", name);
                    stop.run();
                });
            } catch (IllegalArgumentException e) {
                // the JVM keeps the signal (-Xrs, or a platform without it): it ends the usual way
                LOG.debug("SIG{} left to the JVM: {}", name, e.getMessage());
            }
        }
    }
}
