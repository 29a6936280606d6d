package io.claimgate.commit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * One claimgate process's claim on its work in an OUT shared with other processes (a {@code replay} next to a
 * running {@code serve}). The process holds an exclusive {@link FileLock} on {@code .claimgate/owners/ID.lock} for
 * its whole life; every work folder it reserves carries its id ({@code .work/S/OWNER}), and so do its upload and
 * download folders ({@code .claimgate/uploads/ID/}...). Start-up recovery touches only work whose owner's lock
 * can be taken: the operating system releases a lock when its process ends, even by SIGKILL, so a free lock means
 * the owner is gone, and a held one that it is still working.
 *
 * <p>The lock file is created and locked under a temporary name and only then renamed to {@code ID.lock}, so another
 * process never sees an owner file that is not yet locked and mistakes it for a dead one.
 */
public final class WorkOwner implements AutoCloseable {

    /** The file in each work folder that names the process it belongs to. */
    public static final String MARK = "OWNER";

    private final String id;
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkOwner(String id, Path lockFile, FileChannel channel, FileLock lock) {
        this.id = id;
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes a new owner id for this process in the given OUT and locks it for as long as this object is open. */
    public static WorkOwner claim(OutputLayout layout) throws IOException {
        return claim(layout, null);
    }

    /**
     * The same, for a node of a cluster: the id ends with {@code @NODE} (claimgate.cluster.node, the host by
     * default), so that another process can tell an owner of its own host, whose lock it can trust, from one of
     * another host, whose lease in the store decides (route.ClusterNode).
     */
    public static WorkOwner claim(OutputLayout layout, String node) throws IOException {
        Path owners = Files.createDirectories(owners(layout));
        String id = ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8)
                + (node == null ? "" : "@" + node.replaceAll("[^A-Za-z0-9._-]", "-"));
        Path pending = owners.resolve("." + id + ".tmp");
        FileChannel channel = FileChannel.open(pending, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.lock();
            Path lockFile = owners.resolve(id + ".lock");
            Files.move(pending, lockFile, StandardCopyOption.ATOMIC_MOVE);
            return new WorkOwner(id, lockFile, channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(pending);
            throw e;
        }
    }

    public String id() {
        return id;
    }

    /**
     * True while the process that took this id still runs. An owner whose lock can be taken is gone: its lock file
     * is removed on the way. An id this JVM holds (two runtimes in one JVM, as tests do) counts as running.
     */
    public static boolean alive(OutputLayout layout, String id) {
        if (id == null || id.isBlank() || id.contains("/") || id.contains("\\")) {
            return false;
        }
        Path file = owners(layout).resolve(id + ".lock");
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel probe = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock taken = probe.tryLock();
            if (taken == null) {
                return true;
            }
            Files.deleteIfExists(file); // the owner is gone; deleted while locked so no one else can think otherwise
            taken.release();
            return false;
        } catch (OverlappingFileLockException sameJvm) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The owner named by a work folder's {@link #MARK}, or null for a folder without one (an older version's). */
    public static String of(Path workFolder) {
        try {
            return Files.readString(workFolder.resolve(MARK)).trim();
        } catch (IOException e) {
            return null;
        }
    }

    /** The node part of an owner id ({@code PID-RANDOM@NODE}), or null when it has none. */
    public static String hostOf(String id) {
        int at = id == null ? -1 : id.lastIndexOf('@');
        return at < 0 ? null : id.substring(at + 1);
    }

    /** True for a name of the form an owner id has (scratch folders hold other names from earlier versions). */
    public static boolean isOwnerId(String name) {
        return name != null && name.matches("[0-9]+-[0-9a-f]{8}(@[A-Za-z0-9._-]+)?");
    }

    static Path owners(OutputLayout layout) {
        return layout.state().resolve("owners");
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
            Files.deleteIfExists(lockFile);
        }
    }
}
