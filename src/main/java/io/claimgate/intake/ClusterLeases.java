package io.claimgate.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who owns what, in the store's database (docs/architecture.md, "Cluster: ownership, leases, recovery"). Each
 * process has a row in {@code cluster_node} (its owner id, commit.WorkOwner) whose lease it renews; before it stages
 * a file it claims the file's SHA-256 in {@code file_claim}. A claim is given up by its holder once the file's
 * outcome is committed and its input moved, or freed by the node that recovered a dead holder's work: never
 * taken over on a lapsed lease alone, so a file whose dead owner left a commit plan is not processed a second time
 * before that plan is finished. Leases are epoch milliseconds of the nodes' clocks (keep them in step with NTP).
 */
public final class ClusterLeases {

    /** Who holds a file: the node and the input path it is processing. */
    public record Holder(String node, String input) {
    }

    private final StoreDatabase db;
    private final String self;
    private final Duration lease;
    private final Clock clock;

    public ClusterLeases(StoreDatabase db, String self, Duration lease, Clock clock) {
        this.db = db;
        this.self = self;
        this.lease = lease;
        this.clock = clock;
    }

    public String self() {
        return self;
    }

    public Duration lease() {
        return lease;
    }

    /** Joins the cluster with a fresh lease. */
    public void join() {
        update("INSERT INTO cluster_node (node_id, lease_until) VALUES (?, ?)", self, clock.millis() + lease.toMillis());
    }

    /**
     * Renews this node's lease and that of its file claims. False when its row is gone or being reaped: another node
     * decided this one was dead and is recovering its work, so this node must stop (ClusterNode fences it).
     */
    public boolean renew() {
        long until = clock.millis() + lease.toMillis();
        boolean mine = update("UPDATE cluster_node SET lease_until = ? WHERE node_id = ? AND lease_until > 0", until,
                self) == 1;
        if (mine) {
            update("UPDATE file_claim SET lease_until = ? WHERE node_id = ?", until, self);
        }
        return mine;
    }

    /** Leaves: its row and claims go, so nothing waits for its lease to lapse. */
    public void leave() {
        update("DELETE FROM file_claim WHERE node_id = ?", self);
        update("DELETE FROM cluster_node WHERE node_id = ?", self);
    }

    /**
     * Claims the file with this hash for this node: a new claim, this node's own stale one, or one whose holder no
     * longer has a row (it left, or was reaped and its claims are stale). Returns empty when this node now holds it, else who does.
     */
    public Optional<Holder> claim(String sha256, String input) throws SQLException {
        long until = clock.millis() + lease.toMillis();
        try (Connection c = db.dataSource().getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO file_claim (sha256, node_id, input, lease_until) VALUES (?, ?, ?, ?)")) {
                set(s, sha256, self, input, until);
                s.executeUpdate();
                return Optional.empty();
            } catch (SQLException e) {
                if (!JdbcFileStore.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE file_claim SET node_id = ?, input = ?,"
                    + " lease_until = ? WHERE sha256 = ? AND (node_id = ? OR node_id NOT IN (SELECT node_id FROM cluster_node))")) {
                // this node's own claim is stale (its release failed): the caller checked it is not in flight here
                set(s, self, input, until, sha256, self);
                if (s.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT node_id, input FROM file_claim WHERE sha256 = ?")) {
                s.setString(1, sha256);
                try (ResultSet r = s.executeQuery()) {
                    // released between the statements: left alone now, seen again at the next poll
                    return Optional.of(r.next() ? new Holder(r.getString(1), r.getString(2)) : new Holder("?", input));
                }
            }
        }
    }

    /** Gives up this node's claim (after the outcome is committed and the input moved). */
    public void release(String sha256) {
        update("DELETE FROM file_claim WHERE sha256 = ? AND node_id = ?", sha256, self);
    }

    /** Nodes whose lease lapsed, including reapers that died while reaping (candidates for {@link #reap}). */
    public List<String> lapsed() {
        List<String> nodes = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT node_id FROM cluster_node WHERE lease_until < ? AND lease_until > ?")) {
            long now = clock.millis();
            s.setLong(1, now);
            s.setLong(2, -now);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    nodes.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the cluster's leases: " + e.getMessage(), e);
        }
        return nodes;
    }

    /**
     * Takes a dead node's work for this node to recover, by compare-and-set, so exactly one node recovers it: the
     * row's lease becomes minus this node's term (negative: "being reaped until"); if this node dies while at it, the
     * term lapses and another node reaps again. A node without a row (it left, or was reaped) gets one the same way
     * (an insert, which only one node wins). Returns the term to pass to {@link #reaped}, or 0 when the node's
     * lease runs (and {@code diedHere} is false), or another node reaps it.
     *
     * @param diedHere the node ran on this host and its owner lock is free: its process is gone, whatever its lease
     */
    public long reap(String node, boolean diedHere) {
        if (self.equals(node)) {
            return 0;
        }
        long now = clock.millis();
        long term = -(now + lease.toMillis());
        Long until = leaseOf(node);
        if (until == null) {
            try {
                update("INSERT INTO cluster_node (node_id, lease_until) VALUES (?, ?)", node, term);
                return term;
            } catch (IllegalStateException taken) {
                return 0;
            }
        }
        boolean dead = until < 0 ? -until < now : until < now || diedHere;
        if (!dead) {
            return 0;
        }
        return update("UPDATE cluster_node SET lease_until = ? WHERE node_id = ? AND lease_until = ?", term, node,
                until) == 1 ? term : 0;
    }

    /** The dead node's work is recovered: its claims go, then its row (only if still this node's term). */
    public void reaped(String node, long term) {
        update("DELETE FROM file_claim WHERE node_id = ?", node);
        update("DELETE FROM cluster_node WHERE node_id = ? AND lease_until = ?", node, term);
    }

    /** The lease of a node (negative while it is being reaped), or null when it has no row. */
    public Long leaseOf(String node) {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT lease_until FROM cluster_node WHERE node_id = ?")) {
            s.setString(1, node);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the cluster's leases: " + e.getMessage(), e);
        }
    }

    static void set(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }

    private int update(String sql, Object... args) {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            set(s, args);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the cluster's leases: " + e.getMessage(), e);
        }
    }
}
