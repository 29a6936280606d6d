package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ProviderIdentifier;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.FileRule;
import io.claimgate.edit.api.Findings;
import io.claimgate.parse.HierarchyLevel;
import io.claimgate.x12.Segment;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The across-claims part of {@code mue-date-of-service} for one file: the units already forwarded (accepted
 * claims, in file order) per patient, provider, code and date, for codes with a date of service MUE only. Keys are
 * 64-bit hashes of those four (no patient data is kept), units are thousandths in a primitive open-addressing table
 * of at most {@value #MAX_KEYS} keys (16 MB): a 1,000,000-claim file with a date of service MUE code on every claim
 * would fill it, and the claims after that are checked within themselves only (logged once, without patient data).
 */
final class MueFileTally implements FileRule.FileCheck {

    private static final Logger LOG = LoggerFactory.getLogger(MueFileTally.class);
    static final int MAX_KEYS = 1 << 19;

    private final MueDateOfServiceRule rule;
    private long[] keys = new long[1024];
    private long[] values = new long[1024];
    private int size;
    private boolean full;

    MueFileTally(MueDateOfServiceRule rule) {
        this.rule = rule;
    }

    @Override
    public void check(Claim claim, EditContext context, Findings findings) {
        for (MueDateOfServiceRule.Group g : MueDateOfServiceRule.groups(claim, context)) {
            long before = get(key(claim, g));
            BigDecimal limit = BigDecimal.valueOf(g.limit());
            BigDecimal total = g.units().add(BigDecimal.valueOf(before, 3));
            if (before > 0 && g.units().compareTo(limit) <= 0 && total.compareTo(limit) > 0) {
                findings.error(rule, MueUnitsRule.UNITS, MueUnitsRule.GUIDELINES, g.last().sv1(), g.last().number(),
                        "Service line " + g.last().number() + ": " + g.units().toPlainString() + " units of "
                                + g.last().procedure() + " on " + g.dos() + " bring the units of this patient and"
                                + " provider for that date in this file to " + total.stripTrailingZeros()
                                .toPlainString() + ", over the MUE of " + g.limit() + " (date of service edit).");
            }
        }
    }

    @Override
    public void record(Claim claim, EditContext context) {
        for (MueDateOfServiceRule.Group g : MueDateOfServiceRule.groups(claim, context)) {
            add(key(claim, g), g.units().movePointRight(3).longValue());
        }
    }

    /** Patient (subscriber id, and the 2010CA name and birth date when present), provider NPI, code, date. */
    static long key(Claim claim, MueDateOfServiceRule.Group g) {
        StringBuilder s = new StringBuilder(64);
        Segment member = claim.raw().subscriber() == null ? null : claim.raw().subscriber().find("NM1", "IL");
        s.append(member == null ? "" : member.element(9)).append('|');
        HierarchyLevel patient = claim.raw().patient();
        if (patient != null) {
            Segment qc = patient.find("NM1", "QC");
            Segment dmg = patient.find("DMG", "D8");
            s.append(qc == null ? "" : qc.element(3) + "," + qc.element(4)).append(',')
                    .append(dmg == null ? "" : dmg.element(2));
        }
        s.append('|').append(provider(claim, g.last().number())).append('|').append(g.last().procedure())
                .append('|').append(g.dos());
        long h = 0xcbf29ce484222325L; // FNV-1a 64, then a finalizer so that linear probing spreads
        for (byte b : s.toString().getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** The line's rendering NPI (2420A), else the claim's (2310B), else the billing provider's. */
    private static String provider(Claim claim, int line) {
        String claimLevel = null;
        String billing = "";
        for (ProviderIdentifier p : claim.providers()) {
            if ("82".equals(p.entity()) && p.line() == line) {
                return p.npi();
            }
            if ("82".equals(p.entity()) && p.line() == 0) {
                claimLevel = p.npi();
            } else if ("85".equals(p.entity())) {
                billing = p.npi();
            }
        }
        return claimLevel != null ? claimLevel : billing;
    }

    long get(long key) {
        int mask = keys.length - 1;
        for (int i = (int) key & mask; keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return 0;
    }

    void add(long key, long units) {
        int mask = keys.length - 1;
        int i = (int) key & mask;
        for (; keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                values[i] += units;
                return;
            }
        }
        if (size >= MAX_KEYS) {
            if (!full) {
                full = true;
                LOG.warn("MUE date of service tally full at {} patient/provider/code/date keys: later claims of this"
                        + " file are checked within themselves only", size);
            }
            return;
        }
        keys[i] = key;
        values[i] = units;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldValues.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                add(oldKeys[i], oldValues[i]);
            }
        }
    }

    int size() {
        return size;
    }
}
