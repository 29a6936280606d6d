package io.claimgate.output;

import static io.claimgate.output.HtmlText.esc;

import io.claimgate.ack.ClaimStatusCategory;
import io.claimgate.ack.ClaimStatusCode;
import io.claimgate.claim.Claim;
import io.claimgate.claim.ServiceLine;
import io.claimgate.edit.ClaimResult;
import io.claimgate.edit.api.Finding;
import io.claimgate.edit.api.StatusCode;
import io.claimgate.parse.HierarchyLevel;
import io.claimgate.x12.Delimiters;
import io.claimgate.x12.Segment;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rejected claim on reports/S.html: a collapsed section named by CLM01 with its lines (LX01, line control
 * number, procedure, charge, units) and one row per finding: loop, segment and position, element, bad value, 277CA
 * status with its text, the message, and the raw segment with the element at fault highlighted. Segments with a
 * patient's or subscriber's data are shown masked ({@link HtmlText#isPersonData}).
 */
final class HtmlClaimView {

    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    /**
     * The element a rule checks, for findings whose message quotes no value (docs/rules.md names the same
     * elements); a quoted value that matches an element of the segment wins.
     */
    private static final Map<String, String> RULE_ELEMENTS = Map.of("diagnosis-pointer", "SV107",
            "service-units", "SV104", "mue-units", "SV104", "claim-balance", "CLM02", "service-date", "DTP03",
            "npi-check-digit", "NM109", "place-of-service", "CLM05");

    private HtmlClaimView() {
    }

    static void write(Writer w, ClaimResult result, boolean open) throws IOException {
        Claim c = result.claim();
        w.write("<details class=\"claim\" id=\"claim-" + esc(c.id()) + "\"" + (open ? " open" : "") + "><summary><b>"
                + esc(c.id()) + "</b> $" + esc(c.chargeText()) + " &middot; " + result.findings().size() + " finding(s): "
                + esc(String.join(", ", result.findings().stream().map(Finding::rule).distinct().toList()))
                + "</summary>\n");
        writeLines(w, c);
        w.write("<table class=\"f\"><tr><th>line</th><th>rule</th><th>loop</th><th>segment</th><th>element</th>"
                + "<th>value</th><th>277CA</th><th>finding</th></tr>\n");
        List<String> warnings = new java.util.ArrayList<>();
        for (Finding f : result.findings()) {
            if (f.isError()) {
                writeFinding(w, c, f);
            } else {
                warnings.add(esc(f.rule()) + ": " + esc(f.message()));
            }
        }
        w.write("</table>");
        if (!warnings.isEmpty()) {
            // warnings do not reject the claim and mostly repeat (a code set not loaded): one line, not table rows
            w.write("<p class=\"warn\">Warnings (not in the 277CA): " + String.join(" &middot; ", warnings) + "</p>");
        }
        w.write("</details>\n");
    }

    private static void writeLines(Writer w, Claim c) throws IOException {
        if (c.lines().isEmpty()) {
            return;
        }
        w.write("<p class=\"lines\">Lines: ");
        for (ServiceLine l : c.lines()) {
            w.write("<span>" + l.number() + (l.lineControlNumber() == null || l.lineControlNumber().isEmpty() ? ""
                    : " (" + esc(l.lineControlNumber()) + ")") + " " + esc(l.procedure()) + " "
                    + esc(l.chargeText()) + " &times;" + esc(l.unitsText()) + "</span> ");
        }
        w.write("</p>\n");
    }

    private static void writeFinding(Writer w, Claim c, Finding f) throws IOException {
        Located at = locate(c, f.position());
        Delimiters d = c.raw().transaction().interchange().delimiters();
        int[] element = at == null ? null : element(at.segment(), f.rule(), f.message(), d.component());
        boolean masked = at != null && HtmlText.isPersonData(at.segment().id(), at.segment().element(1),
                at.personLoop());
        w.write("<tr class=\"err\"><td>" + (f.line() == 0 ? "claim" : f.line())
                + "</td><td><a href=\"#rule-" + esc(f.rule()) + "\">" + esc(f.rule()) + "</a></td><td>"
                + (at == null ? "" : esc(at.loop())) + "</td><td>" + esc(f.segment()) + " @" + f.position()
                + "</td><td>");
        if (element != null) {
            w.write(esc(HtmlText.elementName(at.segment().id(), element[0], element[1])));
        }
        w.write("</td><td>");
        if (element != null) {
            w.write(masked ? HtmlText.MASK : "<code>" + esc(value(at.segment(), element, d.component())) + "</code>");
        }
        w.write("</td><td>" + statusText(f) + "</td><td>" + esc(f.message()) + "</td></tr>\n");
        if (at != null) {
            w.write("<tr class=\"raw\"><td colspan=\"8\"><code>" + rawSegment(at.segment(), element, d, masked)
                    + "</code></td></tr>\n");
        }
    }

    /** The 277CA statuses with their code-list text, e.g. "A7:454 Rejected for invalid information: Procedure...". */
    private static String statusText(Finding f) {
        if (f.statuses().isEmpty()) {
            return "answered by the 999";
        }
        StringBuilder b = new StringBuilder();
        for (StatusCode s : f.statuses()) {
            String category = ClaimStatusCategory.of(s.category()).map(ClaimStatusCategory::text).orElse("");
            String code = ClaimStatusCode.of(s.code()).map(ClaimStatusCode::text).orElse("");
            b.append("<span class=\"stc\"><b>").append(esc(s.toString())).append("</b> ")
                    .append(esc(category.replace("Acknowledgement/", ""))).append(": ").append(esc(code))
                    .append("</span>");
        }
        return b.toString();
    }

    /** The segment with one element (or component) wrapped in mark; every value masked for person data. */
    static String rawSegment(Segment s, int[] element, Delimiters d, boolean masked) {
        StringBuilder b = new StringBuilder(esc(s.id()));
        for (int i = 1; i <= s.elementCount(); i++) {
            b.append(esc(String.valueOf(d.element())));
            boolean keep = s.id().equals("NM1") && i <= 2;  // entity and entity type qualifiers only
            String v = masked && !keep && !s.element(i).isEmpty() ? HtmlText.MASK : esc(s.element(i));
            if (element != null && element[0] == i) {
                b.append("<mark>").append(v).append("</mark>");
            } else {
                b.append(v);
            }
        }
        return b.append(esc(String.valueOf(d.segment()))).toString();
    }

    /** [element position, component position or 0]: the element holding a value the message quotes. */
    static int[] element(Segment s, String rule, String message, char component) {
        Matcher m = QUOTED.matcher(message == null ? "" : message);
        while (m.find()) {
            String quoted = m.group(1);
            for (int i = 1; i <= s.elementCount(); i++) {
                if (s.element(i).equals(quoted)) {
                    return new int[] {i, 0};
                }
                List<String> parts = s.components(i, component);
                for (int j = 0; j < parts.size() && parts.size() > 1; j++) {
                    if (parts.get(j).equals(quoted)) {
                        return new int[] {i, j + 1};
                    }
                }
            }
        }
        String ruleElement = RULE_ELEMENTS.get(rule);
        if (ruleElement != null && ruleElement.startsWith(s.id())) {
            int position = Integer.parseInt(ruleElement.substring(s.id().length()));
            return position <= s.elementCount() ? new int[] {position, 0} : null;
        }
        int fallback = switch (s.id()) {
            case "CLM" -> 2;
            case "SV1", "HI", "LX" -> 1;
            case "DTP" -> 3;
            case "NM1" -> 9;
            case "REF" -> 2;
            default -> 0;
        };
        return fallback > 0 && fallback <= s.elementCount() ? new int[] {fallback, 0} : null;
    }

    private static String value(Segment s, int[] element, char component) {
        return element[1] == 0 ? s.element(element[0]) : s.components(element[0], component).get(element[1] - 1);
    }

    /** A finding's segment, its loop, and whether it sits where a person's data lives. */
    record Located(Segment segment, String loop, boolean personLoop) {
    }

    static Located locate(Claim c, long position) {
        for (Segment s : c.segments()) {
            if (s.position() == position) {
                String loop = c.loopOf(position);
                return new Located(s, loop.isEmpty() ? "2300" : loop, loop.equals("2330A"));
            }
        }
        Located l = inLevel(c.raw().billingProvider(), position, "2000A", false);
        if (l == null) {
            l = inLevel(c.raw().subscriber(), position, "2000B", true);
        }
        if (l == null) {
            l = inLevel(c.raw().patient(), position, "2000C", true);
        }
        return l;
    }

    private static Located inLevel(HierarchyLevel level, long position, String loop, boolean personLoop) {
        if (level == null) {
            return null;
        }
        for (Segment s : level.segments()) {
            if (s.position() == position) {
                String named = !s.id().equals("NM1") ? loop : switch (s.element(1)) {
                    case "85" -> "2010AA";
                    case "87" -> "2010AB";
                    case "IL" -> "2010BA";
                    case "PR" -> "2010BB";
                    case "QC" -> "2010CA";
                    default -> loop;
                };
                return new Located(s, named, personLoop);
            }
        }
        return null;
    }
}
