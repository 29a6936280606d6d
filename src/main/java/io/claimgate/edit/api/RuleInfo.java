package io.claimgate.edit.api;

/**
 * What a rule is, as operators and docs/rules.md see it: a stable id (used in reports and trading-partner
 * profiles), a WEDI SNIP level, a severity, the 277CA status it maps to (reference §4.4) with a note of every
 * status it can report, a sentence saying what it checks, and an example input with what the rule says about it.
 */
public record RuleInfo(String id, int snip, Severity severity, StatusCode status, String statusNote,
        String description, String example) {

    /** An error rule whose status note is its status and which has no example yet. */
    public static RuleInfo rule(String id, int snip, StatusCode status, String description) {
        return new RuleInfo(id, snip, Severity.ERROR, status, status.toString(), description, "");
    }

    public RuleInfo statusNote(String note) {
        return new RuleInfo(id, snip, severity, status, note, description, example);
    }

    public RuleInfo example(String text) {
        return new RuleInfo(id, snip, severity, status, statusNote, description, text);
    }

    public RuleInfo severity(Severity level) {
        return new RuleInfo(id, snip, level, status, statusNote, description, example);
    }
}
