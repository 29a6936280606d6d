package io.claimgate.output;

import static io.claimgate.output.HtmlText.esc;

import io.claimgate.claim.ProviderIdentifier;
import io.claimgate.edit.ClaimResult;
import io.claimgate.edit.RuleCatalog;
import io.claimgate.edit.api.Finding;
import io.claimgate.edit.api.RuleInfo;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes reports/S.html, the operator's page of one file, streaming with bounded memory: each rejected claim is
 * written as it comes to a spool file beside the page (sections of {@value #SECTION} claims, collapsed); accepted
 * claims are only counted; the groupings by rule and by provider are counters. At the end the page is written: head,
 * header, totals and groupings (which need the whole file), then the spooled claims are copied in. Plain escaped
 * writes rather than a template engine: the page is one streamed document and every value passes {@link HtmlText#esc}.
 */
public final class HtmlReportWriter implements Closeable {

    /** Rejected claims per collapsed section: keeps a 100,000-claim page usable (only the first section opens). */
    static final int SECTION = 500;
    /** The first rejected claims are shown open, so the page answers "why" without a click. */
    static final int OPEN = 10;

    private final Writer page;
    private final Path spoolFile;
    private final Writer spool;
    private final HtmlReportHeader header;
    private final long startNanos = System.nanoTime();
    private final Tally accepted = new Tally();
    private final Tally rejected = new Tally();
    private final Map<String, Tally> byRule = new HashMap<>();
    private final Map<String, Tally> byBilling = new TreeMap<>();
    private final Map<String, Tally> byRendering = new TreeMap<>();
    private long warnings;
    private List<Map.Entry<String, String>> links = List.of();
    /** Issue 13: review signals and analytics, written after the rejection groupings. */
    private final HtmlAnalytics analyticsView = new HtmlAnalytics();
    private FileAnalytics analytics;
    private List<com.fasterxml.jackson.databind.JsonNode> providerReviews = List.of();
    private String analyticsCsv;

    /** Claims, findings and charges counted for one group. */
    static final class Tally {
        long claims;
        long findings;
        BigDecimal charges = BigDecimal.ZERO;

        void add(BigDecimal charge, long findingCount) {
            claims++;
            findings += findingCount;
            charges = charges.add(charge);
        }
    }

    public HtmlReportWriter(Writer page, Path spoolFile, HtmlReportHeader header) throws IOException {
        this.page = page;
        this.spoolFile = spoolFile;
        this.spool = Files.newBufferedWriter(spoolFile, StandardCharsets.UTF_8);
        this.header = header;
    }

    public void claim(ClaimResult result) {
        BigDecimal charge = result.claim().charge() == null ? BigDecimal.ZERO : result.claim().charge();
        warnings += result.findings().stream().filter(f -> !f.isError()).count();
        analyticsView.claim(result);
        if (result.accepted()) {
            accepted.add(charge, 0);
            return;
        }
        try {
            if (rejected.claims % SECTION == 0) {
                spool.write((rejected.claims == 0 ? "" : "</details>\n") + "<details class=\"section\""
                        + (rejected.claims == 0 ? " open" : "") + "><summary>Rejected claims from no. "
                        + (rejected.claims + 1) + " (" + SECTION + " per section)</summary>\n");
            }
            rejected.add(charge, result.findings().size());
            HtmlClaimView.write(spool, result, rejected.claims <= OPEN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> rules = new LinkedHashSet<>();
        for (Finding f : result.findings()) {
            if (f.isError()) {
                rules.add(f.rule());
            }
        }
        for (String rule : rules) {
            long n = result.findings().stream().filter(f -> f.rule().equals(rule)).count();
            byRule.computeIfAbsent(rule, r -> new Tally()).add(charge, n);
        }
        byBilling.computeIfAbsent(npi(result, "85"), k -> new Tally()).add(charge, result.findings().size());
        byRendering.computeIfAbsent(npi(result, "82"), k -> new Tally()).add(charge, result.findings().size());
    }

    /** The claim's NPI of this entity (claim level first, then its first line); "none" when it has none. */
    private static String npi(ClaimResult result, String entity) {
        String lineLevel = null;
        for (ProviderIdentifier p : result.claim().providers()) {
            if (p.entity().equals(entity)) {
                if (p.line() == 0) {
                    return p.npi();
                }
                lineLevel = lineLevel == null ? p.npi() : lineLevel;
            }
        }
        return lineLevel != null ? lineLevel : entity.equals("82") ? "none (billing provider renders)" : "none";
    }

    /** The file's other outputs as they will be published (label, path relative to reports/), set before close. */
    public void links(List<Map.Entry<String, String>> outputs) {
        links = List.copyOf(outputs);
    }

    /**
     * Issue 13: the file's analytics and em-mix-review signals, as the JSON report's writer counted and wrote them
     * ({@link ClaimReportWriter#providerReviews}), and the link to the per-file CSV; set before close.
     */
    public void analytics(FileAnalytics counts, List<com.fasterxml.jackson.databind.JsonNode> reviews, String csvLink) {
        analytics = counts;
        providerReviews = List.copyOf(reviews);
        analyticsCsv = csvLink;
    }

    @Override
    public void close() throws IOException {
        if (rejected.claims > 0) {
            spool.write("</details>\n");
        }
        spool.close();
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        HtmlReportPage.head(page, header, links, millis);
        HtmlReportPage.totals(page, header, accepted, rejected, warnings);
        writeRules();
        HtmlReportPage.providers(page, "By billing provider NPI", byBilling);
        HtmlReportPage.providers(page, "By rendering provider NPI", byRendering);
        if (analytics != null) {
            analyticsView.write(page, analytics, providerReviews, analyticsCsv);
        }
        page.write("<h2 id=\"claims\">Rejected claims (" + rejected.claims + ")</h2>\n");
        if (rejected.claims == 0) {
            page.write("<p>No claim was rejected.</p>\n");
        }
        try (Reader in = Files.newBufferedReader(spoolFile, StandardCharsets.UTF_8)) {
            in.transferTo(page);
        }
        Files.deleteIfExists(spoolFile);
        page.write("<footer>Accepted claims are counted, not listed. Patient names, member ids, birth dates and"
                + " addresses are never shown.</footer>\n</main></body></html>\n");
        page.flush();
    }

    private void writeRules() throws IOException {
        page.write("<h2>Rejections by rule</h2>\n");
        if (byRule.isEmpty()) {
            page.write("<p>None.</p>\n");
            return;
        }
        page.write("<table class=\"g\"><tr><th>rule</th><th>claims</th><th>findings</th><th>charges</th>"
                + "<th>what it checks (docs/rules.md)</th></tr>\n");
        Map<String, RuleInfo> infos = new HashMap<>();
        RuleCatalog.rules().forEach(r -> infos.put(r.id(), r.info()));
        RuleCatalog.processorFindings().forEach(r -> infos.put(r.id(), r));
        for (Map.Entry<String, Tally> e : byRule.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().claims, a.getValue().claims)).toList()) {
            RuleInfo info = infos.get(e.getKey());
            Tally t = e.getValue();
            page.write("<tr id=\"rule-" + esc(e.getKey()) + "\"><td><b>" + esc(e.getKey()) + "</b></td><td>"
                    + t.claims + "</td><td>" + t.findings + "</td><td>" + HtmlReportPage.money(t.charges)
                    + "</td><td>" + (info == null ? "" : esc(info.description()) + " <small>SNIP " + info.snip()
                    + ", 277CA " + esc(info.statusNote()) + "; docs/rules.md &sect; " + esc(e.getKey())
                    + "</small>") + "</td></tr>\n");
        }
        page.write("</table>\n");
    }
}
