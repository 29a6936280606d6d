package io.claimgate.edit;

import io.claimgate.claim.Claim;

/**
 * One edit. Each rule has a stable id (used in reports and trading-partner profiles), a WEDI SNIP level, the
 * 277CA status it maps to (reference §4.4), and a sentence an operator can read. docs/rules.md lists them all.
 */
public interface ClaimRule {

    String id();

    int snip();

    /** The status code this rule reports most often (some rules pick a more specific one per finding). */
    StatusCode status();

    /** What the rule checks, in one sentence. */
    String description();

    void check(Claim claim, EditContext context, Findings findings);
}
