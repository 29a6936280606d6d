package io.claimgate.x12;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A control-number counter kept in a small file under the output folder, so that numbers keep rising across runs
 * and across processes writing to the same folder (the file is locked while it is read and bumped). Receivers use
 * ISA13/GS06 to detect duplicates, so reusing a number after a restart would be wrong.
 */
public final class FileControlNumberSequence implements ControlNumberSequence {

    private final Path file;

    public FileControlNumberSequence(Path file) {
        this.file = file;
    }

    @Override
    public synchronized long next() {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE); FileLock ignored = ch.lock()) {
                ByteBuffer buf = ByteBuffer.allocate(32);
                ch.read(buf, 0);
                String text = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).trim();
                long value = text.isEmpty() ? 1 : Long.parseLong(text);
                long following = value >= 999_999_999L ? 1 : value + 1;
                ch.truncate(0);
                ch.write(ByteBuffer.wrap((following + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
                ch.force(true);
                return value;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update control-number file " + file, e);
        }
    }
}
