package io.claimgate.edit.api;

import io.claimgate.claim.Claim;

/**
 * One edit: what it is ({@link RuleInfo}: id, SNIP level, severity, 277CA status, description, example) and the
 * check itself. docs/rules.md, generated from the infos by {@code edit.RulesDocument}, lists them all.
 */
public interface ClaimRule {

    RuleInfo info();

    void check(Claim claim, EditContext context, Findings findings);

    default String id() {
        return info().id();
    }

    default int snip() {
        return info().snip();
    }

    /** The status code this rule reports most often (some rules pick a more specific one per finding). */
    default StatusCode status() {
        return info().status();
    }

    /** Every status the rule can report, for docs/rules.md, e.g. "A7:254 principal / A7:255 other". */
    default String statusNote() {
        return info().statusNote();
    }

    /** What the rule checks, in one sentence. */
    default String description() {
        return info().description();
    }

    /** ERROR rejects the claim; WARNING only reports. A profile can lower an ERROR rule to WARNING. */
    default Severity severity() {
        return info().severity();
    }

    /** An input this rule reports, and what it says, for docs/rules.md. */
    default String example() {
        return info().example();
    }
}
