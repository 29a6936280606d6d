package io.claimgate.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.commit.JournalEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The processed-file store as it was before issue 12, kept to read (and import) the journals written so far and
 * for callers that want no database: an append-only journal of committed outcomes, one JSON object a line, keyed by the
 * SHA-256 of the file's content. Embedded, no server: the journal ({@code OUT/.claimgate/processed.journal} by
 * default, {@code claimgate.store}) is read into memory at start, each new entry is appended and fsynced under a
 * file lock, and entries appended by another claimgate process on the same store (a {@code replay} next to a
 * running {@code serve}) are read in before every look-up. A torn last line (a crash mid-append) is cut off at
 * start.
 *
 * <p>Entry fields: those of {@link JournalEntry}, one entry a line ({@code outcome} processed, error or
 * interchange-duplicate; duplicates are not recorded).
 */
public final class JournalFileStore implements ProcessedFileStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final FileChannel channel;
    private final Map<String, JournalEntry> byHash = new HashMap<>();
    private final Map<String, JournalEntry> byInterchange = new HashMap<>();
    private final List<JournalEntry> inOrder = new ArrayList<>();
    private long readUpTo;

    private JournalFileStore(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    public static JournalFileStore open(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        JournalFileStore store = new JournalFileStore(file, ch);
        try (FileLock lock = ch.lock()) {
            store.catchUp(true);
        }
        return store;
    }

    /** The committed outcome of these bytes, if any (the latest when a forced replay recorded another). */
    @Override
    public synchronized Optional<JournalEntry> find(String sha256) {
        refresh();
        return Optional.ofNullable(byHash.get(sha256));
    }

    /** The committed file whose first interchange had this sender and ISA13, if any. */
    @Override
    public synchronized Optional<JournalEntry> findInterchange(String sender, String isa13) {
        refresh();
        return Optional.ofNullable(byInterchange.get(sender + "\u0000" + isa13));
    }

    @Override
    public synchronized int size() {
        return byHash.size();
    }

    /** Appends an entry and forces it to disk; does nothing when the same hash and stem are already recorded. */
    @Override
    public synchronized void record(JournalEntry entry) {
        try (FileLock lock = channel.lock()) {
            catchUp(false);
            JournalEntry known = byHash.get(entry.sha256());
            if (known != null && Objects.equals(known.stem(), entry.stem())) {
                return;
            }
            byte[] line = (JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
            ByteBuffer buffer = ByteBuffer.wrap(line);
            long at = channel.size();
            while (buffer.hasRemaining()) {
                at += channel.write(buffer, at);
            }
            channel.force(false);
            readUpTo = at;
            index(entry);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the processed-file store " + file, e);
        }
    }

    private void refresh() {
        try {
            if (channel.size() > readUpTo) {
                try (FileLock lock = channel.lock()) {
                    catchUp(false);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the processed-file store " + file, e);
        }
    }

    /** Reads complete lines after what was read; at start, cuts off a torn last line. Call under the lock. */
    private void catchUp(boolean truncateTorn) throws IOException {
        long size = channel.size();
        if (size <= readUpTo) {
            return;
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size - readUpTo, Integer.MAX_VALUE - 16));
        long at = readUpTo;
        while (buffer.hasRemaining() && at < size) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                break;
            }
            at += n;
        }
        byte[] bytes = buffer.array();
        int length = buffer.position();
        int lineStart = 0;
        List<JournalEntry> entries = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                if (i > lineStart) {
                    entries.add(JSON.readValue(bytes, lineStart, i - lineStart, JournalEntry.class));
                }
                lineStart = i + 1;
            }
        }
        readUpTo += lineStart;
        if (truncateTorn && readUpTo < size) {
            channel.truncate(readUpTo);
            channel.force(false);
        }
        entries.forEach(this::index);
    }

    @Override
    public synchronized List<JournalEntry> recent(int limit) {
        List<JournalEntry> newest = new ArrayList<>();
        for (int i = inOrder.size() - 1; i >= 0 && newest.size() < limit; i--) {
            newest.add(inOrder.get(i));
        }
        return newest;
    }

    private void index(JournalEntry entry) {
        inOrder.add(entry);
        byHash.put(entry.sha256(), entry);
        if (entry.ownsInterchange()) {
            byInterchange.putIfAbsent(entry.sender() + "\u0000" + entry.isa13(), entry);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
