package io.claimgate.fuzz;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz input on a worker thread with a time limit (a hang fails) and measures what the thread allocated
 * (unbounded allocation fails): both limits are generous, since a 1 MB input legitimately takes a few MB and ms.
 */
final class Guard implements AutoCloseable {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-worker");
        t.setDaemon(true);
        return t;
    });
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final long timeoutMillis;
    private final long maxAllocatedBytes;

    Guard(long timeoutMillis, long maxAllocatedBytes) {
        this.timeoutMillis = timeoutMillis;
        this.maxAllocatedBytes = maxAllocatedBytes;
    }

    /** The task's result; AssertionError on a hang or too much allocation; the task's own exception otherwise. */
    <T> T run(String what, Callable<T> task) throws Exception {
        Future<Object[]> future = worker.submit(() -> {
            long before = threads.getCurrentThreadAllocatedBytes();
            T result = task.call();
            return new Object[] {result, threads.getCurrentThreadAllocatedBytes() - before};
        });
        Object[] done;
        try {
            done = future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError(what + ": hung (no answer in " + timeoutMillis + " ms)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw new AssertionError(what + ": " + e.getCause(), e.getCause());
        }
        long allocated = (Long) done[1];
        if (allocated > maxAllocatedBytes) {
            throw new AssertionError(what + ": allocated " + allocated + " bytes (limit " + maxAllocatedBytes + ")");
        }
        @SuppressWarnings("unchecked")
        T result = (T) done[0];
        return result;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
