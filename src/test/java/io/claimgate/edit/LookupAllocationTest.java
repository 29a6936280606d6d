package io.claimgate.edit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.claimgate.codes.CodeSets;
import io.claimgate.codes.CodeStatus;
import io.claimgate.codes.HcpcsCodeSet;
import io.claimgate.codes.Icd10CodeSet;
import io.claimgate.codes.ModifierSet;
import io.claimgate.edit.api.CodeLookup;
import io.claimgate.edit.api.Profile;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Looking a code up allocates nothing: measured with the JVM's per-thread allocation counter. */
class LookupAllocationTest {

    @Test
    void codeLookupsDoNotAllocate() {
        var bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "no allocation counter on this JVM");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        CodeLookup codes = new CodeLookup(CodeSets.curatedDefault());
        LocalDate dos = LocalDate.of(2026, 1, 5);
        String[] dx = {"J069", "E119", "M545", "E11", "Q999"};
        String[] hcpcs = {"J7505", "G0008", "Z1234"};
        String[] modifiers = {"25", "XU", "ZZ"};
        long sink = run(codes, dos, dx, hcpcs, modifiers, 20_000); // warm up, let the JIT compile
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        sink += run(codes, dos, dx, hcpcs, modifiers, 100_000);
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertTrue(sink > 0);
        // 100,000 rounds of 14 lookups: anything per lookup would be megabytes; allow the counter's own noise.
        assertTrue(allocated < 64 * 1024, allocated + " bytes allocated by 1.4 million lookups");
    }

    private static long run(CodeLookup codes, LocalDate dos, String[] dx, String[] hcpcs, String[] modifiers,
            int rounds) {
        long hits = 0;
        for (int r = 0; r < rounds; r++) {
            Icd10CodeSet icd = codes.icd10(dos);
            for (String c : dx) {
                hits += icd.isBillable(c) ? 1 : 0;
                hits += icd.isKnownHeader(c) ? 1 : 0;
            }
            HcpcsCodeSet h = codes.hcpcs(dos);
            for (String c : hcpcs) {
                hits += h.statusOn(c, dos) == CodeStatus.ACTIVE ? 1 : 0;
            }
            ModifierSet m = codes.modifiers(dos);
            for (String c : modifiers) {
                hits += m.exists(c, dos) ? 1 : 0;
            }
            hits += Profile.NONE.allows(Profile.CodeList.HCPCS, "J7505") ? 1 : 0;
        }
        return hits;
    }
}
