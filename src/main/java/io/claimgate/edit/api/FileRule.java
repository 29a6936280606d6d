package io.claimgate.edit.api;

import io.claimgate.claim.Claim;

/**
 * A rule that also judges a claim against the claims before it in the same file (e.g. MUE units of one patient
 * and provider spread over several claims). The editor asks it for fresh per-file state ({@link #newFileCheck()})
 * for each file; the processor runs that state on each edited claim in file order, on one thread, so the outcome
 * does not depend on how claims were batched. Per-file state must be bounded in memory whatever the file's size.
 */
public interface FileRule {

    /** New state for one file. */
    FileCheck newFileCheck();

    /** New state for one file that may also look at earlier files (duplicate-claim); the same by default. */
    default FileCheck newFileCheck(ClaimHistory history) {
        return newFileCheck();
    }

    /** The state of a rule over one file. */
    interface FileCheck {

        /**
         * Work on a batch of claims that needs no file order (fingerprints, a store look-up): runs on a pool thread
         * after the claim edits and before {@link #check} sees these claims, possibly for several batches at once, so
         * it may keep only thread-safe state. It is given exactly the claims {@link #check} will be called for (the
         * accepted ones, with the rule not off), so what it keeps per claim is taken back there. Measured: the
         * store look-up of duplicate-claim run per claim on the file's writing thread took 15% of that thread's time
         * (docs/architecture.md, issue 12 item 0).
         */
        default void prepare(java.util.List<Claim> claims, EditContext context) {
        }

        /**
         * {@link #prepare} was given a claim that {@link #check} will not see after all (the file's claim pass edits
         * claims before the structure pass has judged their set, and a claim of a rejected set is never checked):
         * drop what was kept for it.
         */
        default void forget(Claim claim) {
        }

        /** Judges {@code claim} against the claims recorded so far. */
        void check(Claim claim, EditContext context, Findings findings);

        /** Records a claim that was accepted (rejected claims are not forwarded, so they count for nothing). */
        void record(Claim claim, EditContext context);

        /** The claim fingerprints this file adds to the {@link ClaimHistory} on commit (none by default). */
        default java.util.List<ClaimPrint> claimPrints() {
            return java.util.List.of();
        }
    }
}
