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
}
