package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.edit.api.ClaimHistory;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.FileRule;
import io.claimgate.edit.api.Findings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * duplicate-claim over one file: the fingerprints of the accepted claims so far (each 64 hex characters with the
 * first claim id that had it: a million-claim file holds about 150 MB here, the price of finding a repeat anywhere
 * in the file), and the store's fingerprints of earlier files within the window.
 */
final class DuplicateClaims implements FileRule.FileCheck {

    private final DuplicateClaimRule rule;
    private final ClaimHistory history;
    private final Map<String, String> seen = new HashMap<>();
    private final List<String> prints = new ArrayList<>();

    DuplicateClaims(DuplicateClaimRule rule, ClaimHistory history) {
        this.rule = rule;
        this.history = history;
    }

    @Override
    public void check(Claim claim, EditContext context, Findings findings) {
        if (DuplicateClaimRule.replaces(claim)) {
            return; // a corrected or void claim replaces the earlier one: never its duplicate
        }
        String print = DuplicateClaimRule.fingerprint(claim);
        if (print == null) {
            return;
        }
        String earlier = seen.get(print);
        if (earlier != null) {
            rule.report(claim, context, findings, "Same patient, " + DuplicateClaimRule.describe(claim)
                    + " as claim " + earlier + " earlier in this file.");
            return;
        }
        int days = history.duplicateWindowDays();
        Optional<LocalDate> before = history.claimSeen(print, context.today().minusDays(days));
        before.ifPresent(day -> rule.report(claim, context, findings, "Same patient, "
                + DuplicateClaimRule.describe(claim) + " as a claim accepted in a file committed on " + day
                + " (within " + days + " days)."));
    }

    @Override
    public void record(Claim claim, EditContext context) {
        String print = DuplicateClaimRule.fingerprint(claim);
        if (print != null && seen.putIfAbsent(print, claim.id()) == null) {
            prints.add(print);
        }
    }

    @Override
    public List<String> claimPrints() {
        return prints;
    }
}
