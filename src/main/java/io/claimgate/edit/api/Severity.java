package io.claimgate.edit.api;

/** An error rejects the claim; a warning is reported but the claim is accepted. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
