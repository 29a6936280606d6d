package io.claimgate.route;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.TestClock;
import io.claimgate.intake.ClusterLeases;
import io.claimgate.intake.RemoteFileClaims;
import io.claimgate.intake.StoreDatabase;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SFTP intake's idempotent repository as camel-ftp calls it (add, confirm, remove, contains), on the embedded
 * store (H2), for nodes that join the cluster's leases: one node per remote file, takeover only of a gone node's file.
 */
class SftpClaimsTest {

    static final Duration LEASE = Duration.ofSeconds(30);
    static final String A = "11-aaaaaaaa@host-a";
    static final String B = "22-bbbbbbbb@host-b";
    static final String C = "33-cccccccc@host-c";
    static final String KEY = "inbox/f001.837;1234;1764440000000";

    @TempDir
    Path tmp;

    final TestClock clock = new TestClock();

    private ClusterLeases joined(StoreDatabase db, String node) {
        ClusterLeases leases = new ClusterLeases(db, node, LEASE, clock);
        leases.join();
        return leases;
    }

    private SftpClaims claims(StoreDatabase db, String node) {
        return new SftpClaims(new RemoteFileClaims(db, node, clock));
    }

    @Test
    void oneNodePerFileUntilDoneAndDoneStaysDone() throws Exception {
        try (StoreDatabase db = StoreDatabase.open(StoreDatabase.embeddedUrl(tmp), null, null)) {
            joined(db, A);
            joined(db, B);
            SftpClaims a = claims(db, A);
            SftpClaims b = claims(db, B);
            assertTrue(a.add(KEY), "first listing claims it");
            assertFalse(b.add(KEY), "another node's listing skips it");
            assertTrue(b.contains(KEY));
            assertFalse(a.contains(KEY), "its holder may take it");
            assertTrue(a.add(KEY), "a claim Camel left behind (no read lock) is its holder's again");
            assertFalse(b.confirm(KEY), "only the holder confirms");
            assertFalse(b.remove(KEY), "only the holder gives up");
            assertFalse(b.add(KEY), "still a's");
            assertTrue(a.confirm(KEY), "exchange done, remote move next");
            assertFalse(a.add(KEY), "done: not downloaded again, not even by its holder");
            assertFalse(b.add(KEY));
            assertTrue(b.contains(KEY));
            assertTrue(a.contains(KEY));
            assertTrue(b.add(KEY.replace(";1234;", ";1300;")), "the same name with another size is another file");
        }
    }

    @Test
    void aFailedExchangeGivesTheFileUp() throws Exception {
        try (StoreDatabase db = StoreDatabase.open(StoreDatabase.embeddedUrl(tmp), null, null)) {
            joined(db, A);
            joined(db, B);
            SftpClaims a = claims(db, A);
            SftpClaims b = claims(db, B);
            assertTrue(a.add(KEY));
            assertTrue(a.remove(KEY), "rollback: the file goes to the failed folder");
            assertFalse(a.remove(KEY), "nothing left to give up");
            assertTrue(b.add(KEY), "seen again (put back by an operator): claimable");
        }
    }

    @Test
    void aDeadNodesFileIsTakenOverOnceItsWorkIsRecovered() throws Exception {
        try (StoreDatabase db = StoreDatabase.open(StoreDatabase.embeddedUrl(tmp), null, null)) {
            joined(db, A);
            ClusterLeases b = joined(db, B);
            ClusterLeases c = joined(db, C);
            SftpClaims ca = claims(db, A);
            SftpClaims cb = claims(db, B);
            SftpClaims cc = claims(db, C);
            assertTrue(ca.add(KEY));
            clock.millis += LEASE.toMillis() + 1; // a is killed mid-download; b and c renew
            assertTrue(b.renew());
            assertTrue(c.renew());
            assertFalse(cb.add(KEY), "lapsed but not recovered: a commit plan of a's may still be rolled forward");
            long term = b.reap(A, false);
            assertTrue(term < 0);
            assertFalse(cc.add(KEY), "still a's while b recovers its work");
            b.reaped(A, term);
            assertFalse(cc.contains(KEY), "a gone node's file is free");
            assertTrue(cc.add(KEY), "taken over at the next poll");
            assertFalse(cb.add(KEY), "by one node");
            assertFalse(ca.confirm(KEY), "a, waking up, holds nothing (and stops at its next renewal)");
            assertTrue(cc.confirm(KEY));
        }
    }

    @Test
    void aNodeThatLeftHoldsNothing() throws Exception {
        try (StoreDatabase db = StoreDatabase.open(StoreDatabase.embeddedUrl(tmp), null, null)) {
            ClusterLeases a = joined(db, A);
            joined(db, B);
            assertTrue(claims(db, A).add(KEY));
            a.leave();
            assertTrue(claims(db, B).add(KEY));
        }
    }

    @Test
    void doneClaimsArePrunedAfterTheRetentionClaimsInProgressOfLiveNodesAreNot() throws Exception {
        try (StoreDatabase db = StoreDatabase.open(StoreDatabase.embeddedUrl(tmp), null, null)) {
            ClusterLeases a = joined(db, A);
            joined(db, B);
            SftpClaims ca = claims(db, A);
            SftpClaims cb = claims(db, B);
            String done = KEY;
            String busy = KEY.replace("f001", "f002");
            assertTrue(ca.add(done));
            assertTrue(ca.confirm(done));
            assertTrue(ca.add(busy));
            clock.millis += RemoteFileClaims.RETENTION.toMillis() - 1;
            assertTrue(a.renew());
            assertFalse(cb.add(done), "kept for the retention");
            clock.millis += 60_001; // past the retention, and a minute after b's last prune
            assertTrue(a.renew());
            assertFalse(cb.add(busy), "a live node's file in progress is never pruned");
            assertTrue(cb.add(done), "pruned: the same name, size and time again is downloaded again");
        }
    }

    @Test
    void aLongKeyIsStoredAsItsHash() throws Exception {
        try (StoreDatabase db = StoreDatabase.open(StoreDatabase.embeddedUrl(tmp), null, null)) {
            joined(db, A);
            joined(db, B);
            String key = "inbox/" + "x".repeat(600) + ".837;10;1764440000000";
            assertTrue(claims(db, A).add(key));
            assertFalse(claims(db, B).add(key));
            assertTrue(claims(db, B).add(key.replace(";10;", ";11;")));
        }
    }
}
