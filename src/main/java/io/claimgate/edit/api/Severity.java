package io.claimgate.edit.api;

/**
 * An error rejects the claim; a warning is reported but the claim is accepted; a review is a signal for a person
 * to look at (issue 13: upcoding review flags). A review never rejects a claim and never reaches the 999 or the
 * 277CA, which carry only errors; it is shown in the report.
 */
public enum Severity {
    ERROR, WARNING, REVIEW;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
