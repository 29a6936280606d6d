package io.claimgate.output;

import com.fasterxml.jackson.core.JsonGenerator;
import io.claimgate.claim.ServiceLine;
import io.claimgate.codes.ProcedureCategory;
import io.claimgate.edit.ClaimResult;
import io.claimgate.edit.EmMixReview;
import io.claimgate.edit.api.Finding;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Issue 13, item 4: the analytics of one file, counted claim by claim with bounded memory (maps keyed by procedure
 * category, NPI, rule and partner; never a list of claims), written as the report's {@code "analytics"} object and
 * shown on the HTML page: procedure mix by category, office E/M levels per provider (rendering NPI, else billing, as
 * rule em-mix-review counts them), rejections and claim-level review signals by rule, provider and partner, and the
 * charges accepted and rejected on the file's processing date. The per-provider em-mix-review signals are not counted
 * here: they stay in the report's {@code "providerReviews"}, which the page and the console read as they are.
 */
public final class FileAnalytics {

    /** The office E/M codes counted per provider, in column order: new patients, then established. */
    public static final String[] EM_CODES = {"99202", "99203", "99204", "99205", "99211", "99212", "99213", "99214",
        "99215"};

    private final String partner;
    private LocalDate date;
    private final Map<ProcedureCategory, Mix> mix = new EnumMap<>(ProcedureCategory.class);
    private final Map<String, EmLevels> emLevels = new TreeMap<>();
    private final Map<String, Signals> byRule = new TreeMap<>();
    private final Map<String, Signals> byProvider = new TreeMap<>();
    private final Signals partnerSignals = new Signals();
    private final Signals accepted = new Signals();
    private final Signals rejected = new Signals();

    /** Service lines and their charges (SV102) and units (SV104) of one procedure category. */
    public static final class Mix {
        long lines;
        BigDecimal units = BigDecimal.ZERO;
        BigDecimal charges = BigDecimal.ZERO;

        public long lines() {
            return lines;
        }

        public BigDecimal charges() {
            return charges;
        }
    }

    /** One provider's office E/M services per code (index as {@link #EM_CODES}) and its taxonomy (PRV03). */
    public static final class EmLevels {
        final String taxonomy;
        final int[] counts = new int[EM_CODES.length];

        EmLevels(String taxonomy) {
            this.taxonomy = taxonomy;
        }

        public String taxonomy() {
            return taxonomy;
        }

        public int count(int index) {
            return counts[index];
        }

        /** Services of one level (1-5), new and established patients together. */
        public int level(int level) {
            int n = 0;
            for (int i = 0; i < EM_CODES.length; i++) {
                n += EM_CODES[i].charAt(4) - '0' == level ? counts[i] : 0;
            }
            return n;
        }

        public int services() {
            int n = 0;
            for (int c : counts) {
                n += c;
            }
            return n;
        }
    }

    /** Rejected claims and review signals of one key; for accepted/rejected totals, claims and charges. */
    public static final class Signals {
        long claims;
        long reviews;
        BigDecimal charges = BigDecimal.ZERO;

        public long claims() {
            return claims;
        }

        public long reviews() {
            return reviews;
        }

        public BigDecimal charges() {
            return charges;
        }
    }

    /** @param partner the trading partner the file came from, or null (written "none") */
    public FileAnalytics(String partner) {
        this.partner = partner == null || partner.isBlank() ? "none" : partner;
    }

    /** The day the file was processed (the report's date for the console's per-day charges). */
    public void processedOn(LocalDate day) {
        this.date = day;
    }

