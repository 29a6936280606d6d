package io.claimgate.edit;

import io.claimgate.claim.ClaimBuilder;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Finding;
import io.claimgate.edit.api.StatusCode;
import io.claimgate.parse.EnvelopeHandler;
import io.claimgate.parse.InterchangeReader;
import io.claimgate.parse.RawClaim;
import io.claimgate.parse.ServiceLineParser;
import io.claimgate.x12.Delimiters;
import io.claimgate.x12.SegmentReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Small synthetic 837P files for the rule tests, and a way to run them through the real reader, the Smooks
 * service-line parser, the claim builder and an editor.
 */
public final class Test837 {

    /** Today for the tests: after every date of service used in them. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static ServiceLineParser parser;

    private Test837() {
    }

    /** A claim: CLM01, place of service, HI composites, and lines added with {@link Claim#line}. */
    public static final class Claim {
        final String id;
        String pos = "11";
        final List<String> diagnoses = new ArrayList<>();
        final List<String[]> lines = new ArrayList<>();
        String subscriberDmg = "DMG*D8*19800101*F";
        String patientDmg;
        String frequency = "1";

        Claim(String id) {
            this.id = id;
        }

        public Claim pos(String placeOfService) {
            this.pos = placeOfService;
            return this;
        }

        /** The subscriber's (2010BA) DMG02 birth date CCYYMMDD and DMG03 sex (default 19800101, F). */
        public Claim subscriber(String birthDate, String sex) {
            this.subscriberDmg = "DMG*D8*" + birthDate + "*" + sex;
            return this;
        }

        /** A patient other than the subscriber (2000C/2010CA, PAT01 19 child) with this birth date and sex. */
        public Claim patient(String birthDate, String sex) {
            this.patientDmg = "DMG*D8*" + birthDate + "*" + sex;
            return this;
        }

        /** CLM05-3, the claim frequency (1 original, 7 replacement, 8 void). */
        public Claim frequency(String code) {
            this.frequency = code;
            return this;
        }

        /** HI composites such as "ABK:J069", "ABF:E119". */
        public Claim dx(String... composites) {
            diagnoses.addAll(List.of(composites));
            return this;
        }

        /** A line: SV101 (e.g. "HC:99213:25"), units, date CCYYMMDD; charge 10 per unit; pointer 1. */
        public Claim line(String procedure, String units, String date) {
            lines.add(new String[] {procedure, units, date, ""});
            return this;
        }

        /** A line with its own place of service (SV105). */
        public Claim line(String procedure, String units, String date, String pos) {
            lines.add(new String[] {procedure, units, date, pos});
            return this;
        }
    }

    public static Claim claim(String id) {
        return new Claim(id);
    }

