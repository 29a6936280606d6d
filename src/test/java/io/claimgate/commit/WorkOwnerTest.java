package io.claimgate.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.intake.ProcessedFileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up recovery on an OUT shared by several processes touches only the work of owners that are gone. */
class WorkOwnerTest {

    @TempDir
    Path tmp;

    @Test
    void recoveryLeavesTheWorkOfARunningOwnerAndDiscardsTheWorkOfOneThatIsGone() throws Exception {
        OutputLayout shared = new OutputLayout(tmp.resolve("out"));
        shared.create();
        Path uploads = shared.state().resolve("uploads");
        try (WorkOwner running = WorkOwner.claim(shared); WorkOwner ended = WorkOwner.claim(shared)) {
            String live = shared.ownedBy(running).reserveStem("big.837");
            assertEquals("big", live);
            assertEquals(running.id(), WorkOwner.of(shared.work().resolve("big")));
            Files.writeString(shared.work().resolve("big/big.report.json"), "{\"claims\" : [");
            Path liveUpload = Files.createDirectories(uploads.resolve(running.id()).resolve("u1"));
            Files.writeString(liveUpload.resolve("up.837"), "ISA");

            String gone = shared.ownedBy(ended).reserveStem("small.837");
            Files.createDirectories(uploads.resolve(ended.id()).resolve("u2"));
            ended.close(); // the process ended: its lock is released
            // a process killed before it could clean up leaves its lock file, unlocked
            Files.writeString(WorkOwner.owners(shared).resolve("4242-dead.lock"), "");
            Path killed = Files.createDirectories(shared.work().resolve("killed"));
            Files.writeString(killed.resolve(WorkOwner.MARK), "4242-dead");

            try (ProcessedFileStore store = ProcessedFileStore.open(shared.state().resolve("processed.journal"))) {
                CommitRecovery.Result r = CommitRecovery.run(shared, store, List.of(uploads));
                assertEquals(2, r.discarded(), "small and killed");
                assertEquals(1, r.leftToRunningOwners(), "big");
            }
            assertTrue(Files.exists(shared.work().resolve("big/big.report.json")), "the running owner's work");
            assertTrue(Files.exists(liveUpload.resolve("up.837")), "the running owner's upload");
            assertFalse(Files.exists(shared.work().resolve(gone)));
            assertFalse(Files.exists(killed));
            assertFalse(Files.exists(uploads.resolve(ended.id())));
            assertFalse(Files.exists(WorkOwner.owners(shared).resolve("4242-dead.lock")), "a dead owner's lock file");
            assertTrue(WorkOwner.alive(shared, running.id()));
            assertFalse(WorkOwner.alive(shared, "4242-dead"));
            assertFalse(WorkOwner.alive(shared, "../../etc"));
        }
        try (var left = Files.list(WorkOwner.owners(shared))) {
            assertEquals(0, left.count(), "every owner closed removes its lock file");
        }
    }

    @Test
    void aStemTakenByAnotherOwnersWorkFolderIsNotReservedAgain() throws Exception {
        OutputLayout shared = new OutputLayout(tmp.resolve("out"));
        shared.create();
        try (WorkOwner a = WorkOwner.claim(shared); WorkOwner b = WorkOwner.claim(shared)) {
            assertEquals("x", shared.ownedBy(a).reserveStem("x.837"));
            assertEquals("x-2", shared.ownedBy(b).reserveStem("x.837"));
            assertEquals(b.id(), WorkOwner.of(shared.work().resolve("x-2")));
            try (var s = Files.list(shared.work())) {
                assertEquals(List.of("x", "x-2"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                        "no temporary reservation folder left");
            }
        }
    }
}
