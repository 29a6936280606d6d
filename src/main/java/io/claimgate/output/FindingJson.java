package io.claimgate.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.claimgate.claim.ServiceLine;
import io.claimgate.edit.ClaimResult;
import io.claimgate.edit.api.Finding;
import io.claimgate.edit.api.StatusCode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The JSON shapes of findings and lines shared by reports/S.json and rejected/S.json. */
final class FindingJson {

    private FindingJson() {
    }

    /** Starts a file's JSON output: the object, pretty-printed, opened with the input file's name. */
    static JsonGenerator open(Writer out, String inputName) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("file", inputName);
        return g;
    }

    /** Ends a claim entry: its findings (each with its loop), its lines, and the entry's closing brace. */
    static void endClaim(JsonGenerator g, List<Finding> findings, ClaimResult result) throws IOException {
        writeFindings(g, "findings", findings, result.claim());
        writeLines(g, result);
        g.writeEndObject();
    }

    /** With the claim given, each finding also names the implementation-guide loop of its segment. */
    static void writeFindings(JsonGenerator g, String field, List<Finding> findings, io.claimgate.claim.Claim claim)
            throws IOException {
        g.writeArrayFieldStart(field);
        for (Finding f : findings) {
            g.writeStartObject();
            g.writeStringField("rule", f.rule());
            g.writeNumberField("snip", f.snip());
            g.writeStringField("severity", f.severity().label());
            if (f.status() == null) {
                g.writeNullField("stc");
            } else {
                g.writeStringField("stc", f.status().toString());
            }
            if (f.statuses().size() > 1) {
                g.writeArrayFieldStart("stcAlso");
                for (StatusCode s : f.statuses().subList(1, f.statuses().size())) {
                    g.writeString(s.toString());
                }
                g.writeEndArray();
            }
            g.writeStringField("segment", f.segment());
            g.writeNumberField("position", f.position());
            if (claim != null) {
                String loop = claim.loopOf(f.position());
                if (!loop.isEmpty()) {
                    g.writeStringField("loop", loop);
                }
            }
            if (f.line() > 0) {
                g.writeNumberField("line", f.line());
            }
            g.writeStringField("message", f.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void writeLines(JsonGenerator g, ClaimResult result) throws IOException {
        g.writeArrayFieldStart("lines");
        for (ServiceLine line : result.claim().lines()) {
            g.writeStartObject();
            g.writeNumberField("number", line.number());
            g.writeStringField("procedure", line.procedure());
            if (!line.modifiers().isEmpty()) {
                g.writeArrayFieldStart("modifiers");
                for (String m : line.modifiers()) {
                    g.writeString(m);
                }
                g.writeEndArray();
            }
            if (line.charge() != null) {
                g.writeNumberField("charge", line.charge());
            } else {
                g.writeNullField("charge");
            }
            io.claimgate.claim.Drug drug = result.claim().drug(line.number());
            if (drug != null) {
                g.writeObjectFieldStart("drug");
                g.writeStringField("ndc", drug.ndc());
                g.writeStringField("quantity", drug.quantity());
                g.writeStringField("unit", drug.unit());
                g.writeEndObject();
            }
            List<io.claimgate.claim.LineAdjudication> paid = result.claim().adjudications(line.number());
            if (!paid.isEmpty()) {
                g.writeArrayFieldStart("priorPayments");
                for (io.claimgate.claim.LineAdjudication a : paid) {
                    g.writeStartObject();
                    g.writeStringField("payerId", a.payerId());
                    writeAmount(g, "paid", a.paid());
                    g.writeStringField("procedure", a.procedure());
                    g.writeStringField("date", a.adjudicationDate());
                    g.writeNumberField("adjustmentGroups", a.adjustmentGroups());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            writeFindings(g, "findings", result.lineFindings(line.number()), result.claim());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Coordination of benefits: the other payers of the claim (2320/2330B), when there are any. */
    static void writeOtherPayers(JsonGenerator g, io.claimgate.claim.Claim claim) throws IOException {
        List<io.claimgate.claim.OtherSubscriber> others = claim.otherSubscribers();
        if (others.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("otherPayers");
        for (io.claimgate.claim.OtherSubscriber o : others) {
            g.writeStartObject();
            g.writeStringField("responsibility", o.responsibility());
            g.writeStringField("payer", o.payerName());
            g.writeStringField("payerId", o.payerId());
            writeAmount(g, "paid", o.payerPaid());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeAmount(JsonGenerator g, String field, java.math.BigDecimal amount) throws IOException {
        if (amount == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, amount);
        }
    }

    static void writeCharge(JsonGenerator g, ClaimResult result) throws IOException {
        if (result.claim().charge() != null) {
            g.writeNumberField("charge", result.claim().charge());
        } else {
            g.writeNullField("charge");
        }
    }
}
