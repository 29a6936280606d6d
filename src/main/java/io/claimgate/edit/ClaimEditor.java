package io.claimgate.edit;

import io.claimgate.claim.Claim;
import java.util.List;

/** Runs every rule on a claim. Stateless: one instance serves all threads. */
public final class ClaimEditor {

    private final List<ClaimRule> rules;

    public ClaimEditor(List<ClaimRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of this release, in the order their findings are reported. */
    public static ClaimEditor standard() {
        return new ClaimEditor(RuleCatalog.rules());
    }

    public List<ClaimRule> rules() {
        return rules;
    }

    public ClaimResult edit(Claim claim, EditContext context) {
        Findings findings = new Findings();
        for (ClaimRule rule : rules) {
            rule.check(claim, context, findings);
        }
        return new ClaimResult(claim, List.copyOf(findings.list()));
    }
}
