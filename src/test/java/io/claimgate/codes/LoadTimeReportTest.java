package io.claimgate.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Prints how long the full ICD-10-CM + HCPCS load takes (target: under 2 seconds). Deliberately not a timed
 * assertion: CI machines vary, and the loaders log their own timings.
 */
class LoadTimeReportTest {

    @Test
    void reportFullLoadTime() {
        var dir = SharedCodesets.dir();
        long t0 = System.nanoTime();
        Icd10CodeSet fy2026 = Icd10CodeSet.load(dir.resolve("icd10cm/icd10cm-codes-2026.txt.gz"));
        long t1 = System.nanoTime();
        Icd10CodeSet fy2027 = Icd10CodeSet.load(dir.resolve("icd10cm/icd10cm_codes_2027.RECONSTRUCTED.txt.gz"));
        long t2 = System.nanoTime();
        HcpcsCodeSet hcpcs = HcpcsCodeSet.load(dir.resolve("hcpcs/HCPC2026_JAN_ANWEB_01122026.txt.gz"));
        long t3 = System.nanoTime();
        CodeSets all = CodeSets.load(dir);
        long t4 = System.nanoTime();
        System.out.printf("[load-time] ICD-10-CM FY2026 %d codes: %d ms; FY2027 %d codes: %d ms; HCPCS %d codes: %d ms;"
                        + " ICD+HCPCS total %d ms; CodeSets.load(shared folder, warm) %d ms: %s%n",
                fy2026.size(), ms(t0, t1), fy2027.size(), ms(t1, t2), hcpcs.size(), ms(t2, t3), ms(t0, t3),
                ms(t3, t4), all);
        assertEquals(74_719, fy2026.size());
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
