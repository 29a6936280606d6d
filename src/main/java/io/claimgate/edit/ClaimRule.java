package io.claimgate.edit;

import io.claimgate.claim.Claim;

/**
 * One edit. Each rule has a stable id (used in reports and trading-partner profiles), a WEDI SNIP level, a
 * severity, the 277CA status it maps to (reference §4.4), and a sentence an operator can read. docs/rules.md,
 * generated from these methods by {@link RulesDocument}, lists them all.
 */
public interface ClaimRule {

    String id();

    int snip();

    /** The status code this rule reports most often (some rules pick a more specific one per finding). */
    StatusCode status();

    /** Every status the rule can report, for docs/rules.md, e.g. "A7:254 principal / A7:255 other". */
    default String statusNote() {
        return status().toString();
    }

    /** What the rule checks, in one sentence. */
    String description();

    /** ERROR rejects the claim; WARNING only reports. A profile can lower an ERROR rule to WARNING. */
    default Severity severity() {
        return Severity.ERROR;
    }

    /** An input this rule reports, and what it says, for docs/rules.md. */
    default String example() {
        return "";
    }

    void check(Claim claim, EditContext context, Findings findings);
}
