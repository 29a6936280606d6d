package io.claimgate.route;

import io.claimgate.commit.CommitRecovery;
import io.claimgate.commit.OutcomeJournal;
import io.claimgate.commit.OutputLayout;
import io.claimgate.commit.WorkOwner;
import io.claimgate.intake.ClusterLeases;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process as a member of the processes sharing one store and one OUT (docs/architecture.md, "Cluster:
 * ownership, leases, recovery"). It joins with a lease and renews it every third of a lease; at start and every half
 * lease it recovers the work of owners that are gone. Whether an owner is gone: on this node's host (same
 * {@code claimgate.cluster.node}) its owner lock says so at once (commit.WorkOwner); on another host only its lease
 * does, once lapsed. Either way exactly one node recovers it, the one whose compare-and-set on the owner's row wins.
 * A node that cannot renew its lease in time stops at once (fencing): the others will treat it as dead, so it must
 * not commit anything after that.
 */
final class ClusterNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterNode.class);

    private final ClusterLeases leases;
    private final OutputLayout layout;
    private final OutcomeJournal journal;
    private final List<Path> scratchFolders;
    private final String host;
    private final ScheduledExecutorService timer;
    private volatile long validUntil;

    ClusterNode(ClusterLeases leases, OutputLayout layout, OutcomeJournal journal, List<Path> scratchFolders) {
        this.leases = leases;
        this.layout = layout;
        this.journal = journal;
        this.scratchFolders = scratchFolders;
        this.host = WorkOwner.hostOf(leases.self());
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "claimgate-lease");
            t.setDaemon(true);
            return t;
        });
    }

    ClusterLeases leases() {
        return leases;
    }

    /** Joins, recovers what gone owners left (also owner-less work of earlier versions), then keeps the lease. */
    CommitRecovery.Result start() throws IOException {
        long period = leases.lease().toMillis();
        long t0 = System.currentTimeMillis();
        leases.join();
        validUntil = t0 + period;
        // renewed from now on, so a long recovery does not let this node's own lease lapse
        timer.scheduleAtFixedRate(this::renew, period / 3, period / 3, TimeUnit.MILLISECONDS);
        CommitRecovery.Result r = recover(true);
        timer.scheduleWithFixedDelay(this::sweep, period / 2, period / 2, TimeUnit.MILLISECONDS);
        LOG.info("cluster: node {} joined (lease {} ms)", leases.self(), period);
        return r;
    }

    /**
     * Stops this JVM unless its lease still runs (with a tenth to spare): called before anything is committed, so
     * a node paused past its lease (whose work another node may be recovering) never commits after waking up.
     */
    void checkLease() {
        if (System.currentTimeMillis() > validUntil - leases.lease().toMillis() / 10) {
            fence("its lease ran out before a commit");
        }
    }

    private void renew() {
        long t = System.currentTimeMillis();
        try {
            if (!leases.renew()) {
                fence("another node took over its work");
            }
            validUntil = t + leases.lease().toMillis();
        } catch (RuntimeException e) {
            LOG.warn("cluster: node {} cannot renew its lease: {}", leases.self(), e.getMessage());
            if (System.currentTimeMillis() > validUntil) {
                fence("the store was unreachable for a whole lease");
            }
        }
    }

    private void fence(String why) {
        LOG.error("cluster: node {} stops: {}; the node that takes over its work must be the only one at it",
                leases.self(), why);
        Runtime.getRuntime().halt(75);
    }

    private void sweep() {
        try {
            recover(false);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cluster: sweep failed: {}", e.getMessage());
        }
    }

    /**
     * Recovers the work folders and scratch folders of every owner this node wins the reap of, then frees the claims
     * of lapsed nodes that left no work. At start, owner-less work (an earlier version's) is recovered too.
     */
    private CommitRecovery.Result recover(boolean atStart) throws IOException {
        Map<String, Long> won = new LinkedHashMap<>();
        Predicate<String> recoverable = id -> {
            if (id == null || !WorkOwner.isOwnerId(id)) {
                return atStart; // earlier versions' work, or a stray name: only at start, as before clusters
            }
            if (id.equals(leases.self())) {
                return false;
            }
            return won.computeIfAbsent(id, o -> {
                boolean sameHost = java.util.Objects.equals(host, WorkOwner.hostOf(o));
                if (sameHost && WorkOwner.alive(layout, o)) {
                    return 0L;
                }
                return leases.reap(o, sameHost);
            }) != 0;
        };
        CommitRecovery.Result r = CommitRecovery.run(layout, journal, scratchFolders, recoverable, atStart);
        for (String node : leases.lapsed()) {
            if (!won.containsKey(node)) {
                long term = leases.reap(node, false);
                if (term != 0) {
                    won.put(node, term);
                    // it may have reserved work since the listing above: its claims go only once that is settled
                    CommitRecovery.run(layout, journal, scratchFolders, node::equals, false);
                }
            }
        }
        won.forEach((node, term) -> {
            if (term != 0) {
                leases.reaped(node, term);
                LOG.warn("cluster: node {} is gone; node {} took over its work", node, leases.self());
            }
        });
        return r;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            leases.leave();
        } catch (RuntimeException e) {
            LOG.warn("cluster: node {} could not leave cleanly: {}", leases.self(), e.getMessage());
        }
    }
}
