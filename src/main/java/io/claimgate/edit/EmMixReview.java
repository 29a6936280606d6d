package io.claimgate.edit;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ProviderIdentifier;
import io.claimgate.claim.ServiceLine;
import io.claimgate.codes.EmReferenceTable;
import io.claimgate.edit.api.ClaimHistory;
import io.claimgate.edit.api.EmServiceCount;
import io.claimgate.x12.Segment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Rule {@code em-mix-review} (issue 13, upcoding): per provider (rendering NPI, else billing NPI), the shares of
 * level-5 (99205, 99215) and level-4+5 office/outpatient E/M visits among 99202-99205 and 99211-99215 over the
 * window (claimgate.em-mix.window-days, 90 days of service ending at the file's latest E/M date of service), from
 * the store's history ({@link ClaimHistory}, the committed files) and this file, compared with the providers of the
 * same taxonomy (PRV03) in that history. Flagged only with at least {@value #MIN_SERVICES} services in the window
 * (OIG's E/M studies' threshold), at least {@value #MIN_PEERS} peers, and a share strictly above the peers' 95th
 * percentile; only providers with claims in this file whose profile leaves the rule on are flagged. The reference
 * table, when loaded, adds the published shares of the provider's taxonomy (or the national ones) to the signal.
 * Not thread-safe: one instance per file, fed in claim order (edit.FileEditor).
 */
public final class EmMixReview {

    public static final int MIN_SERVICES = 100;
    public static final int MIN_PEERS = 5;
    public static final String CAVEAT = "a statistical outlier is not evidence of wrong coding";

    private final ClaimHistory history;
    private final EmReferenceTable reference;
    /** This file's services per provider, taxonomy, day and code, for the store (bounded by providers x days). */
    private final Map<EmServiceCount, Integer> days = new TreeMap<>(EmMixReview::compare);
    private final Set<String> reviewed = new TreeSet<>();
    private LocalDate last;

    /** One flagged provider, as reports/S.json writes it under "providerReviews". */
    public record Signal(String npi, String taxonomy, int services, double share5, double share45, int peers,
            double peerMedian5, double peerP95, double peerMedian45, double peerP95Of45, LocalDate from,
            LocalDate to, int windowDays, EmReferenceTable.Mix reference, String message) {
    }

    /** No history, no reference table: the file's own claims only (tests). */
    public EmMixReview() {
        this(ClaimHistory.NONE, null);
    }

    /** @param reference the E/M reference table of the --codesets folder, or null when none is loaded */
    public EmMixReview(ClaimHistory history, EmReferenceTable reference) {
        this.history = history;
        this.reference = reference;
    }

    /** Counts the office E/M lines of an accepted claim; {@code review} false when its profile turns the rule off. */
    public void add(Claim claim, boolean review) {
        String npi = providerNpi(claim);
        if (npi.isEmpty()) {
            return;
        }
        String taxonomy = taxonomy(claim);
        for (ServiceLine line : claim.lines()) {
            LocalDate date = line.serviceDate() == null ? null : line.serviceDate().fromDate();
            if (count(npi, taxonomy, line.procedure(), date) && review) {
                reviewed.add(npi);
            }
        }
    }

    /** Counts one service of {@code code} by provider {@code npi}, reviewed, when it is a dated office E/M. */
    void add(String npi, String taxonomy, String code, LocalDate date) {
        if (count(npi, taxonomy, code, date)) {
            reviewed.add(npi);
        }
    }

    private boolean count(String npi, String taxonomy, String code, LocalDate date) {
        if (officeLevel(code) == 0 || date == null) {
            return false;
        }
        days.merge(new EmServiceCount(npi, taxonomy == null ? "" : taxonomy, date, code, 0), 1, Integer::sum);
        last = last == null || date.isAfter(last) ? date : last;
        return true;
    }

    private static int compare(EmServiceCount a, EmServiceCount b) {
        int c = a.npi().compareTo(b.npi());
        c = c != 0 ? c : a.taxonomy().compareTo(b.taxonomy());
        c = c != 0 ? c : a.date().compareTo(b.date());
        return c != 0 ? c : a.code().compareTo(b.code());
    }

    /** What this file adds to the store's E/M history: services per provider, taxonomy, day and code. */
    public List<EmServiceCount> dayCounts() {
        List<EmServiceCount> out = new ArrayList<>(days.size());
        days.forEach((k, n) -> out.add(new EmServiceCount(k.npi(), k.taxonomy(), k.date(), k.code(), n)));
        return out;
    }

    /** True when the file has office E/M services (so the report says whether a reference table is loaded). */
    public boolean hasServices() {
        return last != null;
    }

    /** The reference table in force, or null. */
    public EmReferenceTable reference() {
        return reference;
    }

    /** Days of service in the window. */
    public int windowDays() {
        return history.emMixWindowDays();
    }

    /** 99202-99205 and 99211-99215: the level (last digit), else 0. */
    public static int officeLevel(String code) {
        return EmReferenceTable.officeLevel(code);
    }

    /** The flagged providers of this file, by NPI. */
    public List<Signal> signals() {
        if (last == null) {
            return List.of();
        }
        LocalDate from = last.minusDays(windowDays() - 1L);
        EmMixTotals totals = new EmMixTotals();
        history.emServices(from, last).forEach(totals::add);
        days.forEach((k, n) -> {
            if (!k.date().isBefore(from)) {
                totals.add(new EmServiceCount(k.npi(), k.taxonomy(), k.date(), k.code(), n));
            }
        });
        List<Signal> out = new ArrayList<>();
        for (String npi : reviewed) {
            EmMixTotals.Provider t = totals.provider(npi);
            if (t == null || t.services() < MIN_SERVICES) {
                continue;
            }
            EmMixTotals.Peers peers = totals.peersOf(t);
            if (peers.size() < MIN_PEERS) {
                continue;
            }
            if (t.share5() > peers.p95Of5() || t.share45() > peers.p95Of45()) {
                out.add(signal(t, peers, from));
            }
        }
        return out;
    }

    private Signal signal(EmMixTotals.Provider t, EmMixTotals.Peers peers, LocalDate from) {
        EmReferenceTable.Mix ref = reference == null ? null : reference.mix(t.taxonomy()).orElse(null);
        String refText = ref == null ? "" : String.format(java.util.Locale.ROOT, " The reference table %s (%s,"
                + " group %s) shows %.1f%% at level 5 and %.1f%% at levels 4+5.", reference.source(),
                reference.year(), ref.group(), 100 * ref.share5(), 100 * ref.share45());
        String message = String.format(java.util.Locale.ROOT, "Provider %s (taxonomy %s) billed level 5 for %.1f%%"
                + " of %d office E/M services (levels 4+5: %.1f%%) from %s to %s (%d days of service); the %d peers"
                + " of the same taxonomy have a median of %.1f%% and a 95th percentile of %.1f%% (levels 4+5: %.1f%%"
                + " and %.1f%%).%s A review signal only: %s.", t.npi(), t.taxonomy().isEmpty() ? "unknown"
                : t.taxonomy(), 100 * t.share5(), t.services(), 100 * t.share45(), from, last, windowDays(),
                peers.size(), 100 * peers.median5(), 100 * peers.p95Of5(), 100 * peers.median45(),
                100 * peers.p95Of45(), refText, CAVEAT);
        return new Signal(t.npi(), t.taxonomy(), t.services(), t.share5(), t.share45(), peers.size(),
                peers.median5(), peers.p95Of5(), peers.median45(), peers.p95Of45(), from, last, windowDays(), ref,
                message);
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
