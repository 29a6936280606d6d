package io.claimgate.intake;

import io.claimgate.edit.api.ClaimPrint;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A Bloom filter of claim prints: "certainly not held" or "perhaps held". 2^25 bits (4 MB, allocated once, whatever
 * the history's size) and 7 probes: about 0.1% false "perhaps" at 2.4 million prints held, 5% at 5 million; past
 * that more look-ups go on to the database, which answers exactly either way. The prints are the first 128 bits of
 * a SHA-256, uniform already, so the probes are taken from them directly (Kirsch and Mitzenmacher's two-hash
 * scheme: probe i is high + i * low), with no hashing of their own.
 *
 * <p>Safe for any number of threads: bits are only ever set, each with an atomic OR.
 */
final class ClaimPrintFilter {

    private static final int BITS_LOG2 = 25;
    private static final int PROBES = 7;

    private final AtomicLongArray words = new AtomicLongArray(1 << (BITS_LOG2 - 6));

    void add(ClaimPrint print) {
        long probe = print.high();
        long step = print.low() | 1;
        for (int i = 0; i < PROBES; i++, probe += step) {
            int bit = (int) (probe >>> (64 - BITS_LOG2));
            words.getAndAccumulate(bit >>> 6, 1L << bit, (word, mask) -> word | mask);
        }
    }

    boolean mightHold(ClaimPrint print) {
        long probe = print.high();
        long step = print.low() | 1;
        for (int i = 0; i < PROBES; i++, probe += step) {
            int bit = (int) (probe >>> (64 - BITS_LOG2));
            if ((words.get(bit >>> 6) & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }
}
