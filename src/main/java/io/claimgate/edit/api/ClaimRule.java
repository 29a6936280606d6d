package io.claimgate.edit.api;

import io.claimgate.claim.Claim;

/**
 * One edit: what it is ({@link RuleInfo}: id, SNIP level, severity, 277CA status, description, example) and the
 * check itself. docs/rules.md, generated from the infos by {@code edit.RulesDocument}, lists them all. A rule that
 * judges each service line on its own extends {@link LineRule} and states only that check.
 */
public abstract class ClaimRule {

    private final RuleInfo info;

    protected ClaimRule(RuleInfo info) {
        this.info = info;
    }

    public final RuleInfo info() {
        return info;
    }

    public abstract void check(Claim claim, EditContext context, Findings findings);

    public final String id() {
        return info.id();
    }

    public final int snip() {
        return info.snip();
    }

    /** The status code this rule reports most often (some rules pick a more specific one per finding). */
    public final StatusCode status() {
        return info.status();
    }

    /** Every status the rule can report, for docs/rules.md, e.g. "A7:254 principal / A7:255 other". */
    public final String statusNote() {
        return info.statusNote();
    }

    /** What the rule checks, in one sentence. */
    public final String description() {
        return info.description();
    }

    /** ERROR rejects the claim; WARNING only reports. A profile can lower an ERROR rule to WARNING. */
    public final Severity severity() {
        return info.severity();
    }

    /** An input this rule reports, and what it says, for docs/rules.md. */
    public final String example() {
        return info.example();
    }
}
