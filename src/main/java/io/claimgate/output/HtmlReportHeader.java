package io.claimgate.output;

import io.claimgate.syntax.FileStructure;
import java.util.Map;

/**
 * What the head of reports/S.html says about the file: name, size and SHA-256, how it arrived (intake, partner),
 * its envelopes and 999/TA1 verdicts, the code-set releases loaded and claimgate's version.
 */
public record HtmlReportHeader(String fileName, long size, String sha256, Map<String, ?> intake,
        FileStructure structure, String codeSets, String version) {

    /** claimgate's version from the jar manifest, or "development build" when run from classes. */
    public static String claimgateVersion() {
        String v = HtmlReportHeader.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
