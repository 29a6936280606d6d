-- Cluster-wide SFTP intake (docs/architecture.md, "Cluster: ownership, leases, recovery"): before a node downloads a
-- remote file it claims the file's key (folder, name, size, modification time: camel-routes/intake-sftp.yaml) here,
-- so one node downloads each file (intake.RemoteFileClaims). done is set once the file's outcome is committed, just
-- before the remote move; since is epoch milliseconds of the claim, then of done (pruning counts from it).
-- V4 is a Java migration (intake.ClaimPrintMigration), hence V5.
CREATE TABLE remote_file_claim (
    file_key    VARCHAR(512) PRIMARY KEY,
    node_id     VARCHAR(255) NOT NULL,
    done        BOOLEAN      NOT NULL,
    since       BIGINT       NOT NULL
);
CREATE INDEX remote_file_claim_since ON remote_file_claim (since);
