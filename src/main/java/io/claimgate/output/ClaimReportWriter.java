package io.claimgate.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.claimgate.edit.ClaimResult;
import io.claimgate.parse.TransactionHeader;
import io.claimgate.syntax.FileStructure;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes reports/S.json, the machine-readable result of one file, streaming: the file's name, the envelope and
 * structure verdicts ({@link StructureJson}: TA1 note per interchange, AK9 per group, IK5 and IK3/IK4 errors per
 * transaction set, each code with its text), one entry per claim (id, status, charge, claim-level findings, lines
 * with their findings), then the file-level code-set notices ({@link CodeSetNoticeJson}) and the totals at the end.
 */
public final class ClaimReportWriter implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonGenerator g;
    private int claims;
    private int accepted;
    private int findings;
    private int reviews;
    /** The file's em-mix-review (edit.FileEditor counts the claims); none until {@link #providerReviews} is called. */
    private io.claimgate.edit.EmMixReview emMix = new io.claimgate.edit.EmMixReview();
    private List<JsonNode> providerReviews = List.of();
    private int transactions;
    private BigDecimal acceptedCharges = BigDecimal.ZERO;
    private BigDecimal rejectedCharges = BigDecimal.ZERO;
    private final CodeSetNoticeJson codeSets = new CodeSetNoticeJson();
    private final FileAnalytics analytics;
    /** Rejected claims per rule and per billing provider NPI (counters: bounded by rules and providers). */
    private final Map<String, Integer> rejectedByRule = new java.util.TreeMap<>();
    private final Map<String, Integer> rejectedByBillingProvider = new java.util.TreeMap<>();

    /**
     * @param intake how the file arrived, written after "file": e.g. "partner" (the trading partner's folder),
     *     "intake" (folder, sftp, http, replay, process), "forced" (a replay forced past the duplicate check)
     * @param structure the TA1/999 verdicts of the structure pass, written before the claims
     */
    public ClaimReportWriter(Writer out, String inputName, Map<String, ?> intake, FileStructure structure) {
        analytics = new FileAnalytics(intake.get("partner") == null ? null : intake.get("partner").toString());
        try {
            g = FindingJson.open(out, inputName);
            for (Map.Entry<String, ?> e : intake.entrySet()) {
                if (e.getValue() instanceof Boolean b) {
                    g.writeBooleanField(e.getKey(), b);
                } else if (e.getValue() != null) {
                    g.writeStringField(e.getKey(), e.getValue().toString());
                }
            }
            new StructureJson(g).write(structure);
            g.writeArrayFieldStart("claims");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeCounts(String field, Map<String, Integer> counts) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    public void transactionStart(TransactionHeader tx) {
        transactions++;
    }

    public void claim(ClaimResult result) {
        try {
            boolean ok = result.accepted();
            claims++;
            findings += result.findings().size();
            codeSets.add(result);
            analytics.add(result);
            BigDecimal charge = result.claim().charge() == null ? BigDecimal.ZERO : result.claim().charge();
            if (ok) {
                accepted++;
                acceptedCharges = acceptedCharges.add(charge);
            } else {
                rejectedCharges = rejectedCharges.add(charge);
                countRejection(result);
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
            FindingJson.endClaim(g, result.claimFindings(), result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void countRejection(ClaimResult result) {
        result.findings().stream().filter(f -> f.isError()).map(f -> f.rule()).distinct()
                .forEach(rule -> rejectedByRule.merge(rule, 1, Integer::sum));
        String npi = result.claim().providers().stream().filter(p -> p.entity().equals("85") && p.line() == 0)
                .map(p -> p.npi()).findFirst().orElse("none");
        rejectedByBillingProvider.merge(npi, 1, Integer::sum);
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

    /** Issue 13: where the providerReviews come from: the file editor's em-mix-review (history and this file). */
    public void providerReviews(io.claimgate.edit.EmMixReview review) {
        this.emMix = review;
    }

    /**
     * Issue 13: the em-mix-review signals of the file's providers, after the claims. They are built once (the
     * signals query the store's history) and kept, so the HTML page shows the same array without reading S.json back.
     */
    private void writeProviderReviews() throws IOException {
        EmMixJson.writeReference(g, emMix);
        TokenBuffer signals = new TokenBuffer(JSON, false);
        writeSignals(signals);
        JsonNode array = JSON.readTree(signals.asParser());
        g.writeFieldName("providerReviews");
        JSON.writeTree(g, array);
        List<JsonNode> written = new ArrayList<>();
        array.forEach(written::add);
        providerReviews = List.copyOf(written);
    }

    /** The "providerReviews" array as reports/S.json holds it; empty until the report is closed. */
    public List<JsonNode> providerReviews() {
        return providerReviews;
    }

    private void writeSignals(JsonGenerator g) throws IOException {
        g.writeStartArray();
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
            g.writeStringField("window", s.windowDays() + " days of service from the store's history and this file");
            EmMixJson.writeSignalExtras(g, s);
            g.writeStringField("caveat", io.claimgate.edit.EmMixReview.CAVEAT);
            g.writeStringField("message", s.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Issue 13: the file's analytics, written as "analytics" at close; the HTML page shows the same counts. */
    public FileAnalytics analytics() {
        return analytics;
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
        codeSets.write(g);
        writeProviderReviews();
        analytics.write(g);
        g.writeObjectFieldStart("totals");
        g.writeNumberField("transactions", transactions);
        g.writeNumberField("claims", claims);
        g.writeNumberField("accepted", accepted);
        g.writeNumberField("rejected", claims - accepted);
        g.writeNumberField("acceptedCharges", acceptedCharges);
        g.writeNumberField("rejectedCharges", rejectedCharges);
        g.writeNumberField("findings", findings);
        writeCounts("rejectedByRule", rejectedByRule);
        writeCounts("rejectedByBillingProvider", rejectedByBillingProvider);
        g.writeNumberField("reviews", reviews);
        g.writeEndObject();
        g.writeEndObject();
        g.close();
    }
}
