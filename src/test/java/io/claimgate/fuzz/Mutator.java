package io.claimgate.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Fuzz inputs: a seed file (samples/, and ../shared/corpus when present) damaged by 1-8 mutations chosen for X12:
 * bytes overwritten with delimiters or noise, ranges deleted, duplicated (segments repeated) or spliced from another
 * seed, truncation, and now and then one range repeated until the input is large (memory must stay bounded).
 */
final class Mutator {

    private static final byte[] NOISE = "*~:^|\n\r\u00ff\u0000ISAGSTSEIEAHLCLM0123456789 ".getBytes(
            StandardCharsets.ISO_8859_1);
    private static final int MAX_SIZE = 1 << 20;

    private final List<byte[]> seeds;

    private Mutator(List<byte[]> seeds) {
        this.seeds = seeds;
    }

    /** Seeds from samples/ and, when present, ../shared/corpus (every file under it). */
    static Mutator fromSeedFolders() {
        List<byte[]> seeds = new ArrayList<>();
        for (Path dir : List.of(Path.of("samples"), Path.of("../shared/corpus"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    if (Files.size(f) <= MAX_SIZE) {
                        seeds.add(Files.readAllBytes(f));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Mutator(List.copyOf(seeds));
    }

    int seedCount() {
        return seeds.size();
    }

    /** One input: a seed file damaged as the random source says; the same random seed gives the same input. */
    byte[] next(SplittableRandom r) {
        return mutate(seeds.get(r.nextInt(seeds.size())), r);
    }

    byte[] mutate(byte[] seed, SplittableRandom r) {
        byte[] b = seed;
        int mutations = 1 + r.nextInt(8);
        for (int i = 0; i < mutations; i++) {
            b = once(b, r);
        }
        return b;
    }

    private byte[] once(byte[] b, SplittableRandom r) {
        if (b.length == 0) {
            return Arrays.copyOf(NOISE, 1 + r.nextInt(NOISE.length));
        }
        int at = r.nextInt(b.length);
        int len = 1 + r.nextInt(Math.min(b.length - at, 200));
        switch (r.nextInt(8)) {
            case 0, 1 -> {
                byte[] c = b.clone();
                c[at] = NOISE[r.nextInt(NOISE.length)];
                return c;
            }
            case 2 -> {
                return concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, at + len, b.length));
            }
            case 3 -> {
                return limit(concat(Arrays.copyOf(b, at + len), Arrays.copyOfRange(b, at, b.length)));
            }
            case 4 -> {
                byte[] other = seeds.get(r.nextInt(seeds.size()));
                int from = r.nextInt(Math.max(1, other.length));
                byte[] piece = Arrays.copyOfRange(other, from, Math.min(other.length, from + 1 + r.nextInt(400)));
                return limit(concat(concat(Arrays.copyOf(b, at), piece), Arrays.copyOfRange(b, at, b.length)));
            }
            case 5 -> {
                return Arrays.copyOf(b, at);
            }
            case 6 -> {
                byte[] c = b.clone();
                c[at] = (byte) r.nextInt(256);
                return c;
            }
            default -> {
                if (r.nextInt(8) != 0) {
                    return b;
                }
                // one range repeated until the input is near the size limit: a huge segment or thousands of them
                byte[] piece = Arrays.copyOfRange(b, at, at + len);
                byte[] c = Arrays.copyOf(b, MAX_SIZE);
                for (int p = b.length; p < MAX_SIZE; p += piece.length) {
                    System.arraycopy(piece, 0, c, p, Math.min(piece.length, MAX_SIZE - p));
                }
                return c;
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static byte[] limit(byte[] b) {
        return b.length > MAX_SIZE ? Arrays.copyOf(b, MAX_SIZE) : b;
    }
}
