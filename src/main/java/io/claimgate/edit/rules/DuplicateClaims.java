package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.edit.api.ClaimHistory;
import io.claimgate.edit.api.ClaimPrint;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.FileRule;
import io.claimgate.edit.api.Findings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * duplicate-claim over one file: the fingerprints of the accepted claims so far (each two longs with the first claim
 * id that had it, about 130 bytes a claim), and the store's fingerprints of earlier files within the window. At most
 * {@value #MAX_PRINTS} fingerprints are kept (about 35 MB), as {@code MueFileTally} bounds its table: big files must
 * run in the same heap as small ones, so the claims after that are checked against the store and the kept ones only,
 * and are not added to the store's history (logged once, without patient data).
 */
final class DuplicateClaims implements FileRule.FileCheck {

    private static final Logger LOG = LoggerFactory.getLogger(DuplicateClaims.class);
    static final int MAX_PRINTS = 1 << 18;

    private final DuplicateClaimRule rule;
    private final ClaimHistory history;
    private final int maxPrints;
    private boolean full;
    private final Map<ClaimPrint, String> seen = new HashMap<>();
    private final List<ClaimPrint> prints = new ArrayList<>();
    /** What {@link #prepare} found per claim (by identity), taken back by {@link #check}: bounded by the window. */
    private final Map<Claim, Prepared> prepared = Collections.synchronizedMap(new IdentityHashMap<>());
    /** The claim {@link #check} saw last and its fingerprint, which {@link #record} needs right after. */
    private Claim lastClaim;
    private ClaimPrint lastPrint;

    /** A claim's fingerprint (null: no date of service) and the day the store first saw it (null: never). */
    private record Prepared(ClaimPrint print, LocalDate seenBefore) {
    }

    DuplicateClaims(DuplicateClaimRule rule, ClaimHistory history) {
        this(rule, history, MAX_PRINTS);
    }

    DuplicateClaims(DuplicateClaimRule rule, ClaimHistory history, int maxPrints) {
        this.rule = rule;
        this.history = history;
        this.maxPrints = maxPrints;
    }

    /** Fingerprints the claims and asks the store about all of them in one query (on a pool thread). */
    @Override
    public void prepare(List<Claim> claims, EditContext context) {
        Map<Claim, ClaimPrint> printed = new IdentityHashMap<>();
        for (Claim claim : claims) {
            if (!DuplicateClaimRule.replaces(claim)) {
                printed.put(claim, DuplicateClaimRule.fingerprint(claim));
            }
        }
        List<ClaimPrint> asked = printed.values().stream().filter(p -> p != null).distinct().toList();
        Map<ClaimPrint, LocalDate> seenBefore = asked.isEmpty() ? Map.of()
                : history.claimsSeen(asked, context.today().minusDays(history.duplicateWindowDays()));
        printed.forEach((claim, print) -> prepared.put(claim, new Prepared(print, seenBefore.get(print))));
    }

    @Override
    public void forget(Claim claim) {
        prepared.remove(claim);
    }

    @Override
    public void check(Claim claim, EditContext context, Findings findings) {
        lastClaim = null;
        if (DuplicateClaimRule.replaces(claim)) {
            return; // a corrected or void claim replaces the earlier one: never its duplicate
        }
        Prepared ready = prepared.remove(claim);
        ClaimPrint print = ready != null ? ready.print() : DuplicateClaimRule.fingerprint(claim);
        lastClaim = claim;
        lastPrint = print;
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
        Optional<LocalDate> before = ready != null ? Optional.ofNullable(ready.seenBefore())
                : history.claimSeen(print, context.today().minusDays(days));
        before.ifPresent(day -> rule.report(claim, context, findings, "Same patient, "
                + DuplicateClaimRule.describe(claim) + " as a claim accepted in a file committed on " + day
                + " (within " + days + " days)."));
    }

    @Override
    public void record(Claim claim, EditContext context) {
        ClaimPrint print = claim == lastClaim ? lastPrint : DuplicateClaimRule.fingerprint(claim);
        if (print == null || seen.containsKey(print)) {
            return;
        }
        if (seen.size() >= maxPrints) {
            if (!full) {
                full = true;
                LOG.info("duplicate-claim: {} claim fingerprints kept for this file; the later claims are checked"
                        + " against those and the store only, and not added to its history", maxPrints);
            }
            return;
        }
        seen.put(print, claim.id());
        prints.add(print);
    }

    @Override
    public List<ClaimPrint> claimPrints() {
        return prints;
    }
}
