package io.claimgate.route;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.commit.Disposition;
import io.claimgate.commit.FileOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The committed outcome of one arrival, whatever the intake: processed (outputs written, input archived), error
 * (not X12: input and reason in error/), duplicate (same bytes as before: input and reason in duplicates/) or
 * interchange-duplicate (ISA13 reused with other content: TA1 in acks/, input and reason in error/).
 *
 * @param report reports/S.json when processed, else null
 * @param ack acks/S.277 when processed, acks/S.ta1 for an interchange-duplicate, else null
 * @param reason the reason file for the other dispositions, else null
 */
public record FileResult(Disposition disposition, FileOutcome outcome, String intake, String partner, boolean forced,
        String sha256, Path report, Path ack, Path reason) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public boolean processed() {
        return disposition == Disposition.PROCESSED;
    }

    public boolean duplicate() {
        return disposition == Disposition.DUPLICATE;
    }

    public String summary() {
        String base = processed() ? outcome.summary() : outcome.input() + ": " + disposition.jsonName() + ": "
                + outcome.reason();
        return base + (forced ? " [forced replay]" : "");
    }

    /** The answer to a replay: the disposition, where things went, and the report itself when there is one. */
    public ObjectNode toJson() throws IOException {
        ObjectNode json = JSON.createObjectNode();
        json.put("file", outcome.input());
        json.put("outcome", disposition.jsonName());
        json.put("stem", outcome.stem());
        json.put("intake", intake);
        if (partner != null) {
            json.put("partner", partner);
        }
        json.put("forced", forced);
        json.put("sha256", sha256);
        if (processed()) {
            json.put("claims", outcome.claims()).put("accepted", outcome.accepted()).put("rejected",
                    outcome.rejected());
        } else {
            json.put("reason", outcome.reason());
        }
        for (String[] f : new String[][] {{"report", str(report)}, {"ack", str(ack)}, {"reasonFile", str(reason)}}) {
            if (f[1] != null) {
                json.put(f[0], f[1]);
            }
        }
        if (report != null && Files.exists(report)) {
            // Inline the report when it is small; a large file's report (about 350 bytes a claim) stays on disk,
            // named by "report", so that an answer never holds a whole big file's results in memory.
            if (Files.size(report) <= INLINE_REPORT_LIMIT) {
                json.set("reportContent", JSON.readTree(report.toFile()));
            } else {
                json.put("reportContent", "not inlined: " + Files.size(report) + " bytes, see \"report\"");
            }
        }
        return json;
    }

    /** Reports up to this size go into the answer itself (a few thousand claims). */
    static final long INLINE_REPORT_LIMIT = 4L << 20;

    private static String str(Path p) {
        return p == null ? null : p.toAbsolutePath().toString();
    }
}
