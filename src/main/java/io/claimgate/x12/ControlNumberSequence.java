package io.claimgate.x12;

/** Hands out interchange control numbers (ISA13) for the files claimgate writes. */
public interface ControlNumberSequence {

    /** The next control number, 1 to 999,999,999, wrapping around. */
    long next();

    /** A sequence held in memory, for tests and the benchmark. */
    static ControlNumberSequence startingAt(long first) {
        long[] next = {first};
        return () -> {
            synchronized (next) {
                long value = next[0];
                next[0] = value >= 999_999_999L ? 1 : value + 1;
                return value;
            }
        };
    }

    static String isa13(long value) {
        return String.format("%09d", value);
    }
}
