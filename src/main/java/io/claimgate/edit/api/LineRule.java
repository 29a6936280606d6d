package io.claimgate.edit.api;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ServiceLine;

/**
 * A rule that judges each service line on its own, in line order (its findings come out in that order). The
 * subclass states only the check of one line.
 */
public abstract class LineRule extends ClaimRule {

    protected LineRule(RuleInfo info) {
        super(info);
    }

    @Override
    public final void check(Claim claim, EditContext context, Findings findings) {
        for (ServiceLine line : claim.lines()) {
            checkLine(claim, line, context, findings);
        }
    }

    /** The check of one service line of {@code claim}. */
    protected abstract void checkLine(Claim claim, ServiceLine line, EditContext context, Findings findings);
}
