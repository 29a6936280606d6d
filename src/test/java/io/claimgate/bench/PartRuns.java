package io.claimgate.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The runs of one benchmark part: its warm-ups, then each measured run's claims, wall time, CPU of the whole JVM,
 * CPU per thread and peak heap, printed as the part's line (the median of its runs).
 */
final class PartRuns {

    private final String name;
    private final List<String> warmUpSeconds = new ArrayList<>();
    private long lastWarmUpClaims;
    private final List<Double> rates = new ArrayList<>();
    private long counted;
    private long cpuNanos;
    private double setUpSeconds;
    private long peakHeap;
    private final Map<String, Long> threadTicks = new TreeMap<>();

    PartRuns(String name) {
        this.name = name;
    }

    void warmedUp(long claims, long wallMillis) {
        lastWarmUpClaims = claims;
        warmUpSeconds.add(String.format("%.1f", wallMillis / 1e3));
    }

    void add(long claims, long wallNanos, long cpu, double setUp, Map<String, Long> ticks, long heap) {
        rates.add(claims / (wallNanos / 1e9));
        counted += claims;
        cpuNanos += cpu;
        setUpSeconds += setUp;
        peakHeap = Math.max(peakHeap, heap);
        ticks.forEach((thread, t) -> threadTicks.merge(thread, t, Long::sum));
    }

    double rate(int run) {
        return rates.get(run);
    }

    int runs() {
        return rates.size();
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    void print(PrintStream out, boolean byThread) {
        if (byThread) {
            out.println("  CPU by thread (µs/claim): " + ThreadTicks.perClaim(threadTicks, counted));
        }
        out.printf("%-20s %8d claims x %d runs, median %8.0f claims/s (runs %s), CPU %5.0f µs/claim, peak heap used"
                + " %4d MB (%d warm-up runs of %s s, the last counted %d)%s%n", name, counted / rates.size(),
                rates.size(), median(rates), rates.stream().map(r -> String.format("%.0f", r))
                        .collect(Collectors.joining(" ")),
                cpuNanos / 1e3 / Math.max(1, counted), peakHeap >> 20, warmUpSeconds.size(),
                String.join(" ", warmUpSeconds), lastWarmUpClaims,
                setUpSeconds >= 0.0005 ? String.format(", start-up before the clock %.2f s", setUpSeconds) : "");
    }

    /** The line comparing two parts measured in turns: the median of the per-pair ratios, and each pair's. */
    static String ratio(PartRuns a, PartRuns b) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(a.runs(), b.runs()); i++) {
            ratios.add(a.rate(i) / b.rate(i));
        }
        return String.format("%s / %s: median %.0f%% (pairs %s)", a.name, b.name, 100 * median(ratios),
                ratios.stream().map(r -> String.format("%.0f%%", 100 * r)).collect(Collectors.joining(" ")));
    }
}
