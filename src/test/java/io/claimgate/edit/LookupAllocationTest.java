package io.claimgate.edit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.claimgate.codes.CodeSets;
import io.claimgate.codes.CodeStatus;
import io.claimgate.codes.HcpcsCodeList;
import io.claimgate.codes.HcpcsReleases;
import io.claimgate.codes.Icd10CodeSet;
import io.claimgate.edit.api.CodeLookup;
import io.claimgate.edit.api.Profile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Looking a code up allocates nothing: measured with the JVM's per-thread allocation counter. */
class LookupAllocationTest {

    @Test
    void codeLookupsDoNotAllocate() {
        var bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "no allocation counter on this JVM");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        CodeSets def = CodeSets.curatedDefault();
        HcpcsCodeList july = HcpcsCodeList.parse("A2040\nG0008\nJ7505\nKX\n".getBytes(StandardCharsets.US_ASCII),
                LocalDate.of(2026, 7, 1), "inline-july");
        CodeLookup codes = new CodeLookup(new CodeSets(def.icd10Sets(), def.hcpcsSets(), List.of(july),
                def.placesOfService().orElseThrow(), List.of(), null, null));
        LocalDate dos = LocalDate.of(2026, 7, 15);
        String[] dx = {"J069", "E119", "M545", "E11", "Q999"};
        String[] hcpcs = {"J7505", "G0008", "Z1234", "A2040"};
        String[] modifiers = {"25", "XU", "ZZ", "KX"};
        long sink = run(codes, dos, dx, hcpcs, modifiers, 20_000); // warm up, let the JIT compile
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        sink += run(codes, dos, dx, hcpcs, modifiers, 100_000);
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertTrue(sink > 0);
        // 100,000 rounds of 18 lookups: anything per lookup would be megabytes; allow the counter's own noise.
        assertTrue(allocated < 64 * 1024, allocated + " bytes allocated by 1.8 million lookups");
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
            HcpcsReleases h = codes.hcpcs();
            hits += h.coversCodes(dos) && h.coversModifiers(dos) && !h.codesStale(dos) ? 1 : 0;
            for (String c : hcpcs) {
                hits += h.codeStatus(c, dos) == CodeStatus.ACTIVE ? 1 : 0;
            }
            for (String c : modifiers) {
                hits += h.modifierStatus(c, dos) == CodeStatus.ACTIVE ? 1 : 0;
            }
            hits += Profile.NONE.allows(Profile.CodeList.HCPCS, "J7505") ? 1 : 0;
        }
        return hits;
    }
}
