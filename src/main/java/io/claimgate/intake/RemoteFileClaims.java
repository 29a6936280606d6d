package io.claimgate.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which node downloads a remote (SFTP) file, in the store's database ({@code remote_file_claim}, Flyway V5), so that
 * several nodes may poll one SFTP folder (docs/architecture.md, "Cluster: ownership, leases, recovery"). A node claims
 * a file's key before it downloads it; the claim is marked done once the file's outcome is committed (the remote move
 * follows), or given up when the exchange failed (the file then goes to the server's failed folder).
 *
 * <p>A claim not done is taken over only when its holder is this node (a claim Camel left behind, see
 * {@link #claim}) or has no row in {@code cluster_node} any more: it left, or it died and one node recovered its
 * work after its lease lapsed ({@link ClusterLeases#reaped}). Not on a lapsed lease alone: until the dead node's
 * commit plans are rolled forward and its hash claims freed, a second download would meet its hash claim and be
 * refused as "being processed now" (duplicates/).
 *
 * <p>Done claims are deleted {@link #RETENTION} after they were done (also claims of gone nodes, by then). A file
 * moved on the server never shows up again, so a done claim only has to outlive the remote move and any other
 * node's listing taken before it, both within one poll. Kept longer it would hide from every node a file that comes
 * back with the same key: the same upload again by a client that keeps modification times (a resend: on one node it
 * goes to duplicates/, with its reason), or a file whose remote move failed after its commit.
 */
public final class RemoteFileClaims {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteFileClaims.class);
    /** How long a done claim is kept (see the class comment). */
    public static final Duration RETENTION = Duration.ofMinutes(10);
    /** Longer keys are stored as their SHA-256: a PostgreSQL index entry holds at most about 2,700 bytes. */
    static final int MAX_KEY = 512;

    private final StoreDatabase db;
    private final String self;
    private final Clock clock;
    private volatile long nextPrune;

    /** @param self this node's owner id (commit.WorkOwner, the id of its row in {@code cluster_node}) */
    public RemoteFileClaims(StoreDatabase db, String self, Clock clock) {
        this.db = db;
        this.self = self;
        this.clock = clock;
    }

    /**
     * Claims the file for this node: true when it had no claim, or its claim is this node's own and not done, or
     * its holder is gone (see the class comment). A claim of this node not done is one Camel left behind: Camel
     * keeps a file it is processing out of its own listings (its in-progress repository), and does not give up the
     * key when it could not get the read lock (the file was still growing).
     */
    public boolean claim(String key) {
        pruneIfDue();
        String k = column(key);
        long now = clock.millis();
        try (Connection c = db.dataSource().getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO remote_file_claim (file_key, node_id, done, since) VALUES (?, ?, FALSE, ?)")) {
                ClusterLeases.set(s, k, self, now);
                s.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (!JdbcFileStore.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
            }
            String holder = holder(c, k);
            if (holder == null) {
                return false; // done, or given up since the insert: seen again at the next poll
            }
            // compare-and-set on the holder, so of two nodes taking over one file only one gets it
            try (PreparedStatement s = c.prepareStatement("UPDATE remote_file_claim SET node_id = ?, since = ?"
                    + " WHERE file_key = ? AND NOT done AND node_id = ?"
                    + " AND (node_id = ? OR node_id NOT IN (SELECT node_id FROM cluster_node))")) {
                ClusterLeases.set(s, self, now, k, holder, self);
                if (s.executeUpdate() != 1) {
                    return false;
                }
            }
            if (!holder.equals(self)) {
                LOG.warn("SFTP: {} taken over from node {}, which is gone", key, holder);
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim " + key + " in the store: " + e.getMessage(), e);
        }
    }

    /** Whether another node holds the file, or it is done: a node that does not claim eagerly then skips it. */
    public boolean isTaken(String key) {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM remote_file_claim WHERE file_key = ? AND (done OR (node_id <> ?"
                        + " AND node_id IN (SELECT node_id FROM cluster_node)))")) {
            ClusterLeases.set(s, column(key), self);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the claim of " + key + ": " + e.getMessage(), e);
        }
    }

    /**
     * Marks this node's claim done (the outcome is committed; the remote move comes next). False when this node
     * does not hold it, or the store is unreachable: the remote move goes ahead anyway, and the claim, not done,
     * stays this node's until it is gone.
     */
    public boolean done(String key) {
        return update("mark done", key, "UPDATE remote_file_claim SET done = TRUE, since = ? WHERE file_key = ?"
                + " AND node_id = ?", clock.millis(), column(key), self);
    }

    /** Gives up this node's claim (the exchange failed, or the file is left for a later poll). */
    public boolean release(String key) {
        return update("give up", key, "DELETE FROM remote_file_claim WHERE file_key = ? AND node_id = ?",
                column(key), self);
    }

    /** Forgets every done claim, so files seen again are downloaded again; claims in progress stay. */
    public void forgetDone() {
        update("forget", "done claims", "DELETE FROM remote_file_claim WHERE done");
    }

    /** Deletes done claims, and claims of gone nodes, older than {@link #RETENTION}; at most once a minute. */
    void pruneIfDue() {
        long now = clock.millis();
        if (now < nextPrune) {
            return;
        }
        nextPrune = now + 60_000;
        update("prune", "old claims", "DELETE FROM remote_file_claim WHERE since < ? AND (done OR node_id NOT IN"
                + " (SELECT node_id FROM cluster_node))", now - RETENTION.toMillis());
    }

    private static String holder(Connection c, String k) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT node_id FROM remote_file_claim WHERE file_key = ? AND NOT done")) {
            s.setString(1, k);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** The key as stored: itself, or "sha256:" and its hash when longer than {@link #MAX_KEY}. */
    static String column(String key) {
        if (key.length() <= MAX_KEY) {
            return key;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs an update; a failure is logged, not thrown (see {@link #done}): false then. */
    private boolean update(String what, String key, String sql, Object... args) {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            ClusterLeases.set(s, args);
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            LOG.warn("SFTP: cannot {} the claim of {} in the store: {}", what, key, e.getMessage());
            return false;
        }
    }
}
