package io.claimgate.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.TestClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File claims and node leases, on the embedded store (H2): who holds a file, who recovers a dead node. */
class ClusterLeasesTest {

    static final Duration LEASE = Duration.ofSeconds(30);
    static final String A = "11-aaaaaaaa@host-a";
    static final String B = "22-bbbbbbbb@host-b";
    static final String C = "33-cccccccc@host-c";

    @TempDir
    Path tmp;

    private static ClusterLeases joined(StoreDatabase db, String node, Clock clock) {
        ClusterLeases leases = new ClusterLeases(db, node, LEASE, clock);
        leases.join();
        return leases;
    }

    @Test
    void aDeadNodesClaimIsFreedOnlyByTheOneNodeThatReapedIt() throws Exception {
        TestClock clock = new TestClock();
        try (StoreDatabase db = StoreDatabase.open(StoreDatabase.embeddedUrl(tmp), null, null)) {
            ClusterLeases a = joined(db, A, clock);
            ClusterLeases b = joined(db, B, clock);
            ClusterLeases c = joined(db, C, clock);
            assertEquals(Optional.empty(), a.claim("aa", "f.837"));
            assertEquals(Optional.of(new ClusterLeases.Holder(A, "f.837")), b.claim("aa", "f.837"));
            assertEquals(0, b.reap(A, false), "a live node is not reaped");

            clock.millis += LEASE.toMillis() + 1; // a stopped renewing; b and c renew
            assertTrue(b.renew());
            assertTrue(c.renew());
            assertEquals(List.of(A), b.lapsed());
            assertTrue(b.claim("aa", "f.837").isPresent(), "a lapsed claim stays until its node's work is recovered");
            long term = b.reap(A, false);
            assertTrue(term < 0, "b wins the compare-and-set");
            assertEquals(0, c.reap(A, false), "only one node reaps");
            assertEquals(List.of(), c.lapsed(), "being reaped by a live node");
            assertTrue(b.claim("aa", "f.837").isPresent(), "still held while b recovers a's work");
            b.reaped(A, term);
            assertEquals(null, b.leaseOf(A));
            assertEquals(Optional.empty(), b.claim("aa", "f.837"), "freed with a's row");
            assertFalse(a.renew(), "a, waking up, finds it was taken over: it must stop");
        }
    }

    @Test
    void aReaperThatDiesIsReapedInTurnAndAClaimWhoseNodeLeftIsTaken() throws Exception {
        TestClock clock = new TestClock();
        try (StoreDatabase db = StoreDatabase.open(StoreDatabase.embeddedUrl(tmp), null, null)) {
            ClusterLeases a = joined(db, A, clock);
            ClusterLeases b = joined(db, B, clock);
            ClusterLeases c = joined(db, C, clock);
            clock.millis += LEASE.toMillis() + 1;
            c.renew();
            long term = b.reap(A, false);
            assertTrue(term < 0);
            clock.millis += LEASE.toMillis() + 1; // b dies while reaping a; c renews
            c.renew();
            assertEquals(List.of(A, B), c.lapsed().stream().sorted().toList());
            assertTrue(c.reap(A, false) < 0, "a's reap lapsed with b's term");
            assertTrue(c.reap(B, false) < 0);

            assertEquals(Optional.empty(), a.claim("bb", "g.837"));
            a.leave();
            assertEquals(Optional.empty(), c.claim("bb", "g.837"), "its node left: taken");
            assertEquals(Optional.empty(), c.claim("bb", "g.837"), "this node's own stale claim: taken back");
        }
    }

    @Test
    void aNodeOfThisHostWhoseOwnerLockIsFreeIsReapedBeforeItsLeaseLapses() throws Exception {
        TestClock clock = new TestClock();
        try (StoreDatabase db = StoreDatabase.open(StoreDatabase.embeddedUrl(tmp), null, null)) {
            ClusterLeases a = joined(db, A, clock);
            ClusterLeases b = joined(db, B, clock);
            assertEquals(0, b.reap(A, false));
            assertTrue(b.reap(A, true) < 0, "its process is gone: no need to wait for the lease");
            assertEquals(0, b.reap(B, true), "never itself");
        }
    }
}
