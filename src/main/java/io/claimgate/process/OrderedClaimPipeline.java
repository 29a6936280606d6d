package io.claimgate.process;


import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * Runs batches of work on a thread pool and hands the results, and any events between them, to one consumer in
 * the order they were submitted. At most {@code window} batches are in flight, which bounds memory whatever the
 * size of the file; the submitting thread writes results while the pool parses and edits the next batches.
 *
 * @param <I> a work item (a claim as split from the file)
 * @param <O> its result (the edited claim)
 */
public final class OrderedClaimPipeline<I, O> {

    private final Executor executor;
    private final Function<List<I>, List<O>> work;
    private final Consumer<O> sink;
    private final IntSupplier window;
    private final Deque<CompletableFuture<Runnable>> inFlight = new ArrayDeque<>();

    /** @param window batches and events in flight at most, asked at each one queued (it may change as the file goes) */
    public OrderedClaimPipeline(Executor executor, IntSupplier window, Function<List<I>, List<O>> work,
            Consumer<O> sink) {
        this.executor = executor;
        this.window = window;
        this.work = work;
        this.sink = sink;
    }

    /** Queues a batch; its results reach the sink after everything submitted before it. */
    public void submit(List<I> batch) {
        CompletableFuture<Runnable> f = CompletableFuture.supplyAsync(() -> {
            List<O> results = work.apply(batch);
            return () -> results.forEach(sink);
        }, executor);
        push(f);
    }

    /** Queues an event (a transaction end, say) to run on the consumer side in order. */
    public void event(Runnable event) {
        push(CompletableFuture.completedFuture(event));
    }

    private void push(CompletableFuture<Runnable> f) {
        inFlight.addLast(f);
        while (inFlight.size() > window.getAsInt()) {
            drainOne();
        }
    }

    private void drainOne() {
        try {
            inFlight.removeFirst().join().run();
        } catch (CompletionException e) {
            cancel();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Runs everything still queued. */
    public void finish() {
        while (!inFlight.isEmpty()) {
            drainOne();
        }
    }

    /** Drops what is queued (after a failure), waiting for running batches so no thread still writes. */
    public void cancel() {
        for (CompletableFuture<Runnable> f : inFlight) {
            try {
                f.join();
            } catch (RuntimeException ignored) {
                // the first failure is the one reported
            }
        }
        inFlight.clear();
    }
}
