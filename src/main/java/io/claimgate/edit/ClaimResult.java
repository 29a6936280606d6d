package io.claimgate.edit;

import io.claimgate.claim.Claim;
import io.claimgate.edit.api.CodeSetNotice;
import io.claimgate.edit.api.Finding;
import java.util.List;

/**
 * A claim with every finding of the edits; rejected when any finding is an error. {@code profile} names the
 * trading-partner profile that was in force (empty when none). {@code notices} are the code-set facts the report
 * states once per file (no code set for a date, stale tables), never findings of the claim.
 */
public record ClaimResult(Claim claim, List<Finding> findings, String profile, List<CodeSetNotice> notices) {

    public ClaimResult(Claim claim, List<Finding> findings) {
        this(claim, findings, "");
    }

    public ClaimResult(Claim claim, List<Finding> findings, String profile) {
        this(claim, findings, profile, List.of());
    }

    public boolean accepted() {
        for (Finding f : findings) {
            if (f.isError()) {
                return false;
            }
        }
        return true;
    }

    public ClaimStatus status() {
        return accepted() ? ClaimStatus.ACCEPTED : ClaimStatus.REJECTED;
    }

    public List<Finding> claimFindings() {
        return findings.stream().filter(f -> f.line() == 0).toList();
    }

    public List<Finding> lineFindings(int line) {
        return findings.stream().filter(f -> f.line() == line).toList();
    }
}