    /** An 837P interchange from {@code sender} (ISA06) with one transaction holding the claims. */
    public static String file(String sender, Claim... claims) {
        List<String> tx = new ArrayList<>();
        tx.add("ST*837*0001*005010X222A1");
        tx.add("BHT*0019*00*TESTBATCH*20261120*0930*CH");
        tx.add("NM1*41*2*TEST BILLING*****46*SUB001");
        tx.add("PER*IC*DESK*TE*5555550100");
        tx.add("NM1*40*2*EXAMPLE HEALTH PLAN*****46*PAYER01");
        tx.add("HL*1**20*1");
        tx.add("NM1*85*2*TEST CLINIC*****XX*1234567893");
        tx.add("N3*100 MAIN STREET");
        tx.add("N4*SPRINGFIELD*IL*627010000");
        tx.add("REF*EI*990000001");
        int hl = 2;
        for (Claim c : claims) {
            int subscriberHl = hl++;
            tx.add("HL*" + subscriberHl + "*1*22*" + (c.patientDmg == null ? "0" : "1"));
            tx.add(c.patientDmg == null ? "SBR*P*18*GRP100******CI" : "SBR*P**GRP100******CI");
            tx.add("NM1*IL*1*TESTPATIENT*ALEX****MI*MBR001");
            tx.add(c.subscriberDmg);
            tx.add("NM1*PR*2*EXAMPLE HEALTH PLAN*****PI*PAYER01");
            if (c.patientDmg != null) {
                tx.add("HL*" + hl++ + "*" + subscriberHl + "*23*0");
                tx.add("PAT*19");
                tx.add("NM1*QC*1*TESTPATIENT*SAM");
                tx.add("N3*1 TEST ROAD");
                tx.add("N4*SPRINGFIELD*IL*627010000");
                tx.add(c.patientDmg);
            }
            BigDecimal total = BigDecimal.ZERO;
            for (String[] l : c.lines) {
                total = total.add(charge(l[1]));
            }
            tx.add("CLM*" + c.id + "*" + total.toPlainString() + "***" + c.pos + ":B:" + c.frequency + "*Y*A*Y*Y");
            if (!c.diagnoses.isEmpty()) {
                tx.add("HI*" + String.join("*", c.diagnoses));
            }
            int n = 1;
            for (String[] l : c.lines) {
                tx.add("LX*" + n);
                tx.add("SV1*" + l[0] + "*" + charge(l[1]).toPlainString() + "*UN*" + l[1] + "*" + l[3] + "**1");
                tx.add("DTP*472*D8*" + l[2]);
                tx.add("REF*6R*" + c.id + "-" + n);
                n++;
            }
        }
        tx.add("SE*" + (tx.size() + 1) + "*0001");
        StringBuilder s = new StringBuilder();
        s.append("ISA*00*          *00*          *ZZ*").append(pad(sender)).append("*ZZ*").append(pad("CLAIMGATE"))
                .append("*261120*0930*^*00501*000000301*0*T*:~");
        s.append("GS*HC*").append(sender).append("*CLAIMGATE*20261120*0930*301*X*005010X222A1~");
        for (String seg : tx) {
            s.append(seg).append('~');
        }
        s.append("GE*1*301~IEA*1*000000301~");
        return s.toString();
    }

    private static BigDecimal charge(String units) {
        try {
            return new BigDecimal(units).multiply(BigDecimal.TEN);
        } catch (NumberFormatException e) {
            return BigDecimal.TEN;
        }
    }

    private static String pad(String id) {
        return String.format("%-15s", id);
    }

    /** Reads, parses and edits every claim of the text with the editor, as the processor does. */
    public static List<ClaimResult> edit(String x12, ClaimEditor editor) {
        List<RawClaim> raws = new ArrayList<>();
        EnvelopeHandler collect = new EnvelopeHandler() {

            @Override
            public void claim(RawClaim claim) {
                raws.add(claim);
            }

        };
        try (SegmentReader segments = new SegmentReader(new StringReader(x12))) {
            new InterchangeReader(segments, collect).read();
        } catch (java.io.IOException | io.claimgate.x12.X12FormatException e) {
            throw new IllegalStateException(e);
        }
        List<ClaimResult> results = new ArrayList<>();
        for (RawClaim raw : raws) {
            Delimiters d = raw.transaction().interchange().delimiters();
            var parsed = parser().parse(d, List.of(raw.lineSegments())).get(0);
            results.add(editor.edit(ClaimBuilder.build(raw, parsed), new EditContext(TODAY)));
        }
        return results;
    }

    /** Edits one claim sent by CLINIC01. */
    public static ClaimResult edit(Claim claim, ClaimEditor editor) {
        return edit(file("CLINIC01", claim), editor).get(0);
    }

    private static synchronized ServiceLineParser parser() {
        if (parser == null) {
            parser = new ServiceLineParser();
        }
        return parser;
    }

    /** "rule=status[+status]" of every error finding, e.g. "hcpcs-code-set=A7:454+A7:507". */
    public static List<String> errors(ClaimResult r) {
        return r.findings().stream().filter(Finding::isError).map(Test837::describe).toList();
    }

    /** The same for warnings. */
    public static List<String> warnings(ClaimResult r) {
        return r.findings().stream().filter(f -> !f.isError()).map(Test837::describe).toList();
    }

    /** "SYSTEM:KIND" of every code-set notice, e.g. "HCPCS:STALE", "MUE:MISSING". */
    public static List<String> notices(ClaimResult r) {
        return r.notices().stream().map(n -> n.system() + ":" + n.kind()).toList();
    }

    private static String describe(Finding f) {
        return f.rule() + "=" + String.join("+", f.statuses().stream().map(StatusCode::toString).toList());
    }
}
