package io.claimgate.edit;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ProviderIdentifier;
import io.claimgate.claim.ServiceLine;
import io.claimgate.x12.Segment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rule {@code em-mix-review} (issue 13, upcoding): per provider (rendering NPI, else billing NPI), the share of
 * level-5 office/outpatient E/M visits (99205, 99215) among 99202-99205 and 99211-99215, compared with the other
 * providers of the same taxonomy (PRV03). Flagged only with at least {@value #MIN_SERVICES} E/M services in the
 * window (OIG's E/M studies' threshold), at least {@value #MIN_PEERS} peers, and a share strictly above the peers'
 * 95th percentile. Not thread-safe: one instance per file, fed in claim order.
 */
public final class EmMixReview {

    public static final int MIN_SERVICES = 100;
    public static final int MIN_PEERS = 5;
    public static final String CAVEAT = "a statistical outlier is not evidence of wrong coding";

    private final Map<String, Tally> providers = new TreeMap<>();

    /** The counts of one provider: E/M services by level and the dates they span. */
    static final class Tally {
        final String npi;
        final String taxonomy;
        int services;
        int level5;
        int level45;
        LocalDate first;
        LocalDate last;

        Tally(String npi, String taxonomy) {
            this.npi = npi;
            this.taxonomy = taxonomy;
        }

        double share5() {
            return services == 0 ? 0 : (double) level5 / services;
        }

        double share45() {
            return services == 0 ? 0 : (double) level45 / services;
        }
    }

    /** One flagged provider, as reports/S.json writes it under "providerReviews". */
    public record Signal(String npi, String taxonomy, int services, double share5, double share45, int peers,
            double peerMedian5, double peerP95, LocalDate from, LocalDate to, String message) {
    }

    /** Counts the office E/M lines of an edited claim. */
    public void add(Claim claim) {
        String npi = providerNpi(claim);
        if (npi.isEmpty()) {
            return;
        }
        String taxonomy = taxonomy(claim);
        for (ServiceLine line : claim.lines()) {
            add(npi, taxonomy, line.procedure(), line.serviceDate() == null ? null : line.serviceDate().fromDate());
        }
    }

    /** Counts one service of {@code code} by provider {@code npi}, when it is an office E/M. */
    void add(String npi, String taxonomy, String code, LocalDate date) {
        int level = officeLevel(code);
        if (level == 0) {
            return;
        }
        Tally t = providers.computeIfAbsent(npi, k -> new Tally(k, taxonomy));
        t.services++;
        t.level5 += level == 5 ? 1 : 0;
        t.level45 += level >= 4 ? 1 : 0;
        if (date != null) {
            t.first = t.first == null || date.isBefore(t.first) ? date : t.first;
            t.last = t.last == null || date.isAfter(t.last) ? date : t.last;
        }
    }

    /** 99202-99205 and 99211-99215: the level (last digit), else 0. */
    public static int officeLevel(String code) {
        if (code == null || code.length() != 5 || !code.startsWith("992")) {
            return 0;
        }
        int n = code.charAt(3) - '0';
        int level = code.charAt(4) - '0';
        if (n == 0 && level >= 2 && level <= 5 || n == 1 && level >= 1 && level <= 5) {
            return level;
        }
        return 0;
    }

    /** The flagged providers, by NPI. */
    public List<Signal> signals() {
        List<Signal> out = new ArrayList<>();
        for (Tally t : providers.values()) {
            if (t.services < MIN_SERVICES) {
                continue;
            }
            List<Double> peers = providers.values().stream()
                    .filter(p -> p != t && p.taxonomy.equals(t.taxonomy) && p.services > 0)
                    .map(Tally::share5).sorted(Comparator.naturalOrder()).toList();
            if (peers.size() < MIN_PEERS) {
                continue;
            }
            double p95 = percentile(peers, 0.95);
            if (t.share5() > p95) {
                out.add(signal(t, peers.size(), percentile(peers, 0.5), p95));
            }
        }
        return out;
    }

    private static Signal signal(Tally t, int peers, double median, double p95) {
        String message = String.format(java.util.Locale.ROOT, "Provider %s (taxonomy %s) billed level 5 for %.1f%%"
                + " of %d office E/M services (levels 4+5: %.1f%%) from %s to %s; the %d peers of the same taxonomy"
                + " have a median of %.1f%% and a 95th percentile of %.1f%%. A review signal only: %s.", t.npi,
                t.taxonomy.isEmpty() ? "unknown" : t.taxonomy, 100 * t.share5(), t.services, 100 * t.share45(),
                t.first, t.last, peers, 100 * median, 100 * p95, CAVEAT);
        return new Signal(t.npi, t.taxonomy, t.services, t.share5(), t.share45(), peers, median, p95, t.first,
                t.last, message);
    }

    /** Nearest-rank percentile of sorted values (the smallest value with at least p of the values at or below). */
    static double percentile(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** Rendering provider (2310B NM1*82) NPI, else the billing provider's (2010AA NM1*85). */
    public static String providerNpi(Claim claim) {
        String billing = "";
        for (ProviderIdentifier p : claim.providers()) {
            if (p.line() == 0 && "82".equals(p.entity())) {
                return p.npi();
            }
            if ("85".equals(p.entity())) {
                billing = p.npi();
            }
        }
        return billing;
    }

    /** PRV03 of the rendering provider (PRV*PE in the claim), else of the billing provider (PRV*BI). */
    public static String taxonomy(Claim claim) {
        for (Segment s : claim.raw().claimSegments()) {
            if (s.is("PRV")) {
                return s.element(3);
            }
        }
        if (claim.raw().billingProvider() == null) {
            return ""; // a claim outside any 2000A level (damaged input): no taxonomy, so no peers
        }
        for (Segment s : claim.raw().billingProvider().segments()) {
            if (s.is("PRV")) {
                return s.element(3);
            }
        }
        return "";
    }
}