    public void add(ClaimResult result) {
        BigDecimal charge = result.claim().charge() == null ? BigDecimal.ZERO : result.claim().charge();
        Signals total = result.accepted() ? accepted : rejected;
        total.claims++;
        total.charges = total.charges.add(charge);
        String npi = EmMixReview.providerNpi(result.claim());
        String provider = npi.isEmpty() ? "none" : npi;
        for (ServiceLine line : result.claim().lines()) {
            Mix m = mix.computeIfAbsent("HC".equals(line.procedureQualifier())
                    ? ProcedureCategory.of(line.procedure()) : ProcedureCategory.OTHER, k -> new Mix());
            m.lines++;
            m.units = m.units.add(line.units() == null ? BigDecimal.ZERO : line.units());
            m.charges = m.charges.add(line.charge() == null ? BigDecimal.ZERO : line.charge());
            int level = EmMixReview.officeLevel(line.procedure());
            if (level > 0 && "HC".equals(line.procedureQualifier())) {
                emLevels.computeIfAbsent(provider, k -> new EmLevels(EmMixReview.taxonomy(result.claim())))
                        .counts[emIndex(line.procedure())]++;
            }
        }
        Set<String> rejectingRules = new LinkedHashSet<>();
        for (Finding f : result.findings()) {
            if (f.isError()) {
                rejectingRules.add(f.rule());
            } else if (f.isReview()) {
                byRule.computeIfAbsent(f.rule(), k -> new Signals()).reviews++;
                byProvider.computeIfAbsent(provider, k -> new Signals()).reviews++;
                partnerSignals.reviews++;
            }
        }
        if (!result.accepted()) {
            rejectingRules.forEach(rule -> byRule.computeIfAbsent(rule, k -> new Signals()).claims++);
            byProvider.computeIfAbsent(provider, k -> new Signals()).claims++;
            partnerSignals.claims++;
        }
    }

    private static int emIndex(String code) {
        for (int i = 0; i < EM_CODES.length; i++) {
            if (EM_CODES[i].equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException(code);
    }

    public String partner() {
        return partner;
    }

    public LocalDate date() {
        return date;
    }

    public Map<ProcedureCategory, Mix> procedureMix() {
        return mix;
    }

    public Map<String, EmLevels> emLevels() {
        return emLevels;
    }

    public Map<String, Signals> byRule() {
        return byRule;
    }

    public Map<String, Signals> byProvider() {
        return byProvider;
    }

    public Signals byPartner() {
        return partnerSignals;
    }

    public Signals accepted() {
        return accepted;
    }

    public Signals rejected() {
        return rejected;
    }

    /** Writes the {@code "analytics"} object of reports/S.json. */
    public void write(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("analytics");
        g.writeStringField("date", String.valueOf(date));
        g.writeStringField("partner", partner);
        g.writeObjectFieldStart("charges");
        g.writeNumberField("accepted", accepted.charges);
        g.writeNumberField("rejected", rejected.charges);
        g.writeNumberField("acceptedClaims", accepted.claims);
        g.writeNumberField("rejectedClaims", rejected.claims);
        g.writeEndObject();
        g.writeObjectFieldStart("procedureMix");
        for (Map.Entry<ProcedureCategory, Mix> e : mix.entrySet()) {
            g.writeObjectFieldStart(e.getKey().id());
            g.writeNumberField("lines", e.getValue().lines);
            g.writeNumberField("units", e.getValue().units);
            g.writeNumberField("charges", e.getValue().charges);
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("emLevels");
        for (Map.Entry<String, EmLevels> e : emLevels.entrySet()) {
            g.writeObjectFieldStart(e.getKey());
            g.writeStringField("taxonomy", e.getValue().taxonomy);
            for (int i = 0; i < EM_CODES.length; i++) {
                g.writeNumberField(EM_CODES[i], e.getValue().counts[i]);
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        writeSignals(g, "byRule", byRule);
        writeSignals(g, "byProvider", byProvider);
        writeSignals(g, "byPartner", Map.of(partner, partnerSignals));
        g.writeEndObject();
    }

    private static void writeSignals(JsonGenerator g, String field, Map<String, Signals> map) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, Signals> e : map.entrySet()) {
            g.writeObjectFieldStart(e.getKey());
            g.writeNumberField("rejectedClaims", e.getValue().claims);
            g.writeNumberField("reviews", e.getValue().reviews);
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
