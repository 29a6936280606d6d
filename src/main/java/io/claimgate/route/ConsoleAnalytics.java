package io.claimgate.route;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Issue 13: the console's analytics over a period, added up from the reports' {@code "analytics"} and
 * {@code "providerReviews"} ({@link ReportAnalytics}): office E/M levels per provider against its peers (the others
 * of the same taxonomy, PRV03, in the period, pooled; all others when the taxonomy is absent), rejected claims and
 * review signals by rule, provider and partner, and charges accepted and rejected per processing day. Memory follows
 * the number of providers, rules, partners and days, never the claims.
 */
public final class ConsoleAnalytics {

    /** One provider's office E/M visits per level (index 0 = level 1) and whether em-mix-review flagged it. */
    public static final class Provider {
        final String npi;
        String taxonomy = "";
        final long[] levels = new long[5];
        boolean flagged;

        Provider(String npi) {
            this.npi = npi;
        }

        public String npi() {
            return npi;
        }

        public String taxonomy() {
            return taxonomy;
        }

        public long services() {
            long n = 0;
            for (long l : levels) {
                n += l;
            }
            return n;
        }

        /** Shares of levels 1-5 among its visits. */
        public double[] shares() {
            return ConsoleAnalytics.shares(levels);
        }

        public boolean flagged() {
            return flagged;
        }
    }

    /** Rejected claims and review signals of one key. */
    public record Counts(long rejected, long reviews) {
        Counts plus(long r, long v) {
            return new Counts(rejected + r, reviews + v);
        }
    }

    /** One processing day: files, claims and charges accepted and rejected. */
    public static final class Day {
        long files;
        long acceptedClaims;
        long rejectedClaims;
        BigDecimal accepted = BigDecimal.ZERO;
        BigDecimal rejected = BigDecimal.ZERO;

        public long files() {
            return files;
        }

        public long acceptedClaims() {
            return acceptedClaims;
        }

        public long rejectedClaims() {
            return rejectedClaims;
        }

        public BigDecimal accepted() {
            return accepted;
        }

        public BigDecimal rejected() {
            return rejected;
        }
    }

    private final Map<String, Provider> providers = new TreeMap<>();
    private final Map<String, Counts> byRule = new TreeMap<>();
    private final Map<String, Counts> byProvider = new TreeMap<>();
    private final Map<String, Counts> byPartner = new TreeMap<>();
    private final Map<LocalDate, Day> days = new TreeMap<>();

    public static ConsoleAnalytics of(List<ReportAnalytics> reports) {
        ConsoleAnalytics c = new ConsoleAnalytics();
        reports.forEach(c::add);
        return c;
    }

    void add(ReportAnalytics r) {
        JsonNode a = r.analytics();
        a.path("emLevels").fields().forEachRemaining(e -> {
            Provider p = providers.computeIfAbsent(e.getKey(), Provider::new);
            p.taxonomy = e.getValue().path("taxonomy").asText(p.taxonomy);
            e.getValue().fields().forEachRemaining(code -> {
                int level = code.getKey().matches("992[01][1-5]") ? code.getKey().charAt(4) - '0' : 0;
                if (level > 0) {
                    p.levels[level - 1] += code.getValue().asLong();
                }
            });
        });
        merge(byRule, a.path("byRule"));
        merge(byProvider, a.path("byProvider"));
        merge(byPartner, a.path("byPartner"));
        for (JsonNode review : r.providerReviews()) {
            String npi = review.path("npi").asText();
            byRule.merge(review.path("rule").asText("em-mix-review"), new Counts(0, 1), ConsoleAnalytics::sum);
            byProvider.merge(npi, new Counts(0, 1), ConsoleAnalytics::sum);
            byPartner.merge(r.partner(), new Counts(0, 1), ConsoleAnalytics::sum);
            providers.computeIfAbsent(npi, Provider::new).flagged = true;
        }
        if (!a.isMissingNode()) {
            Day d = days.computeIfAbsent(r.day(), k -> new Day());
            JsonNode charges = a.path("charges");
            d.files++;
            d.acceptedClaims += charges.path("acceptedClaims").asLong();
            d.rejectedClaims += charges.path("rejectedClaims").asLong();
            d.accepted = d.accepted.add(charges.path("accepted").decimalValue());
            d.rejected = d.rejected.add(charges.path("rejected").decimalValue());
        }
    }

    private static void merge(Map<String, Counts> into, JsonNode counts) {
        counts.fields().forEachRemaining(e -> into.merge(e.getKey(), new Counts(
                e.getValue().path("rejectedClaims").asLong(), e.getValue().path("reviews").asLong()),
                ConsoleAnalytics::sum));
    }

    private static Counts sum(Counts a, Counts b) {
        return a.plus(b.rejected(), b.reviews());
    }

    static double[] shares(long[] levels) {
        long n = 0;
        for (long l : levels) {
            n += l;
        }
        double[] s = new double[levels.length];
        for (int i = 0; i < levels.length && n > 0; i++) {
            s[i] = (double) levels[i] / n;
        }
        return s;
    }

    /** Every provider with office E/M visits, flagged ones first, then by level-5 share (highest first). */
    public List<Provider> providers() {
        List<Provider> list = new ArrayList<>(providers.values());
        list.removeIf(p -> p.services() == 0 && !p.flagged);
        list.sort(Comparator.comparing((Provider p) -> !p.flagged).thenComparing(p -> -p.shares()[4])
                .thenComparing(Provider::npi));
        return list;
    }

    /**
     * The peers of a provider: the other providers of the same taxonomy, or every other provider when it has none
     * (the provider itself left out, as rule em-mix-review compares it with the others).
     */
    public List<Provider> peers(Provider p) {
        return providers.values().stream().filter(o -> o != p && o.services() > 0)
                .filter(o -> p.taxonomy.isEmpty() || p.taxonomy.equals(o.taxonomy)).toList();
    }

    /** The pooled level shares of a group of providers. */
    public static double[] pooledShares(List<Provider> group) {
        long[] levels = new long[5];
        for (Provider p : group) {
            for (int i = 0; i < 5; i++) {
                levels[i] += p.levels[i];
            }
        }
        return shares(levels);
    }

    public Map<String, Counts> byRule() {
        return byRule;
    }

    public Map<String, Counts> byProvider() {
        return byProvider;
    }

    public Map<String, Counts> byPartner() {
        return byPartner;
    }

    public Map<LocalDate, Day> days() {
        return days;
    }
}
