package io.claimgate.bench;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.SplittableRandom;

/**
 * Writes a synthetic 837P (005010X222A1) of N claims, streaming, for the benchmark and the large-file tests. Shape
 * as in the reference measurements: one billing provider per 500 claims, a subscriber per one or two claims, one
 * to three service lines per claim, all balanced, valid NPIs, real codes and dates. Every 10th claim carries one
 * defect (out of balance, a bad procedure code or a pointer to a missing diagnosis) so both outputs are exercised.
 * All names and ids are made up.
 */
public final class Synthetic837Generator {

    private static final String[] PROCEDURES = {"99213", "99214", "99203", "J1885", "G0008", "93000", "36415"};
    private static final String[] DIAGNOSES = {"J069", "E119", "I10", "Z0000", "E785", "J029"};
    private static final String[] NPIS = {"1234567893", "1912301953", "1122333341", "1003000126"};

    private final long seed;
    private final int defectEvery;
    private final String interchange;

    public Synthetic837Generator(long seed) {
        this(seed, 10);
    }

    /** @param defectEvery one claim in this many has a defect (1: every claim is rejected) */
    public Synthetic837Generator(long seed, int defectEvery) {
        this(seed, defectEvery, 101);
    }

    /** @param interchange the ISA13/IEA02 control number: files that differ in it are different interchanges */
    public Synthetic837Generator(long seed, int defectEvery, int interchange) {
        this.seed = seed;
        this.defectEvery = defectEvery;
        this.interchange = String.format("%09d", interchange);
    }

    public void write(Writer out, int claims) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Seg s = new Seg(out);
        s.raw("ISA*00*          *00*          *ZZ*CLINICSUBMIT01 *ZZ*CLAIMGATE      *260105*1200*^*00501*"
                + interchange + "*0*T*:");
        s.line("GS*HC*CLINICSUBMIT01*CLAIMGATE*20260105*1200*101*X*005010X222A1");
        s.count = 0;
        s.line("ST*837*0001*005010X222A1");
        s.line("BHT*0019*00*BATCH0001*20260105*1200*CH");
        s.line("NM1*41*2*SYNTHETIC BILLING SERVICE*****46*SUBMIT01");
        s.line("PER*IC*FRONT DESK*TE*5555550100");
        s.line("NM1*40*2*SYNTHETIC PAYER*****46*PAYER01");
        int hl = 0;
        int providerHl = 0;
        int written = 0;
        while (written < claims) {
            if (written % 500 == 0) {
                providerHl = ++hl;
                s.line("HL*" + providerHl + "**20*1");
                s.line("NM1*85*2*SYNTHETIC CLINIC " + providerHl + "*****XX*" + NPIS[providerHl % NPIS.length]);
                s.line("N3*100 EXAMPLE STREET");
                s.line("N4*ANYTOWN*CA*900010000");
                s.line("REF*EI*990000001");
            }
            int subscriberHl = ++hl;
            s.line("HL*" + subscriberHl + "*" + providerHl + "*22*0");
            s.line("SBR*P*18*GRP" + (subscriberHl % 97) + "******CI");
            s.line("NM1*IL*1*DOE" + subscriberHl + "*PAT****MI*MBR" + subscriberHl);
            s.line("N3*1 SAMPLE ROAD");
            s.line("N4*ANYTOWN*CA*900010000");
            s.line("DMG*D8*19700101*F");
            s.line("NM1*PR*2*SYNTHETIC PAYER*****PI*PAYER01");
            int perSubscriber = 1 + random.nextInt(2);
            for (int k = 0; k < perSubscriber && written < claims; k++) {
                written++;
                writeClaim(s, random, written, defectEvery);
            }
        }
        s.line("SE*" + (s.count + 1) + "*0001");
        s.line("GE*1*101");
        s.line("IEA*1*" + interchange);
        out.flush();
    }

    private static void writeClaim(Seg s, SplittableRandom random, int n, int defectEvery) throws IOException {
        int lines = 1 + random.nextInt(3);
        BigDecimal[] charges = new BigDecimal[lines];
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < lines; i++) {
            charges[i] = BigDecimal.valueOf(2000 + random.nextInt(20000), 2);
            total = total.add(charges[i]);
        }
        int defect = n % defectEvery == 0 ? 1 + (n / 10) % 3 : 0;
        BigDecimal claimCharge = defect == 1 ? total.add(BigDecimal.ONE) : total;
        s.line("CLM*SYN" + n + "*" + claimCharge.toPlainString() + "***11:B:1*Y*A*Y*Y");
        s.line("REF*D9*TRACE" + n);
        String dx1 = DIAGNOSES[random.nextInt(DIAGNOSES.length)];
        String dx2 = DIAGNOSES[random.nextInt(DIAGNOSES.length)];
        s.line("HI*ABK:" + dx1 + "*ABF:" + dx2);
        for (int i = 0; i < lines; i++) {
            String procedure = defect == 2 && i == 0 ? "9921X" : PROCEDURES[random.nextInt(PROCEDURES.length)];
            String pointer = defect == 3 && i == 0 ? "1:3" : "1:2";
            s.line("LX*" + (i + 1));
            s.line("SV1*HC:" + procedure + "*" + charges[i].toPlainString() + "*UN*1***" + pointer);
            s.line("DTP*472*D8*202601" + String.format("%02d", 1 + random.nextInt(28)));
            s.line("REF*6R*" + n + "0" + (i + 1));
        }
    }

    /** Writes segments a line each and counts them for SE01. */
    private static final class Seg {
        final Writer out;
        int count;

        Seg(Writer out) {
            this.out = out;
        }

        void raw(String segment) throws IOException {
            out.write(segment);
            out.write("~\n");
        }

        void line(String segment) throws IOException {
            raw(segment);
            count++;
        }
    }
}
