package io.claimgate.route;

import io.claimgate.route.ConsoleData.FileRow;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The console's HTML: one page with a search box, the rejections of the last 1/7/30 days by rule and by billing
 * provider as bar charts (inline SVG drawn here: no script, no CDN), and the recent files with their outcome and
 * counts, each linking to its reports/S.html. Every value is escaped; no patient data is ever in its inputs.
 */
final class ConsolePage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final int BARS = 10;

    private static final String STYLE = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f6f7f9;\
            color:#1d232b}header{background:#1f3a5f;color:#fff;padding:10px 16px}header a{color:#fff;\
            text-decoration:none;font-weight:600}main{max-width:1200px;margin:0 auto;padding:12px 16px}\
            form{display:flex;gap:6px;flex-wrap:wrap}input[type=search]{flex:1;min-width:12em;padding:6px;\
            font-size:1em}button{padding:6px 14px}.days a{margin-right:10px}.days b{margin-right:10px}\
            .charts{display:grid;grid-template-columns:1fr 1fr;gap:16px}.chart{background:#fff;border:1px solid \
            #d6dbe1;padding:8px}.chart h3{margin:0 0 6px;font-size:1em}svg{width:100%;height:auto}\
            table{border-collapse:collapse;width:100%;background:#fff;font-size:.93em}th,td{border:1px solid \
            #d6dbe1;padding:4px 6px;text-align:left}th{background:#eef1f4}.processed{color:#17693a}\
            .error,.duplicate,.interchange-duplicate{color:#a3211c}p.note{background:#fff8e1;border-left:4px solid \
            #e0b400;padding:6px 10px}.chart table{font-size:.88em}#chart-em svg,#chart-charges svg{max-width:760px}#em-table{margin-bottom:8px}.rej{color:#a3211c;font-weight:600}\
            @media(max-width:700px){.charts{grid-template-columns:1fr}table,tbody,tr,td{display:block}\
            tr{border-bottom:2px solid #d6dbe1}th,td:empty{display:none}td{border:0;padding:2px 6px}td[data-l]:before{content:attr(data-l)\
            ": ";color:#5b6570}}""";

    private ConsolePage() {
    }

    static String home(List<FileRow> rows, String query, int days, Map<String, Integer> byRule,
            Map<String, Integer> byProvider, String analytics) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
                + " content=\"width=device-width,initial-scale=1\"><title>claimgate console</title><style>")
                .append(STYLE).append("</style></head><body><header><a href=\"/ui\">claimgate console</a></header>"
                + "<main>\n<form method=\"get\" action=\"/ui\"><input type=\"search\" name=\"q\" value=\"")
                .append(esc(query)).append("\" placeholder=\"file name, claim id (CLM01) or interchange control number\""
                + " aria-label=\"search\"><button>Search</button></form>\n");
        b.append("<h2>Rejections, last ").append(days).append(days == 1 ? " day" : " days")
                .append("</h2><p class=\"days\">");
        for (int d : new int[] {1, 7, 30}) {
            b.append(d == days ? "<b>" + d + (d == 1 ? " day" : " days") + "</b>" : "<a href=\"/ui?days=" + d + "\">"
                    + d + (d == 1 ? " day" : " days") + "</a>");
        }
        b.append("</p><div class=\"charts\"><div class=\"chart\" id=\"chart-rules\"><h3>By rule</h3>")
                .append(chart(byRule, "rejected claims by rule")).append("</div><div class=\"chart\" id=\"chart-"
                + "providers\"><h3>By billing provider NPI</h3>").append(chart(byProvider, "rejected claims by billing"
                + " provider")).append("</div></div>\n").append(analytics);
        b.append(query.isBlank() ? "<h2>Recent files</h2>\n" : "<h2>Files matching &ldquo;" + esc(query) + "&rdquo; ("
                + rows.size() + ")</h2>\n");
        files(b, rows);
        return b.append("</main></body></html>\n").toString();
    }

    private static void files(StringBuilder b, List<FileRow> rows) {
        if (rows.isEmpty()) {
            b.append("<p>No files.</p>");
            return;
        }
        b.append("<table id=\"files\"><tr><th>when</th><th>file</th><th>outcome</th><th>claims</th><th>accepted</th>"
                + "<th>rejected</th><th>interchange</th><th>intake</th></tr>\n");
        for (FileRow r : rows) {
            var e = r.entry();
            String name = esc(e.input());
            b.append("<tr><td data-l=\"when\">").append(TIME.format(r.time())).append("</td><td data-l=\"file\">")
                    .append(r.hasPage() ? "<a href=\"/ui/reports/" + esc(e.stem()) + ".html\">" + name + "</a>" : name)
                    .append("</td><td data-l=\"outcome\" class=\"").append(esc(e.outcome().toString()
                    .toLowerCase(java.util.Locale.ROOT).replace('_', '-'))).append("\">")
                    .append(esc(e.outcome().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')))
                    .append("</td>");
            count(b, "claims", r.summary().claims(), "");
            count(b, "accepted", r.summary().accepted(), "");
            count(b, "rejected", r.summary().rejected(), r.summary().rejected() > 0 ? " class=\"rej\"" : "");
            b.append("<td data-l=\"interchange\">").append(esc(e.isa13() == null ? "" : e.isa13()))
                    .append("</td><td data-l=\"intake\">").append(esc(e.intake() == null ? "" : e.intake()))
                    .append(e.partner() == null ? "" : " / " + esc(e.partner())).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void count(StringBuilder b, String label, int n, String cls) {
        b.append("<td data-l=\"").append(label).append("\"").append(cls).append(">").append(n < 0 ? "" : n)
                .append("</td>");
    }

    /** A horizontal bar chart of the largest counts, as inline SVG. */
    static String chart(Map<String, Integer> counts, String label) {
        if (counts.isEmpty()) {
            return "<p>No rejections in this period.</p>";
        }
        List<Map.Entry<String, Integer>> top = counts.entrySet().stream()
                .sorted((a, c) -> c.getValue().compareTo(a.getValue())).limit(BARS).toList();
        int max = top.get(0).getValue();
        int row = 26;
        StringBuilder s = new StringBuilder("<svg viewBox=\"0 0 600 " + (top.size() * row + 4) + "\" role=\"img\""
                + " aria-label=\"" + esc(label) + "\"><title>" + esc(label) + "</title>");
        for (int i = 0; i < top.size(); i++) {
            Map.Entry<String, Integer> e = top.get(i);
            int y = i * row + 2;
            int width = Math.max(2, Math.round(330f * e.getValue() / max));
            s.append("<text x=\"0\" y=\"").append(y + 17).append("\" font-size=\"14\" fill=\"#1d232b\">")
                    .append(esc(e.getKey())).append("</text><rect x=\"220\" y=\"").append(y + 3).append("\" width=\"")
                    .append(width).append("\" height=\"18\" fill=\"#c2453d\" rx=\"2\"/><text x=\"").append(226 + width)
                    .append("\" y=\"").append(y + 17).append("\" font-size=\"14\" fill=\"#1d232b\">")
                    .append(e.getValue()).append("</text>");
        }
        return s.append("</svg>").toString();
    }

    static String notFound() {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>not found</title></head><body>"
                + "<p>Not found. <a href=\"/ui\">Back to the console</a></p></body></html>";
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
