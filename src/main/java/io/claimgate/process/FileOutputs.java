package io.claimgate.process;

import io.claimgate.ack.ClaimAcknowledgmentWriter;
import io.claimgate.commit.OutputFile;
import io.claimgate.edit.ClaimResult;
import io.claimgate.output.AcceptedClaimWriter;
import io.claimgate.output.ClaimReportWriter;
import io.claimgate.output.HtmlReportHeader;
import io.claimgate.output.HtmlReportWriter;
import io.claimgate.output.RejectedClaimWriter;
import io.claimgate.parse.TransactionHeader;
import io.claimgate.syntax.FileStructure;
import io.claimgate.x12.ControlNumberSequence;
import io.claimgate.x12.InterchangeHeader;
import io.claimgate.x12.Segment;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The five claim-pass outputs of one file in its work folder, their files named by {@link OutputFile}: the accepted
 * 837, the rejected claims, the 277CA, the JSON report and the HTML page. Routes each claim result to the writers it belongs in and
 * passes the envelope ends on; on bad input, closes and deletes what was written.
 */
final class FileOutputs {

    private final Path work;
    private final String stem;
    private final Writer acceptedOut;
    private final Writer ackOut;
    private final Writer reportOut;
    private final Writer rejectedOut;
    private final AcceptedClaimWriter accepted;
    private final ClaimAcknowledgmentWriter ack;
    private final ClaimReportWriter report;
    private final RejectedClaimWriter rejected;
    private final Writer htmlOut;
    private final HtmlReportWriter html;

    FileOutputs(Path work, String stem, HtmlReportHeader header, Map<String, ?> intake, FileStructure structure,
            ControlNumberSequence controlNumbers, LocalDateTime now) throws IOException {
        String inputName = header.fileName();
        this.work = work;
        this.stem = stem;
        acceptedOut = open(OutputFile.ACCEPTED.staged(work, stem));
        ackOut = open(OutputFile.CLAIM_ACK.staged(work, stem));
        reportOut = openJson(OutputFile.REPORT.staged(work, stem));
        rejectedOut = openJson(OutputFile.REJECTED.staged(work, stem));
        accepted = new AcceptedClaimWriter(acceptedOut, controlNumbers, now);
        ack = new ClaimAcknowledgmentWriter(ackOut, work, controlNumbers, now);
        report = new ClaimReportWriter(reportOut, inputName, intake, structure);
        rejected = new RejectedClaimWriter(rejectedOut, inputName);
        htmlOut = Files.newBufferedWriter(OutputFile.HTML_REPORT.staged(work, stem), StandardCharsets.UTF_8);
        html = new HtmlReportWriter(htmlOut, work.resolve(stem + ".html-claims.part"), header);
        report.analytics().processedOn(now.toLocalDate());
    }

    /** An X12 output in the work folder: ISO-8859-1 as the input was read, buffered for streaming. */
    static Writer open(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.ISO_8859_1),
                1 << 16);
    }

    /**
     * A JSON output in the work folder: UTF-8, as JSON must be, whatever the input's name (it was ISO-8859-1 like the
     * X12 outputs, which made a report for "clinic ñ é 日本 claims.837" invalid UTF-8 and its findings uncounted).
     */
    static Writer openJson(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    /** The file's em-mix-review, whose signals the report writes after the claims (issue 13). */
    void providerReviews(io.claimgate.edit.EmMixReview review) {
        report.providerReviews(review);
    }

    /** A claim of a set the 999 accepted: reported, acknowledged, and forwarded or rejected. */
    void claim(ClaimResult result) {
        report.claim(result);
        html.claim(result);
        ack.claim(result);
        if (result.accepted()) {
            accepted.claim(result);
        } else {
            rejected.claim(result);
        }
    }

    /** A claim of a set the 999 rejected: to the report and rejected/ only. */
    void claimOfRejectedSet(ClaimResult result) {
        report.claim(result);
        html.claim(result);
        rejected.claim(result);
    }

    /** @param acknowledged the 999 accepted the set, so the 277CA answers it */
    void transactionStart(TransactionHeader transaction, boolean acknowledged) {
        if (acknowledged) {
            ack.transactionStart(transaction);
        }
        report.transactionStart(transaction);
    }

    void transactionEnd(TransactionHeader transaction, boolean acknowledged) {
        accepted.transactionEnd(transaction);
        if (acknowledged) {
            ack.transactionEnd();
        }
    }

    void groupEnd(Segment gs) {
        accepted.groupEnd(gs);
        ack.groupEnd(gs);
    }

    void interchangeEnd(InterchangeHeader interchange) {
        accepted.interchangeEnd(interchange);
        ack.interchangeEnd(interchange);
    }

    int claims() {
        return report.claims();
    }

    int acceptedClaims() {
        return report.accepted();
    }

    int rejectedClaims() {
        return report.rejected();
    }

    /** Writes the trailers and closes every output. */
    void finish() {
        accepted.finish();
        try {
            ack.close();
            report.close();
            rejected.close();
            acceptedOut.close();
            ackOut.close();
            reportOut.close();
            rejectedOut.close();
            html.links(links());
            html.analytics(report.analytics(), report.providerReviews(), stem + ".analytics.csv");
            html.close();
            htmlOut.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's other outputs that will be published, as links relative to reports/ (for reports/S.html). */
    private List<Map.Entry<String, String>> links() throws IOException {
        List<Map.Entry<String, String>> links = new ArrayList<>();
        links.add(Map.entry("JSON report", stem + ".json"));
        if (acceptedClaims() > 0) {
            links.add(Map.entry("accepted 837", "../accepted/" + stem + ".837"));
        }
        if (rejectedClaims() > 0) {
            links.add(Map.entry("rejected claims", "../rejected/" + stem + ".json"));
        }
        for (OutputFile ack : List.of(OutputFile.CLAIM_ACK, OutputFile.IMPLEMENTATION_ACK, OutputFile.INTERCHANGE_ACK)) {
            Path staged = ack.staged(work, stem);
            if (Files.exists(staged) && Files.size(staged) > 0) {
                String ext = staged.getFileName().toString().substring(stem.length());
                links.add(Map.entry(ext.equals(".277") ? "277CA" : ext.equals(".999") ? "999" : "TA1",
                        "../acks/" + stem + ext));
            }
        }
        return links;
    }

    /** After bad input: closes the outputs and deletes every output of the file, the 999 and TA1 included. */
    void abort() {
        for (Writer w : List.of(acceptedOut, ackOut, reportOut, rejectedOut, htmlOut)) {
            try {
                w.close();
            } catch (IOException ignored) {
                // the partial outputs are deleted just below; the reason file says what happened
            }
        }
        for (OutputFile file : OutputFile.values()) {
            try {
                Files.deleteIfExists(file.staged(work, stem));
            } catch (IOException ignored) {
                // StagedFile.fail removes the work folder anyway
            }
        }
        try {
            Files.deleteIfExists(work.resolve(stem + ".html-claims.part"));
        } catch (IOException ignored) {
            // as above
        }
    }
}
