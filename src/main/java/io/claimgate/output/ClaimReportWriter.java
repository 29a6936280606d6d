package io.claimgate.output;

import com.fasterxml.jackson.core.JsonGenerator;
import io.claimgate.edit.ClaimResult;
import io.claimgate.parse.TransactionHeader;
import io.claimgate.syntax.ElementError;
import io.claimgate.syntax.FileStructure;
import io.claimgate.syntax.SegmentError;
import io.claimgate.x12.X12Code;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes reports/S.json, the machine-readable result of one file, streaming: the file's name, the envelope and
 * structure verdicts (TA1 note per interchange, AK9 per group, IK5 and IK3/IK4 errors per transaction set), one
 * entry per claim (id, status, charge, claim-level findings, lines with their findings) and the totals at the end.
 */
public final class ClaimReportWriter implements Closeable {

    private final JsonGenerator g;
    private int claims;
    private int accepted;
    private int findings;
    private int reviews;
    private final io.claimgate.edit.EmMixReview emMix = new io.claimgate.edit.EmMixReview();
    private int transactions;
    private BigDecimal acceptedCharges = BigDecimal.ZERO;
    private BigDecimal rejectedCharges = BigDecimal.ZERO;

    /**
     * @param intake how the file arrived, written after "file": e.g. "partner" (the trading partner's folder),
     *     "intake" (folder, sftp, http, replay, process), "forced" (a replay forced past the duplicate check)
     * @param structure the TA1/999 verdicts of the structure pass, written before the claims
     */
    public ClaimReportWriter(Writer out, String inputName, Map<String, ?> intake, FileStructure structure) {
        try {
            g = FindingJson.open(out, inputName);
            for (Map.Entry<String, ?> e : intake.entrySet()) {
                if (e.getValue() instanceof Boolean b) {
                    g.writeBooleanField(e.getKey(), b);
                } else if (e.getValue() != null) {
                    g.writeStringField(e.getKey(), e.getValue().toString());
                }
            }
            writeStructure(structure);
            g.writeArrayFieldStart("claims");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeStructure(FileStructure structure) throws IOException {
        g.writeArrayFieldStart("interchanges");
        for (FileStructure.InterchangeCheck ic : structure.interchanges()) {
            g.writeStartObject();
            g.writeStringField("control", ic.controlNumber());
            g.writeStringField("ta1", ic.ta1Note().code());
            if (!ic.reason().isEmpty()) {
                g.writeStringField("reason", ic.reason());
            }
            g.writeArrayFieldStart("groups");
            for (FileStructure.GroupCheck gc : ic.groups()) {
                g.writeStartObject();
                g.writeStringField("control", gc.gs().element(6));
                g.writeStringField("ak9", gc.status().code());
                writeCodes("codes", gc.groupCodes());
                g.writeArrayFieldStart("transactions");
                for (FileStructure.TransactionCheck tc : gc.transactions()) {
                    g.writeStartObject();
                    g.writeStringField("control", tc.controlNumber());
                    g.writeStringField("ik5", tc.status().code());
                    writeCodes("codes", tc.setCodes());
                    g.writeNumberField("errorCount", tc.errorCount());
                    g.writeArrayFieldStart("errors");
                    for (SegmentError e : tc.errors()) {
                        g.writeStartObject();
                        g.writeStringField("segment", e.segmentId());
                        g.writeNumberField("position", e.filePosition());
                        g.writeStringField("loop", e.loopId());
                        g.writeStringField("ik3", e.code().code());
                        if (!e.claimId().isEmpty()) {
                            g.writeStringField("claim", e.claimId());
                        }
                        g.writeArrayFieldStart("elements");
                        for (ElementError el : e.elements()) {
                            g.writeStartObject();
                            g.writeStringField("element", el.position());
                            g.writeStringField("reference", el.reference());
                            g.writeStringField("ik4", el.code().code());
                            g.writeEndObject();
                        }
                        g.writeEndArray();
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void writeCodes(String field, java.util.List<? extends X12Code> codes) throws IOException {
        g.writeArrayFieldStart(field);
        for (X12Code c : codes) {
            g.writeString(c.code());
        }
        g.writeEndArray();
    }

    public void transactionStart(TransactionHeader tx) {
        transactions++;
    }

    public void claim(ClaimResult result) {
        try {
            boolean ok = result.accepted();
            claims++;
            findings += result.findings().size();
            BigDecimal charge = result.claim().charge() == null ? BigDecimal.ZERO : result.claim().charge();
            if (ok) {
                accepted++;
                acceptedCharges = acceptedCharges.add(charge);
            } else {
                rejectedCharges = rejectedCharges.add(charge);
            }
            g.writeStartObject();
            g.writeStringField("id", result.claim().id());
            g.writeStringField("status", result.status().jsonName());
            if (!result.profile().isEmpty()) {
                g.writeStringField("profile", result.profile());
            }
            FindingJson.writeCharge(g, result);
            g.writeStringField("transaction", result.claim().raw().transaction().controlNumber());
            FindingJson.writeOtherPayers(g, result.claim());
            writeReviews(result);
            emMix.add(result.claim());
            FindingJson.endClaim(g, result.claimFindings(), result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Issue 13: the claim's review signals (claim and lines) gathered in one "reviews" array, for the HTML page and
     * the console; each also stays among the findings of its claim or line.
     */
    private void writeReviews(ClaimResult result) throws IOException {
        java.util.List<io.claimgate.edit.api.Finding> list = result.findings().stream()
                .filter(io.claimgate.edit.api.Finding::isReview).toList();
        if (!list.isEmpty()) {
            reviews += list.size();
            FindingJson.writeFindings(g, "reviews", list, result.claim());
        }
    }

    /** Issue 13: the em-mix-review signals of the file's providers, after the claims. */
    private void writeProviderReviews() throws IOException {
        g.writeArrayFieldStart("providerReviews");
        for (io.claimgate.edit.EmMixReview.Signal s : emMix.signals()) {
            g.writeStartObject();
            g.writeStringField("rule", io.claimgate.edit.RuleCatalog.EM_MIX_REVIEW.id());
            g.writeStringField("severity", io.claimgate.edit.api.Severity.REVIEW.label());
            g.writeStringField("npi", s.npi());
            g.writeStringField("taxonomy", s.taxonomy());
            g.writeNumberField("services", s.services());
            g.writeNumberField("level5Share", s.share5());
            g.writeNumberField("level45Share", s.share45());
            g.writeNumberField("peers", s.peers());
            g.writeNumberField("peerMedian", s.peerMedian5());
            g.writeNumberField("peerP95", s.peerP95());
            g.writeStringField("from", String.valueOf(s.from()));
            g.writeStringField("to", String.valueOf(s.to()));
            g.writeStringField("window", "the claims of this file");
            g.writeStringField("caveat", io.claimgate.edit.EmMixReview.CAVEAT);
            g.writeStringField("message", s.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    public int claims() {
        return claims;
    }

    public int accepted() {
        return accepted;
    }

    public int rejected() {
        return claims - accepted;
    }

    @Override
    public void close() throws IOException {
        g.writeEndArray();
        writeProviderReviews();
        g.writeObjectFieldStart("totals");
        g.writeNumberField("transactions", transactions);
        g.writeNumberField("claims", claims);
        g.writeNumberField("accepted", accepted);
        g.writeNumberField("rejected", claims - accepted);
        g.writeNumberField("acceptedCharges", acceptedCharges);
        g.writeNumberField("rejectedCharges", rejectedCharges);
        g.writeNumberField("findings", findings);
        g.writeNumberField("reviews", reviews);
        g.writeEndObject();
        g.writeEndObject();
        g.close();
    }
}
