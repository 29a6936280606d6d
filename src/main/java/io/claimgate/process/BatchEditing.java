package io.claimgate.process;

import io.claimgate.edit.ClaimResult;
import io.claimgate.edit.api.EditContext;
import io.claimgate.parse.RawClaim;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Where a file's claim batches are parsed and edited when not on this node's pool: the seam of the Kafka mode
 * ({@link io.claimgate.process.cluster.KafkaBatchClient}). The pipeline runs {@link #forFile}'s function on
 * {@link #executor()} with at most {@link #window()} batches of a file in flight, and writes the results in file
 * order exactly as in single-node mode.
 */
public interface BatchEditing {

    /** The work function of one file: publish the batch, return its results once a worker answered. */
    Function<List<RawClaim>, List<ClaimResult>> forFile(EditContext context);

    /** Threads that wait for answers (one per batch in flight). */
    Executor executor();

    /** Batches of one file in flight at most. */
    int window();
}
