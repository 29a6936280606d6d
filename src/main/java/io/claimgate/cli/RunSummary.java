package io.claimgate.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.commit.FileOutcome;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one table a run of {@code process}, {@code replay} or {@code validate} ends with on stdout: files by outcome,
 * claims and charges accepted and rejected, and the rules that rejected most claims. The charges and rules come
 * from each file's reports/S.json "totals", read streaming (the claims before it are skipped, not held), so the
 * table costs no memory on a large file.
 */
final class RunSummary {

    /** Rules listed; the rest are counted in one line. */
    static final int TOP_RULES = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Integer> files = new TreeMap<>();
    private int fileCount;
    private long accepted;
    private long rejected;
    private BigDecimal acceptedCharges = BigDecimal.ZERO;
    private BigDecimal rejectedCharges = BigDecimal.ZERO;
    private final Map<String, Integer> byRule = new TreeMap<>();

    /**
     * Adds one file's result.
     *
     * @param outcome "processed", "error", "duplicate"...: the word the table counts the file under
     * @param report its reports/S.json, or null when it has none
     */
    void add(String outcome, FileOutcome result, Path report) throws IOException {
        fileCount++;
        files.merge(outcome, 1, Integer::sum);
        accepted += result.accepted();
        rejected += result.rejected();
        JsonNode totals = report != null && Files.exists(report) ? totals(report) : null;
        if (totals != null) {
            acceptedCharges = acceptedCharges.add(totals.path("acceptedCharges").decimalValue());
            rejectedCharges = rejectedCharges.add(totals.path("rejectedCharges").decimalValue());
            totals.path("rejectedByRule").fields().forEachRemaining(e -> byRule.merge(e.getKey(),
                    e.getValue().asInt(), Integer::sum));
        }
    }

    /** The "totals" object of a report (its last field), reached without building the claims before it. */
    static JsonNode totals(Path report) throws IOException {
        try (JsonParser p = JSON.createParser(report.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if ("totals".equals(field)) {
                    return JSON.readTree(p);
                }
                p.skipChildren();
            }
            return null;
        }
    }

    /** The table's lines; {@code command} names the run, {@code out} where its outputs are. */
    List<String> lines(String command, Path out) {
        List<String> t = new ArrayList<>();
        StringBuilder head = new StringBuilder("claimgate " + command + ": " + fileCount + " file(s)");
        String sep = ": ";
        for (Map.Entry<String, Integer> e : files.entrySet()) {
            head.append(sep).append(e.getValue()).append(' ').append(e.getKey());
            sep = ", ";
        }
        t.add(head.toString());
        t.add(row("", "claims", "charges"));
        t.add(row("accepted", count(accepted), money(acceptedCharges)));
        t.add(row("rejected", count(rejected), money(rejectedCharges)));
        t.add(row("total", count(accepted + rejected), money(acceptedCharges.add(rejectedCharges))));
        if (!byRule.isEmpty()) {
            t.add("rejected claims by rule:");
            List<Map.Entry<String, Integer>> rules = byRule.entrySet().stream().sorted(Map.Entry
                    .<String, Integer>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey())).toList();
            for (Map.Entry<String, Integer> e : rules.subList(0, Math.min(TOP_RULES, rules.size()))) {
                t.add(String.format(Locale.ROOT, "  %-36s %8s", e.getKey(), count(e.getValue())));
            }
            if (rules.size() > TOP_RULES) {
                t.add("  and " + (rules.size() - TOP_RULES) + " more rule(s)");
            }
        }
        t.add("outputs in " + out.toAbsolutePath());
        return t;
    }

    private static String row(String label, String claims, String charges) {
        return String.format(Locale.ROOT, "  %-10s %12s %16s", label, claims, charges);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }
}
