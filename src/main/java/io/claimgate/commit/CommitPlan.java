package io.claimgate.commit;


import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import io.claimgate.edit.api.FileHistory;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What committing one file means, written down before any of it happens so that a crash at any point can be rolled
 * forward: the renames that make its outputs visible, the entry for the processed-file store, and the move of the
 * input to its final folder (archive/, error/ or duplicates/), in that order.
 *
 * <p>The plan is written to {@code .work/S/COMMIT} (temporary name, fsync, atomic rename), so it either exists
 * whole or not at all. Applying it is idempotent: a rename whose source is gone already happened, the store skips
 * an entry it has, and the work folder is removed last. On start-up every work folder with a plan is applied
 * again and every work folder without one is deleted (its input is still where it came from).
 */
public final class CommitPlan {

    public static final String FILE = "COMMIT";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A rename from a staged name to its visible name; written as the two paths, as plain strings. */
    public record Move(@JsonSerialize(using = ToStringSerializer.class) Path from,
            @JsonSerialize(using = ToStringSerializer.class) Path to) {

        @JsonCreator
        static Move of(@JsonProperty("from") String from, @JsonProperty("to") String to) {
            return new Move(Path.of(from), Path.of(to));
        }
    }

    /** What {@code .work/S/COMMIT} holds: the output renames, the input's move, the store entry (if any). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Steps(List<Move> outputs, Move input, JournalEntry record, FileHistory history) {
    }

    private final Path work;
    private final Steps steps;

    public CommitPlan(Path work, List<Move> outputs, Move input, JournalEntry record) {
        this(work, outputs, input, record, null);
    }

    /** @param history what the file adds to the store's claim history (issue 13), recorded with the entry; or null */
    public CommitPlan(Path work, List<Move> outputs, Move input, JournalEntry record, FileHistory history) {
        this.work = work;
        this.steps = new Steps(List.copyOf(outputs), input, record, history);
    }

    /**
     * The plan that publishes {@code outputs} and then settles {@code input} in {@code folder} as stem + its
     * extension: moved when it is claimgate's to move, else first copied into the work folder (a replayed file, an
     * SFTP download) so that the plan's last step is a rename either way.
     */
    public static CommitPlan settling(Path work, List<Move> outputs, Path input, boolean keepInput, Path folder,
            String stem, JournalEntry record) throws IOException {
        return settling(work, outputs, input, keepInput, folder, stem, record, null);
    }

    /** As above, with what the file adds to the store's claim history (recorded only with an entry). */
    public static CommitPlan settling(Path work, List<Move> outputs, Path input, boolean keepInput, Path folder,
            String stem, JournalEntry record, FileHistory history) throws IOException {
        String name = input.getFileName().toString();
        Path target = folder.resolve(stem + name.substring(OutputLayout.stem(name).length()));
        Path from = input;
        if (keepInput) {
            from = work.resolve("input.tmp");
            Files.copy(input, from, StandardCopyOption.REPLACE_EXISTING);
        }
        return new CommitPlan(work, outputs, new Move(from, target), record, history);
    }

    /** Makes the staged outputs durable, then writes the plan atomically. After this the commit will happen. */
    public CommitPlan write() throws IOException {
        for (Move m : steps.outputs()) {
            force(m.from());
        }
        if (steps.input().from().startsWith(work)) {
            force(steps.input().from());
        }
        Path tmp = work.resolve(FILE + ".tmp");
        Files.write(tmp, JSON.writeValueAsBytes(steps));
        force(tmp);
        Files.move(tmp, work.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
        forceFolder(work);
        return this;
    }

    /** Reads the plan of a work folder, or null when there is none (the file was never committed). */
    public static CommitPlan read(Path work) throws IOException {
        Path file = work.resolve(FILE);
        if (!Files.exists(file)) {
            return null;
        }
        Steps steps = JSON.readValue(file.toFile(), Steps.class);
        return new CommitPlan(work, steps.outputs(), steps.input(), steps.record(), steps.history());
    }

    /**
     * Carries the plan out (again): outputs into place, the store entry, the input to its folder, then the work
     * folder is removed. Safe to repeat after a crash at any point.
     *
     * @return true when the input was moved now or before, false when it had disappeared (logged by the caller)
     */
    public boolean apply(OutcomeJournal journal) throws IOException {
        for (Move m : steps.outputs()) {
            if (Files.exists(m.from())) {
                rename(m.from(), m.to());
            }
        }
        for (Move m : steps.outputs()) {
            forceFolder(m.to().getParent());
        }
        if (steps.record() != null) {
            journal.record(steps.record());
            if (steps.history() != null) {
                journal.recordHistory(steps.record().sha256(), steps.history());
            }
        }
        Move input = steps.input();
        boolean settled = true;
        if (Files.exists(input.from())) {
            rename(input.from(), input.to());
            forceFolder(input.to().getParent());
        } else {
            settled = Files.exists(input.to());
        }
        removeFolder(work);
        return settled;
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // another file system (an inbox elsewhere): copy under a temporary name beside the target, then rename
            Path tmp = to.resolveSibling("." + to.getFileName() + ".tmp");
            Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
            force(tmp);
            Files.move(tmp, to, StandardCopyOption.ATOMIC_MOVE);
            Files.delete(from);
        }
    }

    static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    static void forceFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // not every platform can sync a directory; the rename itself is atomic either way
        }
    }

    /** Deletes a folder and what is in it, the commit plan first (a half-deleted folder without a plan is junk). */
    public static void removeFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.deleteIfExists(folder.resolve(FILE));
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
