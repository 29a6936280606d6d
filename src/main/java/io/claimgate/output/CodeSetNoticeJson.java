package io.claimgate.output;

import com.fasterxml.jackson.core.JsonGenerator;
import io.claimgate.edit.ClaimResult;
import io.claimgate.edit.api.CodeSetNotice;
import io.claimgate.edit.api.CodeSetNotice.Kind;
import io.claimgate.edit.api.CodeSystem;
import java.io.IOException;
import java.time.LocalDate;
import java.util.TreeSet;

/**
 * The file-level code-set notices of reports/S.json ({@code "codeSets"}): the claims' {@link CodeSetNotice}s
 * summed per code system and kind, so that "no code set for this date" and "the tables are stale" are said once per
 * file with the dates and the number of claims, instead of once per claim (190,000 of 199,000 findings on a
 * 100,000-claim file). Written at the end of the report, beside the totals, because the report streams and the
 * dates are known only once every claim has been read. Fed on the writer's thread, in file order.
 */
final class CodeSetNoticeJson {

    private final Summary[][] summaries = new Summary[CodeSystem.values().length][Kind.values().length];

    /** Counts the claim's notices. */
    void add(ClaimResult result) {
        for (CodeSetNotice n : result.notices()) {
            Summary[] bySystem = summaries[n.system().ordinal()];
            Summary s = bySystem[n.kind().ordinal()];
            if (s == null) {
                s = new Summary();
                bySystem[n.kind().ordinal()] = s;
            }
            s.add(n);
        }
    }

    /** {@code "codeSets": {"stale": [...], "missing": [...]}}, each list empty when there is nothing to say. */
    void write(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("codeSets");
        write(g, "stale", Kind.STALE);
        write(g, "missing", Kind.MISSING);
        g.writeEndObject();
    }

    private void write(JsonGenerator g, String field, Kind kind) throws IOException {
        g.writeArrayFieldStart(field);
        for (CodeSystem system : CodeSystem.values()) {
            Summary s = summaries[system.ordinal()][kind.ordinal()];
            if (s == null) {
                continue;
            }
            g.writeStartObject();
            g.writeStringField("system", system.text());
            g.writeStringField("rule", system.ruleId());
            g.writeStringField("stc", system.status().toString());
            if (kind == Kind.STALE) {
                g.writeStringField("newestRelease", String.join(", ", s.periods));
            } else if (!s.periods.isEmpty()) {
                g.writeArrayFieldStart("periods");
                for (String p : s.periods) {
                    g.writeString(p);
                }
                g.writeEndArray();
            }
            g.writeStringField("from", s.from.toString());
            g.writeStringField("to", s.to.toString());
            g.writeNumberField("claims", s.claims);
            g.writeStringField("message", kind == Kind.STALE ? stale(system, s) : missing(system, s));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static String missing(CodeSystem system, Summary s) {
        return "No " + system.text() + " code set is loaded" + (s.periods.isEmpty() ? "" : " for "
                + String.join(", ", s.periods)) + " (" + dates(s) + "): " + system.checked() + ".";
    }

    private static String stale(CodeSystem system, Summary s) {
        return "The tables are stale: the newest loaded " + system.text() + " release is effective "
                + String.join(", ", s.periods) + ", more than one quarter before " + dates(s) + ". It still answers"
                + " (codes it does not know are rejected, its terminations apply), but codes added and terminated"
                + " since are not known: load the newer quarterly releases.";
    }

    private static String dates(Summary s) {
        return (s.from.equals(s.to) ? "date of service " + s.from : "dates of service " + s.from + " to " + s.to)
                + ", " + s.claims + (s.claims == 1 ? " claim" : " claims");
    }

    /** One code system and kind across the file. */
    private static final class Summary {
        private int claims;
        private LocalDate from;
        private LocalDate to;
        private final TreeSet<String> periods = new TreeSet<>();

        void add(CodeSetNotice n) {
            claims++;
            from = from == null || n.date().isBefore(from) ? n.date() : from;
            to = to == null || n.date().isAfter(to) ? n.date() : to;
            if (!n.period().isEmpty()) {
                periods.add(n.period());
            }
        }
    }
}
