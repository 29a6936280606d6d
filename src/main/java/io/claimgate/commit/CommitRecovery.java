package io.claimgate.commit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs once at start-up, before any intake polls: finishes every commit a crash interrupted and throws away every
 * piece of work that had not reached its commit.
 *
 * <ul>
 *   <li>{@code .work/S/} with a {@code COMMIT} plan: the plan is applied again (outputs renamed into place, the
 *       store entry recorded, the input moved to archive/, error/ or duplicates/).</li>
 *   <li>{@code .work/S/} without a plan: deleted. Its input was never moved, so the intake takes it again.</li>
 *   <li>{@code .claimgate/uploads/} (HTTP bodies) and the SFTP download folder: deleted after the above. An
 *       upload that was committed has already been moved out by its plan; one that was not never got an answer,
 *       and an SFTP file not yet committed is still on the server and is downloaded again.</li>
 * </ul>
 *
 * <p>Several processes may share one OUT (a {@code replay} next to a running {@code serve}): recovery leaves alone
 * every work folder, upload and download folder whose owner ({@link WorkOwner}) still holds its lock.
 */
public final class CommitRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(CommitRecovery.class);

    /** What recovery did. */
    public record Result(int rolledForward, int discarded, int leftToRunningOwners, long millis) {
    }

    private CommitRecovery() {
    }

    /** @param journal the processed-file store, which each rolled-forward plan records its entry in */
    public static Result run(OutputLayout layout, OutcomeJournal journal, List<Path> scratchFolders)
            throws IOException {
        return run(layout, journal, scratchFolders, id -> !WorkOwner.alive(layout, id), true);
    }

    /**
     * @param recoverable whether this process may finish or discard the work of the owner with this id (null for a
     *     work folder of an earlier version): in a cluster, only of an owner that is gone and whose recovery this
     *     node won (route.ClusterNode)
     * @param atStart logged at INFO; a periodic sweep logs only when it did something
     */
    public static Result run(OutputLayout layout, OutcomeJournal journal, List<Path> scratchFolders,
            java.util.function.Predicate<String> recoverable, boolean atStart) throws IOException {
        long t0 = System.nanoTime();
        int forward = 0;
        int discarded = 0;
        int others = 0;
        if (Files.isDirectory(layout.work())) {
            List<Path> folders;
            try (Stream<Path> s = Files.list(layout.work())) {
                folders = s.filter(Files::isDirectory).sorted().toList();
            }
            for (Path work : folders) {
                String owner = WorkOwner.of(work);
                if (owner == null && work.getFileName().toString().startsWith(".reserve-")) {
                    continue; // being reserved this instant: its owner mark is written next (OutputLayout)
                }
                if (!recoverable.test(owner)) {
                    others++; // another claimgate process on this OUT is working on it right now
                    continue;
                }
                if (!Files.isDirectory(work)) {
                    continue; // recovered by another node since the listing
                }
                CommitPlan plan = CommitPlan.read(work);
                if (plan != null) {
                    boolean settled = plan.apply(journal);
                    forward++;
                    LOG.warn("recovery: finished the interrupted commit of {}{}", work.getFileName(),
                            settled ? "" : " (its input had disappeared)");
                } else {
                    CommitPlan.removeFolder(work);
                    discarded++;
                    LOG.warn("recovery: discarded the uncommitted work of {}; its input will be processed again",
                            work.getFileName());
                }
            }
        }
        for (Path scratch : scratchFolders) {
            if (Files.isDirectory(scratch)) {
                try (Stream<Path> s = Files.list(scratch)) {
                    for (Path p : s.toList()) {
                        if (!recoverable.test(p.getFileName().toString())) {
                            continue; // a running process's own uploads or downloads
                        }
                        CommitPlan.removeFolder(p);
                    }
                }
            }
        }
        Result r = new Result(forward, discarded, others, (System.nanoTime() - t0) / 1_000_000);
        if (!atStart && forward + discarded == 0) {
            return r;
        }
        LOG.info("recovery: {} commit(s) finished, {} unfinished file(s) discarded, {} left to the running process(es)"
                + " that own them, in {} ms; {} processed file(s) known", r.rolledForward(), r.discarded(),
                r.leftToRunningOwners(), r.millis(), journal.size());
        return r;
    }
}
