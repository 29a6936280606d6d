package io.claimgate.route;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A start-up step run on its own daemon thread while the runtime goes on with the next one (issue 10: the first file
 * read within 2 s of JVM start). Not the common fork-join pool: on a 2-core machine it has one thread, which a slow
 * step would hold.
 */
final class StartInParallel<T> {

    private final CompletableFuture<T> result = new CompletableFuture<>();

    private StartInParallel(String name, Supplier<T> step) {
        Thread t = new Thread(() -> {
            try {
                result.complete(step.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "claimgate-start-" + name);
        t.setDaemon(true);
        t.start();
    }

    static <T> StartInParallel<T> start(String name, Supplier<T> step) {
        return new StartInParallel<>(name, step);
    }

    /** The step's result, or its own exception (unchecked) as if it had run on the caller's thread. */
    T join() {
        try {
            return result.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
