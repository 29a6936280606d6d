package io.claimgate.route;

import io.claimgate.intake.RemoteFileClaims;
import io.claimgate.intake.StoreDatabase;
import java.time.Clock;
import org.apache.camel.spi.IdempotentRepository;

/**
 * "sftpClaims" in camel-routes/intake-sftp.yaml: the SFTP consumer's idempotent repository, on the store's database
 * ({@link RemoteFileClaims}), so that of several nodes polling one SFTP folder exactly one downloads each file.
 *
 * <p>When camel-ftp 4.18 calls it ({@code idempotentEager=true}, GenericFileConsumer and GenericFileOnCompletion):
 * {@link #add} for each file of a listing, before its read lock and download (false: the file is skipped this poll);
 * {@link #confirm} once the exchange succeeded, before the remote move to the processed folder; {@link #remove} when
 * the exchange failed (before the move to the failed folder) and for listed files beyond a poll's limit.
 * {@link #contains} only without eager claims.
 */
final class SftpClaims implements IdempotentRepository {

    private final RemoteFileClaims claims;

    SftpClaims(RemoteFileClaims claims) {
        this.claims = claims;
    }

    /** The claims of the node with this owner id (commit.WorkOwner) in the store's database. */
    static SftpClaims on(StoreDatabase db, String owner) {
        return new SftpClaims(new RemoteFileClaims(db, owner, Clock.systemUTC()));
    }

    @Override
    public boolean add(String key) {
        return claims.claim(key);
    }

    @Override
    public boolean contains(String key) {
        return claims.isTaken(key);
    }

    @Override
    public boolean remove(String key) {
        return claims.release(key);
    }

    @Override
    public boolean confirm(String key) {
        return claims.done(key);
    }

    /** Forgets the files done (JMX's "clear"); files being processed by any node stay claimed. */
    @Override
    public void clear() {
        claims.forgetDone();
    }

    @Override
    public void start() {
        // the store's database is opened and closed with the runtime
    }

    @Override
    public void stop() {
        // as start
    }
}
