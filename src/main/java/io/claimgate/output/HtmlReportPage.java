package io.claimgate.output;

import static io.claimgate.output.HtmlText.esc;

import io.claimgate.syntax.FileStructure;
import io.claimgate.syntax.FileStructure.GroupCheck;
import io.claimgate.syntax.FileStructure.InterchangeCheck;
import io.claimgate.syntax.FileStructure.TransactionCheck;
import io.claimgate.x12.X12Code;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/** The fixed parts of reports/S.html: the head with its inline style, the file header, totals, provider tables. */
final class HtmlReportPage {

    /** Envelopes listed one by one up to this many; a file with more sets says how many there are. */
    private static final int LISTED_SETS = 20;

    static final String STYLE = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d232b;\
            background:#f6f7f9}main{max-width:1200px;margin:0 auto;padding:12px 16px}h1{font-size:1.4em;\
            word-break:break-all}h2{font-size:1.15em;margin-top:1.6em;border-bottom:2px solid #d6dbe1}\
            dl.h{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px}dl.h dt{color:#5b6570}\
            dl.h dd{margin:0;word-break:break-all}.ok{color:#17693a}.bad{color:#a3211c}\
            table{border-collapse:collapse;width:100%;background:#fff;font-size:.92em}\
            th,td{border:1px solid #d6dbe1;padding:3px 6px;text-align:left;vertical-align:top}\
            th{background:#eef1f4}details.claim{background:#fff;border:1px solid #d6dbe1;margin:4px 0;\
            padding:4px 8px}details.section>summary{font-weight:600;cursor:pointer;margin:8px 0}\
            tr.raw td{background:#fafbfc;border-top:0}code{font:13px ui-monospace,Menlo,Consolas,monospace;\
            word-break:break-all}mark{background:#ffd54a;padding:0 2px}.stc{display:block}.lines span{margin-right:\
            10px;white-space:nowrap}tr.warn td,p.warn{color:#6b5a00}p.warn{font-size:.9em;margin:4px 0}footer{margin:2em 0;color:#5b6570;font-size:.9em}\
            nav a{margin-right:12px}p.note{background:#fff8e1;border-left:4px solid #e0b400;padding:6px 10px}\
            .chart{max-width:640px;background:#fff;margin:8px 0}svg{width:100%;height:auto}@media(max-width:700px){table,tbody,tr,td,th{display:block}\
            th{display:none}td{border:0;border-bottom:1px solid #eee}}""";

    private HtmlReportPage() {
    }

    static void head(Writer w, HtmlReportHeader h, java.util.List<Map.Entry<String, String>> links, long millis) throws IOException {
        w.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
                + " content=\"width=device-width,initial-scale=1\"><title>claimgate: " + esc(h.fileName())
                + "</title><style>" + STYLE + "</style></head><body><main>\n<h1>" + esc(h.fileName()) + "</h1>\n");
        w.write("<nav>");
        for (Map.Entry<String, String> link : links) {
            w.write("<a href=\"" + esc(link.getValue()) + "\">" + esc(link.getKey()) + "</a>");
        }
        w.write("</nav>\n<dl class=\"h\">");
        item(w, "size", NumberFormat.getIntegerInstance(Locale.US).format(h.size()) + " bytes");
        item(w, "SHA-256", h.sha256());
        Object intake = h.intake().get("intake");
        Object partner = h.intake().get("partner");
        item(w, "intake", (intake == null ? "process" : intake.toString())
                + (partner == null ? "" : ", partner " + partner)
                + (Boolean.TRUE.equals(h.intake().get("forced")) ? ", forced replay" : ""));
        envelopes(w, h.structure());
        item(w, "processing time", String.format(Locale.US, "%.3f s", millis / 1000.0));
        item(w, "claimgate", h.version());
        item(w, "code sets", h.codeSets());
        w.write("</dl>\n");
    }

    private static void envelopes(Writer w, FileStructure s) throws IOException {
        int sets = 0;
        for (InterchangeCheck ic : s.interchanges()) {
            String who = ic.header() == null ? "unreadable ISA"
                    : ic.header().senderQualifier() + ":" + ic.header().senderId().trim() + " \u2192 "
                    + ic.header().receiverQualifier() + ":" + ic.header().receiverId().trim();
            item(w, "interchange " + ic.controlNumber(), who + "; TA1 " + ic.ta1Note().code() + " "
                    + ic.ta1Note().text() + (ic.reason().isEmpty() ? "" : " (" + ic.reason() + ")"));
            for (GroupCheck g : ic.groups()) {
                item(w, "group " + g.gs().element(6), g.gs().element(2) + " \u2192 " + g.gs().element(3) + "; 999 AK9 "
                        + g.status().code() + " " + g.status().text() + " (" + g.acceptedCount() + " of "
                        + g.transactions().size() + " sets accepted)");
                for (TransactionCheck t : g.transactions()) {
                    if (++sets <= LISTED_SETS) {
                        item(w, "set " + t.controlNumber(), t.setId() + " " + t.implementation() + "; IK5 "
                                + t.status().code() + " " + t.status().text() + (t.setCodes().isEmpty() ? ""
                                : " (" + X12Code.join(", ", t.setCodes()) + ")")
                                + (t.errorCount() == 0 ? "" : ", " + t.errorCount() + " segment error(s)"));
                    }
                }
            }
        }
        if (sets > LISTED_SETS) {
            item(w, "sets", sets + " transaction sets in all (the first " + LISTED_SETS + " are listed)");
        }
    }

    private static void item(Writer w, String term, String value) throws IOException {
        w.write("<dt>" + esc(term) + "</dt><dd>" + esc(value) + "</dd>");
    }

    static void totals(Writer w, HtmlReportHeader h, HtmlReportWriter.Tally accepted, HtmlReportWriter.Tally rejected,
            long warnings) throws IOException {
        long claims = accepted.claims + rejected.claims;
        w.write("<h2>Totals</h2>\n<p class=\"totals\">" + words(claims, "claim") + " read: <b class=\"ok\">"
                + accepted.claims + " accepted</b> (" + money(accepted.charges) + " in charges) and <b class=\"bad\">"
                + rejected.claims + " rejected</b> (" + money(rejected.charges) + "), with " + rejected.findings
                + " finding(s) on the rejected claims and " + warnings + " warning(s) in all.</p>\n<p>");
        for (InterchangeCheck ic : h.structure().interchanges()) {
            w.write(esc("Interchange " + ic.controlNumber() + (ic.accepted() ? " was accepted (TA1 " : " was rejected"
                    + " (TA1 ") + ic.ta1Note().code() + ": " + ic.ta1Note().text() + ")"));
            for (GroupCheck g : ic.groups()) {
                w.write(esc("; group " + g.gs().element(6) + ": the 999 accepted " + g.acceptedCount() + " of "
                        + g.transactions().size() + " transaction set(s)"));
            }
            w.write(". ");
        }
        w.write("</p>\n");
    }

    static void providers(Writer w, String title, Map<String, HtmlReportWriter.Tally> byNpi) throws IOException {
        w.write("<h2>Rejections " + esc(title.replaceFirst("^By", "by")) + "</h2>\n");
        if (byNpi.isEmpty()) {
            w.write("<p>None.</p>\n");
            return;
        }
        w.write("<table class=\"g\"><tr><th>NPI</th><th>rejected claims</th><th>findings</th><th>charges</th></tr>\n");
        for (Map.Entry<String, HtmlReportWriter.Tally> e : byNpi.entrySet()) {
            w.write("<tr><td>" + esc(e.getKey()) + "</td><td>" + e.getValue().claims + "</td><td>"
                    + e.getValue().findings + "</td><td>" + money(e.getValue().charges) + "</td></tr>\n");
        }
        w.write("</table>\n");
    }

    static String words(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String money(BigDecimal amount) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.US);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return "$" + f.format(amount.setScale(2, RoundingMode.HALF_UP));
    }
}
