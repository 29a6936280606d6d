package io.claimgate.route;

import static io.claimgate.route.ConsolePage.esc;

import io.claimgate.output.SvgBars;
import io.claimgate.output.SvgBars.Stack;
import io.claimgate.route.ConsoleAnalytics.Counts;
import io.claimgate.route.ConsoleAnalytics.Day;
import io.claimgate.route.ConsoleAnalytics.Provider;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 13: the console's analytics section over the chosen period: the office E/M level shares of each provider
 * against its peers (a stacked-bar chart, provider's row under its peer group's), rejected claims and review signals
 * by rule, provider and partner, and the charges accepted and rejected per day (a chart), each with its CSV export.
 */
final class ConsoleAnalyticsPage {

    /** Providers drawn in the E/M chart: flagged first, then by level-5 share; every one is in the CSV. */
    static final int CHART_PROVIDERS = 12;
    private static final String[] LEVELS = {"L1", "L2", "L3", "L4", "L5"};
    private static final String[] CHARGE_COLOURS = {"#2e8b57", "#c2453d"};

    private ConsoleAnalyticsPage() {
    }

    static String section(ConsoleAnalytics a, int days) {
        StringBuilder b = new StringBuilder(8192);
        String period = "?days=" + days;
        b.append("<h2 id=\"em\">Office E/M levels per provider against peers, last ").append(days)
                .append(days == 1 ? " day" : " days").append("</h2>\n<p class=\"note\">Review signals (em-mix-review)"
                + " are not rejections: a statistical outlier is not evidence of wrong coding. Peers: the other providers"
                + " of the same taxonomy (PRV03) in the period, pooled; all others when the taxonomy is absent."
                + " <a href=\"/ui/export/em-levels.csv").append(period).append("\">CSV</a></p>\n");
        emChart(b, a);
        b.append("<h2 id=\"signals\">Rejections and review signals</h2><p><a href=\"/ui/export/rejections.csv")
                .append(period).append("\">CSV</a></p><div class=\"charts\">");
        counts(b, "By rule", "rule", a.byRule());
        counts(b, "By provider NPI", "provider", a.byProvider());
        counts(b, "By partner", "partner", a.byPartner());
        b.append("</div>\n<h2 id=\"charges\">Charges accepted and rejected per day</h2><p><a href=\""
                + "/ui/export/charges.csv").append(period).append("\">CSV</a></p>\n");
        charges(b, a.days());
        return b.toString();
    }

    private static void emChart(StringBuilder b, ConsoleAnalytics a) {
        List<Provider> providers = a.providers();
        if (providers.isEmpty()) {
            b.append("<p>No office E/M visits (99202-99205, 99211-99215) in this period.</p>\n");
            return;
        }
        List<Stack> rows = new ArrayList<>();
        b.append("<table id=\"em-table\"><tr><th>NPI</th><th>taxonomy</th><th>visits</th><th>level 5</th>"
                + "<th>peers' level 5</th><th>peers</th><th>signal</th></tr>\n");
        for (Provider p : providers.subList(0, Math.min(CHART_PROVIDERS, providers.size()))) {
            List<Provider> peers = a.peers(p);
            double[] peerShares = ConsoleAnalytics.pooledShares(peers);
            rows.add(new Stack(p.npi() + (p.flagged() ? " \u26a0" : ""), p.shares(), "L5 "
                    + SvgBars.percent(p.shares()[4])));
            rows.add(new Stack("  peers " + (p.taxonomy().isEmpty() ? "(all)" : p.taxonomy()), peerShares, "L5 "
                    + SvgBars.percent(peerShares[4])));
            b.append("<tr><td data-l=\"NPI\">").append(esc(p.npi())).append("</td><td data-l=\"taxonomy\">")
                    .append(esc(p.taxonomy())).append("</td><td data-l=\"visits\">").append(p.services())
                    .append("</td><td data-l=\"level 5\">").append(SvgBars.percent(p.shares()[4]))
                    .append("</td><td data-l=\"peers' level 5\">").append(SvgBars.percent(peerShares[4]))
                    .append("</td><td data-l=\"peers\">").append(peers.size()).append("</td><td data-l=\"signal\">")
                    .append(p.flagged() ? "<b class=\"rej\">em-mix-review</b>" : "").append("</td></tr>\n");
        }
        b.append("</table>\n<div class=\"chart\" id=\"chart-em\"><h3>Level shares: each provider, then its peers"
                + "</h3>").append(SvgBars.stacked(rows, LEVELS, SvgBars.LEVEL_COLOURS, "office E/M level shares per"
                + " provider against peers")).append("</div>\n");
        if (providers.size() > CHART_PROVIDERS) {
            b.append("<p>").append(CHART_PROVIDERS).append(" of ").append(providers.size())
                    .append(" providers shown; all are in the CSV.</p>\n");
        }
    }

    private static void counts(StringBuilder b, String title, String id, Map<String, Counts> counts) {
        b.append("<div class=\"chart\" id=\"signals-").append(id).append("\"><h3>").append(esc(title)).append("</h3>");
        if (counts.isEmpty()) {
            b.append("<p>None in this period.</p></div>");
            return;
        }
        b.append("<table><tr><th>").append(esc(id)).append("</th><th>rejected claims</th><th>review signals</th></tr>");
        counts.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue().rejected() + y.getValue().reviews(),
                x.getValue().rejected() + x.getValue().reviews())).limit(15).forEach(e -> b.append("<tr><td data-l=\"")
                .append(esc(id)).append("\">").append(esc(e.getKey())).append("</td><td data-l=\"rejected\">")
                .append(e.getValue().rejected()).append("</td><td data-l=\"reviews\">").append(e.getValue().reviews())
                .append("</td></tr>"));
        b.append("</table></div>");
    }

    private static void charges(StringBuilder b, Map<LocalDate, Day> days) {
        if (days.isEmpty()) {
            b.append("<p>No processed files in this period.</p>\n");
            return;
        }
        BigDecimal max = days.values().stream().map(d -> d.accepted().add(d.rejected())).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        List<Stack> rows = new ArrayList<>();
        for (Map.Entry<LocalDate, Day> e : days.entrySet()) {
            Day d = e.getValue();
            double scale = max.signum() == 0 ? 0 : 1 / max.doubleValue();
            rows.add(new Stack(e.getKey().toString(), new double[] {d.accepted().doubleValue() * scale,
                d.rejected().doubleValue() * scale}, money(d.accepted()) + " / " + money(d.rejected())));
        }
        b.append("<div class=\"chart\" id=\"chart-charges\"><h3>Accepted / rejected charges</h3>")
                .append(SvgBars.stacked(rows, new String[] {"accepted", "rejected"}, CHARGE_COLOURS,
                        "charges accepted and rejected per day")).append("</div>\n");
    }

    static String money(BigDecimal amount) {
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.US);
        f.setMaximumFractionDigits(0);
        return f.format(amount);
    }
}
