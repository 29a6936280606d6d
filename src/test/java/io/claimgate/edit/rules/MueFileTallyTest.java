package io.claimgate.edit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The per-file MUE tally stays within its bound and keeps what it holds exact. */
class MueFileTallyTest {

    @Test
    void addsUpPerKeyAndStopsTakingNewKeysAtItsBound() {
        MueFileTally t = new MueFileTally(new MueDateOfServiceRule());
        t.add(42, 1000);
        t.add(42, 500);
        assertEquals(1500, t.get(42));
        assertEquals(0, t.get(43));
        for (long k = 1; k <= MueFileTally.MAX_KEYS + 10L; k++) {
            t.add(k * 0x9E3779B97F4A7C15L, k);
        }
        assertEquals(MueFileTally.MAX_KEYS, t.size());
        assertEquals(1500, t.get(42), "the first key survives every resize");
        assertEquals(7, t.get(7 * 0x9E3779B97F4A7C15L));
        assertEquals(0, t.get((MueFileTally.MAX_KEYS + 5L) * 0x9E3779B97F4A7C15L), "not taken once full");
        t.add(42, 1);
        assertEquals(1501, t.get(42), "keys already held still add up");
    }
}
