package io.claimgate.output;

import static io.claimgate.output.HtmlText.esc;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimgate.codes.ProcedureCategory;
import io.claimgate.edit.ClaimResult;
import io.claimgate.edit.api.Finding;
import io.claimgate.output.FileAnalytics.EmLevels;
import io.claimgate.output.FileAnalytics.Signals;
import io.claimgate.output.SvgBars.Bar;
import io.claimgate.output.SvgBars.Stack;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Issue 13 on reports/S.html: the review signals in their own section (per claim, e.g. em-level-review, with their
 * message; per provider, em-mix-review as the report's "providerReviews" holds it), set apart from the
 * rejections, then the file's analytics ({@link FileAnalytics}) as tables and small inline SVG charts. The claim
 * signals listed are capped at {@value #LISTED} (the rest are counted) so the page's memory stays bounded.
 */
final class HtmlAnalytics {

    /** Claim-level review signals listed on the page; all of them are in reports/S.json's "reviews". */
    static final int LISTED = 500;
    /** Providers shown in the E/M table and chart, most services first; all are in the JSON and the CSV. */
    static final int PROVIDERS = 50;
    private static final String[] LEVELS = {"level 1", "level 2", "level 3", "level 4", "level 5"};

    private final List<String[]> reviews = new ArrayList<>();
    private long reviewCount;

    void claim(ClaimResult result) {
        for (Finding f : result.findings()) {
            if (f.isReview()) {
                if (++reviewCount <= LISTED) {
                    reviews.add(new String[] {result.claim().id(), f.line() == 0 ? "" : String.valueOf(f.line()),
                        f.rule(), f.message()});
                }
            }
        }
    }

    void write(Writer w, FileAnalytics a, List<JsonNode> providerReviews, String csv) throws IOException {
        writeReviews(w, providerReviews);
        w.write("<h2 id=\"analytics\">Analytics</h2>\n<p>Processed on " + esc(String.valueOf(a.date()))
                + ", partner " + esc(a.partner()) + (csv == null ? "" : ". <a href=\"" + esc(csv) + "\">Download as"
                + " CSV</a> (served by the console, <code>serve</code>; the same counts are in the JSON report's"
                + " <code>analytics</code>)") + ".</p>\n");
        charges(w, a);
        mix(w, a);
        emLevels(w, a);
        signals(w, "by rule", "rule", a.byRule(), providerReviews, "rule");
        signals(w, "by provider (rendering NPI, else billing)", "NPI", a.byProvider(), providerReviews, "npi");
        signals(w, "by partner", "partner", Map.of(a.partner(), a.byPartner()), providerReviews, null);
    }

    private void writeReviews(Writer w, List<JsonNode> providerReviews) throws IOException {
        w.write("<h2 id=\"reviews\">Review signals (" + (reviewCount + providerReviews.size()) + ")</h2>\n"
                + "<p class=\"note\">Review signals are <b>not rejections</b>: they never change a claim's status and"
                + " are never in the 999 or the 277CA. Each asks a person to look at the record behind the claims.</p>\n");
        w.write("<h3>Per provider: E/M level mix (em-mix-review)</h3>\n");
        if (providerReviews.isEmpty()) {
            w.write("<p>No provider's E/M level mix stands out from its peers in this file.</p>\n");
        } else {
            w.write("<table class=\"g\" id=\"provider-reviews\"><tr><th>NPI</th><th>taxonomy</th><th>level 5 share</th>"
                    + "<th>levels 4+5</th><th>peers' median</th><th>peers' 95th percentile</th><th>services</th>"
                    + "<th>peers</th><th>window</th><th>signal</th></tr>\n");
            for (JsonNode r : providerReviews) {
                w.write("<tr><td>" + esc(r.path("npi").asText()) + "</td><td>" + esc(r.path("taxonomy").asText())
                        + "</td><td><b>" + SvgBars.percent(r.path("level5Share").asDouble()) + "</b></td><td>"
                        + SvgBars.percent(r.path("level45Share").asDouble()) + "</td><td>"
                        + SvgBars.percent(r.path("peerMedian").asDouble()) + "</td><td>"
                        + SvgBars.percent(r.path("peerP95").asDouble()) + "</td><td>" + r.path("services").asInt()
                        + "</td><td>" + r.path("peers").asInt() + "</td><td>" + esc(r.path("window").asText()) + ", "
                        + esc(r.path("from").asText()) + " to " + esc(r.path("to").asText()) + "</td><td>"
                        + esc(r.path("message").asText()) + " <i>Caveat: " + esc(r.path("caveat").asText())
                        + ".</i></td></tr>\n");
            }
            w.write("</table>\n");
        }
        w.write("<h3>Per claim</h3>\n");
        if (reviews.isEmpty()) {
            w.write("<p>No claim carries a review signal.</p>\n");
            return;
        }
        w.write("<table class=\"g\" id=\"claim-reviews\"><tr><th>claim</th><th>line</th><th>rule</th><th>signal</th>"
                + "</tr>\n");
        for (String[] r : reviews) {
            w.write("<tr><td>" + esc(r[0]) + "</td><td>" + esc(r[1]) + "</td><td>" + esc(r[2]) + "</td><td>"
                    + esc(r[3]) + "</td></tr>\n");
        }
        w.write("</table>\n");
        if (reviewCount > LISTED) {
            w.write("<p>The first " + LISTED + " of " + reviewCount + " are listed; all are in the JSON report.</p>\n");
        }
    }

    private static void charges(Writer w, FileAnalytics a) throws IOException {
        w.write("<h3>Charges</h3>\n<table class=\"g\" id=\"charges\"><tr><th></th><th>claims</th><th>charges</th></tr>"
                + "<tr><td>accepted</td><td>" + a.accepted().claims() + "</td><td>"
                + HtmlReportPage.money(a.accepted().charges()) + "</td></tr><tr><td>rejected</td><td>"
                + a.rejected().claims() + "</td><td>" + HtmlReportPage.money(a.rejected().charges())
                + "</td></tr></table>\n");
    }

    private static void mix(Writer w, FileAnalytics a) throws IOException {
        w.write("<h3>Procedure mix by category</h3>\n");
        if (a.procedureMix().isEmpty()) {
            w.write("<p>No service lines.</p>\n");
            return;
        }
        w.write("<table class=\"g\" id=\"procedure-mix\"><tr><th>category</th><th>service lines</th><th>charges</th>"
                + "</tr>\n");
        List<Bar> bars = new ArrayList<>();
        for (Map.Entry<ProcedureCategory, FileAnalytics.Mix> e : a.procedureMix().entrySet()) {
            w.write("<tr><td>" + esc(e.getKey().text()) + "</td><td>" + e.getValue().lines() + "</td><td>"
                    + HtmlReportPage.money(e.getValue().charges()) + "</td></tr>\n");
            bars.add(new Bar(e.getKey().text(), e.getValue().lines(), e.getValue().lines() + " lines"));
        }
        w.write("</table>\n<div class=\"chart\">" + SvgBars.bars(bars, "service lines by procedure category",
                "#3574b3") + "</div>\n");
    }

    private static void emLevels(Writer w, FileAnalytics a) throws IOException {
        w.write("<h3>Office E/M levels per provider</h3>\n");
        if (a.emLevels().isEmpty()) {
            w.write("<p>No office E/M visits (99202-99205, 99211-99215).</p>\n");
            return;
        }
        w.write("<table class=\"g\" id=\"em-levels\"><tr><th>NPI</th><th>taxonomy</th><th>level 1</th><th>level 2</th>"
                + "<th>level 3</th><th>level 4</th><th>level 5</th><th>services</th><th>level 5 share</th></tr>\n");
        List<Stack> stacks = new ArrayList<>();
        List<Map.Entry<String, EmLevels>> top = a.emLevels().entrySet().stream()
                .sorted((x, y) -> Integer.compare(y.getValue().services(), x.getValue().services()))
                .limit(PROVIDERS).toList();
        for (Map.Entry<String, EmLevels> e : top) {
            EmLevels l = e.getValue();
            double[] shares = new double[5];
            w.write("<tr><td>" + esc(e.getKey()) + "</td><td>" + esc(l.taxonomy()) + "</td>");
            for (int level = 1; level <= 5; level++) {
                shares[level - 1] = (double) l.level(level) / l.services();
                w.write("<td>" + l.level(level) + "</td>");
            }
            w.write("<td>" + l.services() + "</td><td>" + SvgBars.percent(shares[4]) + "</td></tr>\n");
            stacks.add(new Stack(e.getKey(), shares, "L5 " + SvgBars.percent(shares[4])));
        }
        w.write("</table>\n");
        if (a.emLevels().size() > PROVIDERS) {
            w.write("<p>The " + PROVIDERS + " providers with the most visits of " + a.emLevels().size() + ".</p>\n");
        }
        w.write("<div class=\"chart\">" + SvgBars.stacked(stacks, LEVELS, SvgBars.LEVEL_COLOURS,
                "office E/M level shares per provider") + "</div>\n");
    }

    /** Rejected claims and review signals per key; em-mix-review signals counted from providerReviews. */
    private static void signals(Writer w, String title, String keyName, Map<String, Signals> counts,
            List<JsonNode> providerReviews, String reviewKey) throws IOException {
        Map<String, long[]> rows = new TreeMap<>();
        counts.forEach((k, s) -> rows.put(k, new long[] {s.claims(), s.reviews()}));
        for (JsonNode r : providerReviews) {
            String key = reviewKey == null ? counts.keySet().iterator().next() : r.path(reviewKey).asText();
            rows.computeIfAbsent(key, k -> new long[2])[1]++;
        }
        w.write("<h3>Rejections and review signals " + esc(title) + "</h3>\n");
        if (rows.isEmpty()) {
            w.write("<p>None.</p>\n");
            return;
        }
        w.write("<table class=\"g\"><tr><th>" + esc(keyName) + "</th><th>rejected claims</th><th>review signals</th>"
                + "</tr>\n");
        for (Map.Entry<String, long[]> e : rows.entrySet()) {
            w.write("<tr><td>" + esc(e.getKey()) + "</td><td>" + e.getValue()[0] + "</td><td>" + e.getValue()[1]
                    + "</td></tr>\n");
        }
        w.write("</table>\n");
    }
}
